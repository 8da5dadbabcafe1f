/**
 * The ranked cases in the call's order, each with where a scenario (or the rank-order baseline)
 * puts it, and the cut line drawn where the baseline's money runs out (R27). Above the line the
 * ranking funds; a case placed against it is a departure that needs a written reason.
 */
import { Table } from '@digdir/designsystemet-react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { AllocationCaseView, ScenarioEntry } from '../../api/allocation-types.js';
import { formatNok } from '../../format.js';
import { useLocale } from '../../i18n/index.js';
import { formatScore } from '../officer/case-bits.js';
import { PlacementTag } from './allocation-bits.js';

interface Props {
  id: string;
  caption: string;
  cases: AllocationCaseView[];
  entries: Map<string, ScenarioEntry>;
  /** The rank after which the baseline's cut line falls (0: above the first; null: no line). */
  cutAfter: number | null;
  /** An action per row (the entry editor's button), when the scenario can be changed. */
  action?: (c: AllocationCaseView) => ReactNode;
  /** A note per row (a reduction, a departure), beside the grant. */
  note?: (c: AllocationCaseView) => ReactNode;
}

export function RankTable({ id, caption, cases, entries, cutAfter, action, note }: Props) {
  const { t } = useTranslation();
  const locale = useLocale();
  const columns = action ? 9 : 8;
  return (
    <div className="table-scroll" tabIndex={0} role="region" aria-labelledby={id}>
      <Table data-size="sm" className="rank-table">
        <caption id={id}>{caption}</caption>
        <Table.Head>
          <Table.Row>
            <Table.HeaderCell scope="col" className="numeric">
              {t('allocation.col.rank')}
            </Table.HeaderCell>
            <Table.HeaderCell scope="col">{t('allocation.col.case')}</Table.HeaderCell>
            <Table.HeaderCell scope="col">{t('allocation.col.institution')}</Table.HeaderCell>
            <Table.HeaderCell scope="col">{t('allocation.col.holistic')}</Table.HeaderCell>
            <Table.HeaderCell scope="col" className="numeric">
              {t('allocation.col.mean')}
            </Table.HeaderCell>
            <Table.HeaderCell scope="col" className="numeric">
              {t('allocation.col.applied')}
            </Table.HeaderCell>
            <Table.HeaderCell scope="col">{t('allocation.col.placement')}</Table.HeaderCell>
            <Table.HeaderCell scope="col" className="numeric">
              {t('allocation.col.grant')}
            </Table.HeaderCell>
            {action && (
              <Table.HeaderCell scope="col">
                <span className="visually-hidden">{t('allocation.col.action')}</span>
              </Table.HeaderCell>
            )}
          </Table.Row>
        </Table.Head>
        <Table.Body>
          {cases.map((c) => {
            const entry = entries.get(c.caseId);
            const row = (
              <Table.Row
                key={c.caseId}
                className={entry?.placement === 'main' ? 'row--funded' : undefined}
              >
                <Table.Cell className="numeric">{c.rank}</Table.Cell>
                <Table.HeaderCell scope="row" className="rank-table__case">
                  <span className="case-number">{c.caseNumber}</span> {c.title}
                </Table.HeaderCell>
                <Table.Cell>
                  {c.institutionName}
                  {c.county && <span className="muted"> · {c.county}</span>}
                </Table.Cell>
                <Table.Cell>{t(`cases.recommendation.${c.holistic}`)}</Table.Cell>
                <Table.Cell className="numeric">{formatScore(c.meanScore, locale, 2)}</Table.Cell>
                <Table.Cell className="numeric">{formatNok(c.appliedNok, locale)}</Table.Cell>
                <Table.Cell>
                  {entry ? <PlacementTag placement={entry.placement} /> : '–'}
                  {entry?.placement === 'reserve' && entry.reservePosition !== null && (
                    <span> {t('allocation.reserveNo', { n: entry.reservePosition })}</span>
                  )}
                </Table.Cell>
                <Table.Cell className="numeric">
                  {entry?.grantNok != null ? formatNok(entry.grantNok, locale) : '–'}
                  {note?.(c)}
                </Table.Cell>
                {action && <Table.Cell>{action(c)}</Table.Cell>}
              </Table.Row>
            );
            const line = (
              <Table.Row key="cut" className="cut-line">
                <Table.Cell colSpan={columns}>
                  <span className="cut-line__label">
                    {cutAfter === 0
                      ? t('allocation.cutLineTop')
                      : t('allocation.cutLine', { rank: cutAfter })}
                  </span>
                </Table.Cell>
              </Table.Row>
            );
            if (cutAfter === 0 && c.rank === 1) return [line, row];
            return c.rank === cutAfter ? [row, line] : row;
          })}
        </Table.Body>
      </Table>
    </div>
  );
}
