/**
 * `/assignments/:assignmentId`: the assessor's workspace after a clean declaration: the submitted
 * application read-only and the assessment form; once submitted, a locked read-only view and the
 * other assessors' submitted assessments (never before, so nobody anchors on a colleague's scores).
 */
import { Alert, Heading, Link, Paragraph } from '@digdir/designsystemet-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink, useParams } from 'react-router';
import { casesApi } from '../../api/cases.js';
import type { AssignmentWorkspace } from '../../api/case-types.js';
import { api } from '../../api/client.js';
import type { CallFormView } from '../../api/types.js';
import { FactList } from '../../app-components/fact-list.js';
import { ErrorState, LoadingState } from '../../app-components/page-states.js';
import { formatDateTime } from '../../format.js';
import { useLocale } from '../../i18n/index.js';
import { useApiResource } from '../../shell/use-api-resource.js';
import { useDocumentTitle } from '../../shell/use-document-title.js';
import { useErrorText } from '../../shell/use-error-text.js';
import { loadAssessmentFrame, type AssessmentFrame } from '../officer/assessment-frame.js';
import { AssessmentsTable } from '../officer/assessments-panel.js';
import { AttachmentList, FindingsAtSubmission } from '../officer/case-documents.js';
import { SubmittedContent } from '../officer/submitted-content.js';
import { AssessmentForm } from './assessment-form.js';
import { AssessorBreadcrumbs } from './my-assignments-page.js';

interface Loaded {
  workspace: AssignmentWorkspace;
  form: CallFormView;
  frame: AssessmentFrame;
}

async function loadWorkspace(assignmentId: string): Promise<Loaded> {
  const workspace = await casesApi.workspace(assignmentId);
  const [form, frame] = await Promise.all([
    api.getCallForm(workspace.assignment.callId),
    loadAssessmentFrame(workspace.assignment.callId),
  ]);
  return { workspace, form, frame };
}

export function WorkspacePage() {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const { assignmentId = '' } = useParams();
  const { resource, retry } = useApiResource(assignmentId, loadWorkspace);
  const title = t('assessor.workspace.title');
  useDocumentTitle(
    resource.status === 'ready'
      ? `${title} ${resource.data.workspace.assignment.caseNumber}`
      : title,
  );
  if (resource.status === 'loading') return <LoadingState label={t('common.loading')} />;
  if (resource.status === 'error') {
    if (resource.error.code === 'declaration_required') {
      return (
        <>
          <AssessorBreadcrumbs current={title} />
          <Heading level={1} data-size="lg">
            {title}
          </Heading>
          <Alert data-color="info">
            <Paragraph>{t('assessor.workspace.declareFirst')}</Paragraph>
            <Link asChild>
              <RouterLink to={`/assignments/${assignmentId}/declaration`}>
                {t('assessor.mine.declare')}
              </RouterLink>
            </Link>
          </Alert>
        </>
      );
    }
    return (
      <>
        <AssessorBreadcrumbs current={title} />
        <ErrorState
          level={1}
          title={t('common.errorTitle')}
          {...errorText(resource.error, t('assessor.workspace.loadFailed'))}
          retryLabel={t('common.retry')}
          onRetry={retry}
        />
      </>
    );
  }
  return <Workspace key={assignmentId} {...resource.data} />;
}

function Workspace({ workspace: initial, form, frame }: Loaded) {
  const { t } = useTranslation();
  const locale = useLocale();
  const [workspace, setWorkspace] = useState(initial);
  const { assignment, assessment } = workspace;
  const submitted = assessment?.status === 'submitted';
  const heading = t('assessor.workspace.heading', { caseNumber: assignment.caseNumber });

  return (
    <div className="workspace-page">
      <AssessorBreadcrumbs current={heading} />
      <Heading level={1} data-size="lg">
        {heading}
      </Heading>
      <Paragraph data-size="lg" className="lead">
        {assignment.title}
      </Paragraph>
      <FactList
        className="fact-list--inline"
        facts={[
          {
            key: 'institution',
            term: t('cases.column.institution'),
            value: assignment.institution.name,
          },
          {
            key: 'partners',
            term: t('assessor.mine.partners'),
            value: assignment.partners.map((p) => p.name).join(', '),
          },
        ]}
      />
      <Paragraph className="workspace-skip">
        <Link href="#assessment-heading">
          {t(submitted ? 'assessor.workspace.toSubmitted' : 'assessor.workspace.toForm')}
        </Link>
      </Paragraph>
      <div className="workspace-layout">
        <section aria-labelledby="application-heading" className="workspace-application">
          <Heading level={2} data-size="md" id="application-heading">
            {t('cases.case.applicationHeading')}
          </Heading>
          <SubmittedContent form={form} content={workspace.content} />
          <Heading level={3} data-size="xs">
            {t('cases.case.attachments')}
          </Heading>
          <AttachmentList
            attachments={workspace.attachments}
            hrefOf={(id) =>
              `/api/assessor/assignments/${encodeURIComponent(assignment.id)}/attachments/${encodeURIComponent(id)}`
            }
          />
          <Heading level={3} data-size="xs">
            {t('cases.case.findingsAtSubmission')}
          </Heading>
          <FindingsAtSubmission findings={workspace.findingsAtSubmission} />
        </section>
        {submitted && assessment ? (
          <section aria-labelledby="assessment-heading" className="assessment">
            <Heading level={2} data-size="md" id="assessment-heading" tabIndex={-1}>
              {t('assessor.form.heading')}
            </Heading>
            <Alert data-color="success">
              {t('assessor.workspace.submitted', {
                time: assessment.submittedAt
                  ? formatDateTime(new Date(assessment.submittedAt), locale)
                  : '',
              })}
            </Alert>
            <AssessmentsTable
              assessments={[
                {
                  assignmentId: assignment.id,
                  assessor: { userId: '', name: t('assessor.workspace.you') },
                  content: assessment.content,
                  submittedAt: assessment.submittedAt ?? assessment.updatedAt,
                },
                ...workspace.peers,
              ]}
              frame={frame}
              captionId="own-caption"
              caption={
                workspace.peers.length
                  ? t('assessor.workspace.withPeers')
                  : t('assessor.workspace.ownOnly')
              }
            />
            {workspace.peers.length === 0 && (
              <Paragraph data-size="sm">{t('assessor.workspace.noPeers')}</Paragraph>
            )}
          </section>
        ) : (
          <div>
            {assessment?.reopened && (
              <Alert data-color="warning" className="reopened-note">
                {t('assessor.workspace.reopened', {
                  time: formatDateTime(new Date(assessment.reopened.at), locale),
                  reason: assessment.reopened.reason,
                })}
              </Alert>
            )}
            <AssessmentForm
              workspace={workspace}
              frame={frame}
              onSubmitted={(next) => {
                setWorkspace(next);
                // The form is replaced by the locked view: take the reader to its heading.
                setTimeout(() => {
                  const heading = document.getElementById('assessment-heading');
                  heading?.scrollIntoView({ block: 'start' });
                  heading?.focus();
                }, 0);
              }}
            />
          </div>
        )}
      </div>
    </div>
  );
}
