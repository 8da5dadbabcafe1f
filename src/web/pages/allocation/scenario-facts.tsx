/**
 * What a scenario says about itself: departures from the rank order with their reasons, the call's
 * limits it breaks, the optimiser's explanation per case and the solver's record (so the proposal
 * can be reproduced), the reserve list in order, and its history (who did what, when).
 */
import { Alert, Details, Heading, Link, Paragraph } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import type { AllocationCaseView, ScenarioDetail } from '../../api/allocation-types.js';
import { FactList } from '../../app-components/fact-list.js';
import { formatDateTime, formatNok, localizedText } from '../../format.js';
import { useLocale } from '../../i18n/index.js';
import { caseLabel } from './allocation-bits.js';

interface Props {
  scenario: ScenarioDetail;
  cases: Map<string, AllocationCaseView>;
  /** Opens the entry editor of a case, when the scenario can be changed. */
  onEdit?: (caseId: string) => void;
}

export function Departures({ scenario, cases, onEdit }: Props) {
  const { t } = useTranslation();
  const locale = useLocale();
  const unexplained = scenario.departures.filter((d) => !d.reason);
  return (
    <>
      {scenario.limitProblems.length > 0 && (
        <Alert data-color="danger">
          <Heading level={2} data-size="xs">
            {t('allocation.limits.broken')}
          </Heading>
          <ul>
            {scenario.limitProblems.map((p, i) => (
              <li key={`${p.limit}-${p.caseId ?? i}`}>{localizedText(p.message, locale).text}</li>
            ))}
          </ul>
        </Alert>
      )}
      {scenario.departures.length > 0 && (
        <section aria-labelledby="departures-title" className="allocation-section">
          <Heading level={2} data-size="sm" id="departures-title">
            {t('allocation.departures.title', { count: scenario.departures.length })}
          </Heading>
          <Paragraph data-size="sm">
            {unexplained.length > 0
              ? t('allocation.departures.needReasons', { count: unexplained.length })
              : t('allocation.departures.allExplained')}
          </Paragraph>
          <ul className="departure-list">
            {scenario.departures.map((d) => (
              <li key={d.caseId} className={d.reason ? undefined : 'departure--open'}>
                <strong>{caseLabel(cases.get(d.caseId), d.caseId)}</strong>{' '}
                <span className="muted">· {t(`allocation.departures.${d.kind}`)}</span>
                <Paragraph data-size="sm">
                  {d.reason ?? t('allocation.departures.noReason')}{' '}
                  {onEdit && (
                    <Link
                      href="#"
                      onClick={(e) => {
                        e.preventDefault();
                        onEdit(d.caseId);
                      }}
                    >
                      {d.reason
                        ? t('allocation.departures.change', {
                            number: cases.get(d.caseId)?.caseNumber ?? '',
                          })
                        : t('allocation.departures.give', {
                            number: cases.get(d.caseId)?.caseNumber ?? '',
                          })}
                    </Link>
                  )}
                </Paragraph>
              </li>
            ))}
          </ul>
        </section>
      )}
    </>
  );
}

export function ReserveList({ scenario, cases }: Props) {
  const { t } = useTranslation();
  const locale = useLocale();
  const reserve = scenario.entries
    .filter((e) => e.placement === 'reserve')
    .sort((a, b) => (a.reservePosition ?? 0) - (b.reservePosition ?? 0));
  return (
    <section aria-labelledby="reserve-title" className="allocation-section">
      <Heading level={2} data-size="sm" id="reserve-title">
        {t('allocation.reserve.title', { count: reserve.length })}
      </Heading>
      {reserve.length === 0 ? (
        <Paragraph>{t('allocation.reserve.none')}</Paragraph>
      ) : (
        <ol className="reserve-list">
          {reserve.map((e) => {
            const c = cases.get(e.caseId);
            return (
              <li key={e.caseId}>
                {caseLabel(c, e.caseId)}
                {c && <span className="muted"> · {formatNok(c.appliedNok, locale)}</span>}
              </li>
            );
          })}
        </ol>
      )}
    </section>
  );
}

export function SolverExplanations({ scenario, cases }: Props) {
  const { t } = useTranslation();
  const locale = useLocale();
  const solver = scenario.solver;
  if (!solver) return null;
  return (
    <section aria-labelledby="solver-title" className="allocation-section">
      <Heading level={2} data-size="sm" id="solver-title">
        {t('allocation.solver.title')}
      </Heading>
      <Paragraph data-size="sm">{t('allocation.solver.intro')}</Paragraph>
      <Details>
        <Details.Summary>
          {t('allocation.solver.explanations', { count: scenario.explanations.length })}
        </Details.Summary>
        <Details.Content>
          <ul className="explanation-list">
            {scenario.explanations.map((x) => (
              <li key={x.caseId}>
                <strong>{cases.get(x.caseId)?.caseNumber ?? x.caseId}</strong>:{' '}
                {localizedText(x.text, locale).text}
              </li>
            ))}
          </ul>
        </Details.Content>
      </Details>
      <Details>
        <Details.Summary>{t('allocation.solver.record')}</Details.Summary>
        <Details.Content>
          <FactList
            facts={[
              {
                key: 'solver',
                term: t('allocation.solver.solver'),
                value: `HiGHS ${solver.version}`,
              },
              { key: 'status', term: t('allocation.solver.status'), value: solver.status },
              {
                key: 'objective',
                term: t('allocation.solver.objective'),
                value: new Intl.NumberFormat(locale === 'en' ? 'en-GB' : 'nb-NO', {
                  maximumFractionDigits: 6,
                }).format(solver.objective),
              },
              {
                key: 'ms',
                term: t('allocation.solver.time'),
                value: t('allocation.solver.ms', { ms: solver.solvedInMs }),
              },
              {
                key: 'hash',
                term: t('allocation.solver.hash'),
                value: <code className="hash">{solver.inputHash}</code>,
              },
              {
                key: 'options',
                term: t('allocation.solver.options'),
                value: (
                  <code className="hash">
                    {Object.entries(solver.options)
                      .map(([k, v]) => `${k}=${String(v)}`)
                      .join(', ')}
                  </code>
                ),
              },
            ]}
          />
        </Details.Content>
      </Details>
    </section>
  );
}

export function History({ scenario, cases }: Props) {
  const { t } = useTranslation();
  const locale = useLocale();
  return (
    <section aria-labelledby="history-title" className="allocation-section">
      <Heading level={2} data-size="sm" id="history-title">
        {t('allocation.history.title')}
      </Heading>
      <ol className="history-list">
        {[...scenario.history].reverse().map((h, i) => (
          <li key={`${h.at}-${i}`}>
            <span className="muted">{formatDateTime(new Date(h.at), locale)}</span> ·{' '}
            {t(`allocation.history.${h.action}`, { by: h.by })}
            {h.caseId && <> · {caseLabel(cases.get(h.caseId), h.caseId)}</>}
            {h.comment && <blockquote className="history-comment">{h.comment}</blockquote>}
          </li>
        ))}
      </ol>
    </section>
  );
}
