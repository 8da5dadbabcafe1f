/**
 * `/cases/:caseId`: one case for the officer (read-only for the leader): the submitted version with
 * its documents, attachments, versions and findings; the formal check (R23); assessors and their
 * declarations (R26); the assessments side by side; the consensus.
 */
import { Alert, Heading, Link, Paragraph, Tag } from '@digdir/designsystemet-react';
import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink, useParams } from 'react-router';
import { casesApi } from '../../api/cases.js';
import type { CaseDetail } from '../../api/case-types.js';
import { api } from '../../api/client.js';
import type { CallFormView } from '../../api/types.js';
import { FactList } from '../../app-components/fact-list.js';
import { ErrorState, LoadingState } from '../../app-components/page-states.js';
import { formatDateTime, formatNok } from '../../format.js';
import { useLocale } from '../../i18n/index.js';
import { useHasRole } from '../../shell/session-context.js';
import { useApiResource } from '../../shell/use-api-resource.js';
import { useDocumentTitle } from '../../shell/use-document-title.js';
import { useErrorText } from '../../shell/use-error-text.js';
import { loadAssessmentFrame, type AssessmentFrame } from './assessment-frame.js';
import { AssessmentsPanel } from './assessments-panel.js';
import { AssessorsPanel } from './assessors-panel.js';
import { CaseBreadcrumbs, CaseStatusTag } from './case-bits.js';
import { CaseDocuments } from './case-documents.js';
import { ConsensusForm } from './consensus-form.js';
import { FormalCheckPanel } from './formal-check-panel.js';
import { SubmittedContent } from './submitted-content.js';

interface Loaded {
  detail: CaseDetail;
  form: CallFormView;
  frame: AssessmentFrame;
}

async function loadCase(caseId: string): Promise<Loaded> {
  const detail = await casesApi.getCase(caseId);
  const [form, frame] = await Promise.all([
    api.getCallForm(detail.callId),
    loadAssessmentFrame(detail.callId),
  ]);
  return { detail, form, frame };
}

export function CasePage() {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const { caseId = '' } = useParams();
  const { resource, retry } = useApiResource(caseId, loadCase);
  if (resource.status === 'loading') return <LoadingState label={t('common.loading')} />;
  if (resource.status === 'error') {
    return (
      <>
        <CaseBreadcrumbs trail={[]} current={t('cases.case.title')} />
        <ErrorState
          level={1}
          title={t('common.errorTitle')}
          {...errorText(resource.error, t('cases.case.loadFailed'))}
          retryLabel={t('common.retry')}
          onRetry={retry}
        />
      </>
    );
  }
  return <CaseView key={caseId} {...resource.data} />;
}

function CaseView({ detail: initial, form, frame }: Loaded) {
  const { t } = useTranslation();
  const locale = useLocale();
  const isOfficer = useHasRole('officer');
  const [detail, setDetail] = useState(initial);
  const update = useCallback((next: CaseDetail) => setDetail(next), []);
  const title = t('cases.case.heading', { caseNumber: detail.caseNumber });
  useDocumentTitle(title);
  const callCases = `/calls/${encodeURIComponent(detail.callId)}/cases`;

  const toc = [
    ['application', t('cases.case.applicationHeading')],
    ['formal-check', t('cases.formal.heading')],
    ['assessors', t('cases.assessors.heading')],
    ['assessments', t('cases.assessments.heading')],
    ['consensus', t('cases.consensus.heading')],
  ] as const;

  return (
    <div className="case-page">
      <CaseBreadcrumbs trail={[{ to: callCases, label: t('cases.list.title') }]} current={title} />
      <header className="case-header">
        <Heading level={1} data-size="lg">
          {title}
        </Heading>
        <Paragraph data-size="lg" className="lead">
          {detail.title}
        </Paragraph>
        <div className="case-header__tags">
          <CaseStatusTag status={detail.status} />
          {detail.disagreement && (
            <Tag data-size="sm" data-color="warning">
              {t('cases.disagreement.flag')}
            </Tag>
          )}
        </div>
        <FactList
          className="fact-list--inline"
          facts={[
            { key: 'case', term: t('cases.column.caseNumber'), value: detail.caseNumber },
            { key: 'receipt', term: t('cases.case.receiptNumber'), value: detail.receiptNumber },
            {
              key: 'institution',
              term: t('cases.column.institution'),
              value: `${detail.institution.name} (${detail.institution.orgnr})`,
            },
            {
              key: 'received',
              term: t('cases.case.receivedAt'),
              value: formatDateTime(new Date(detail.submission.receivedAt), locale),
            },
            {
              key: 'grant',
              term: t('cases.column.grantApplied'),
              value: formatNok(detail.grantApplied, locale),
            },
          ]}
        />
      </header>
      {detail.notices.map((notice, index) => (
        <Alert key={index} data-color="warning" className="case-notice">
          {t('cases.assessors.noticeDeclared', {
            name: notice.assessor.name,
            time: formatDateTime(new Date(notice.at), locale),
          })}
        </Alert>
      ))}
      <nav aria-labelledby="case-toc" className="case-toc">
        <Heading level={2} data-size="2xs" id="case-toc">
          {t('cases.case.toc')}
        </Heading>
        <ul>
          {toc.map(([id, label]) => (
            <li key={id}>
              <Link href={`#${id}`}>{label}</Link>
            </li>
          ))}
        </ul>
      </nav>

      <section id="application" aria-labelledby="application-heading" className="case-section">
        <Heading level={2} data-size="md" id="application-heading">
          {t('cases.case.applicationHeading')}
        </Heading>
        <CaseDocuments detail={detail} />
        <details className="case-content">
          <summary>{t('cases.case.showContent')}</summary>
          <SubmittedContent form={form} content={detail.content} />
        </details>
      </section>

      <FormalCheckPanel detail={detail} onChange={update} canEdit={isOfficer} />
      <AssessorsPanel detail={detail} onChange={update} canEdit={isOfficer} />
      <AssessmentsPanel detail={detail} frame={frame} onChange={update} canEdit={isOfficer} />
      <ConsensusForm detail={detail} frame={frame} onChange={update} canEdit={isOfficer} />
      <Paragraph>
        <Link asChild>
          <RouterLink to={callCases}>{t('cases.case.backToList')}</RouterLink>
        </Link>
      </Paragraph>
    </div>
  );
}
