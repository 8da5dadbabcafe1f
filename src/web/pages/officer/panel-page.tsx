/**
 * `/calls/:callId/panel`: how the assessors of a call scored and how far they agree. Per criterion
 * the spread of scores (a bar per scale value, with the counts as text), mean, standard deviation
 * and Krippendorff's alpha with what it means in plain words; alpha over all criteria pooled; the
 * number of cases flagged for disagreement.
 */
import { Heading, Link, Paragraph, Table } from '@digdir/designsystemet-react';
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink, useParams } from 'react-router';
import { casesApi } from '../../api/cases.js';
import type { PanelCriterion, PanelView } from '../../api/case-types.js';
import { FactList } from '../../app-components/fact-list.js';
import { ErrorState, LoadingState } from '../../app-components/page-states.js';
import { localizedText } from '../../format.js';
import { useLocale } from '../../i18n/index.js';
import { useApiResource } from '../../shell/use-api-resource.js';
import { useDocumentTitle } from '../../shell/use-document-title.js';
import { useErrorText } from '../../shell/use-error-text.js';
import { loadAssessmentFrame, type AssessmentFrame } from './assessment-frame.js';
import { alphaBand } from './alpha-band.js';
import { CaseBreadcrumbs, formatScore } from './case-bits.js';

function AlphaText({ alpha }: { alpha: number | null }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const band = alphaBand(alpha);
  return (
    <>
      {alpha === null ? '–' : formatScore(alpha, locale, 2)}{' '}
      <span className={`alpha alpha--${band}`}>{t(`cases.panel.alpha.${band}`)}</span>
    </>
  );
}

function Distribution({ criterion, id }: { criterion: PanelCriterion; id: string }) {
  const { t } = useTranslation();
  const max = Math.max(1, ...criterion.distribution.map((d) => d.count));
  return (
    <Table data-size="sm" className="distribution" aria-labelledby={id}>
      <Table.Head>
        <Table.Row>
          <Table.HeaderCell scope="col">{t('cases.panel.score')}</Table.HeaderCell>
          <Table.HeaderCell scope="col">{t('cases.panel.count')}</Table.HeaderCell>
        </Table.Row>
      </Table.Head>
      <Table.Body>
        {criterion.distribution.map((d) => (
          <Table.Row key={d.score}>
            <Table.HeaderCell scope="row">{d.score}</Table.HeaderCell>
            <Table.Cell>
              <span className="distribution__bar-wrap" aria-hidden="true">
                <span
                  className="distribution__bar"
                  style={{ inlineSize: `${(d.count / max) * 100}%` }}
                />
              </span>
              <span className="distribution__count">{d.count}</span>
            </Table.Cell>
          </Table.Row>
        ))}
      </Table.Body>
    </Table>
  );
}

export function PanelPage() {
  const { t } = useTranslation();
  const locale = useLocale();
  const errorText = useErrorText();
  const { callId = '' } = useParams();
  const load = useCallback(
    async (id: string): Promise<{ panel: PanelView; frame: AssessmentFrame }> => {
      const [panel, frame] = await Promise.all([casesApi.panel(id), loadAssessmentFrame(id)]);
      return { panel, frame };
    },
    [],
  );
  const { resource, retry } = useApiResource(callId, load);
  const title = t('cases.panel.title');
  useDocumentTitle(title);
  const callCases = `/calls/${encodeURIComponent(callId)}/cases`;

  const body = () => {
    if (resource.status === 'loading') return <LoadingState label={t('common.loading')} />;
    if (resource.status === 'error') {
      return (
        <ErrorState
          title={t('common.errorTitle')}
          {...errorText(resource.error, t('cases.panel.loadFailed'))}
          retryLabel={t('common.retry')}
          onRetry={retry}
        />
      );
    }
    const { panel, frame } = resource.data;
    const titleOf = (criterionId: string) => {
      const found = frame.criteria.find((c) => c.id === criterionId);
      return found ? localizedText(found.title, locale).text : criterionId;
    };
    return (
      <>
        <FactList
          facts={[
            {
              key: 'alpha',
              term: t('cases.panel.overallAlpha'),
              value: <AlphaText alpha={panel.overallAlpha} />,
            },
            {
              key: 'disagreement',
              term: t('cases.panel.disagreementCases'),
              value: (
                <Link asChild>
                  <RouterLink to={`${callCases}?disagreement=true`}>
                    {panel.disagreementCases}
                  </RouterLink>
                </Link>
              ),
            },
          ]}
        />
        <Paragraph data-size="sm" className="muted">
          {t('cases.panel.alphaExplained')}
        </Paragraph>
        <ol className="panel-criteria">
          {panel.criteria.map((criterion, index) => {
            const id = `panel-${criterion.criterionId}`;
            return (
              <li key={criterion.criterionId} className="panel-criterion">
                <Heading level={2} data-size="xs" id={id}>
                  {index + 1}. {titleOf(criterion.criterionId)}
                </Heading>
                <div className="panel-criterion__body">
                  <Distribution criterion={criterion} id={id} />
                  <FactList
                    facts={[
                      {
                        key: 'mean',
                        term: t('cases.panel.mean'),
                        value: formatScore(criterion.mean, locale),
                      },
                      {
                        key: 'sd',
                        term: t('cases.panel.sd'),
                        value: formatScore(criterion.standardDeviation, locale, 2),
                      },
                      {
                        key: 'alpha',
                        term: t('cases.panel.alphaLabel'),
                        value: <AlphaText alpha={criterion.alpha} />,
                      },
                      {
                        key: 'cases',
                        term: t('cases.panel.cases'),
                        value: String(criterion.cases),
                      },
                    ]}
                  />
                </div>
              </li>
            );
          })}
        </ol>
      </>
    );
  };

  return (
    <div className="panel-page">
      <CaseBreadcrumbs trail={[{ to: callCases, label: t('cases.list.title') }]} current={title} />
      <Heading level={1} data-size="lg">
        {title}
      </Heading>
      <Paragraph className="lead">{t('cases.panel.intro')}</Paragraph>
      {body()}
    </div>
  );
}
