/** The call's decisions as a table: case, institution, kind, track, amount, state; the leader approves a draft from its row. */
import { Button, Link, Table } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink } from 'react-router';
import type { DecisionSummary } from '../../api/decision-types.js';
import { DecisionKindTag, DecisionStateTag, decisionPath, useAmountText } from './decision-bits.js';

interface Props {
  decisions: DecisionSummary[];
  /** Set for a leader: approves one drafted decision. */
  onApprove?: (decision: DecisionSummary) => void;
  isOwnDraft: (draftedBy: string) => boolean;
  busy: boolean;
}

export function DecisionTable({ decisions, onApprove, isOwnDraft, busy }: Props) {
  const { t } = useTranslation();
  const amount = useAmountText();
  return (
    <div className="table-scroll" tabIndex={0} role="region" aria-labelledby="decisions-caption">
      <Table data-size="sm" className="decision-table">
        <caption id="decisions-caption">
          {t('decisions.list.caption', { count: decisions.length })}
        </caption>
        <Table.Head>
          <Table.Row>
            <Table.HeaderCell scope="col">{t('decisions.col.case')}</Table.HeaderCell>
            <Table.HeaderCell scope="col">{t('decisions.col.institution')}</Table.HeaderCell>
            <Table.HeaderCell scope="col">{t('decisions.col.kind')}</Table.HeaderCell>
            <Table.HeaderCell scope="col">{t('decisions.col.track')}</Table.HeaderCell>
            <Table.HeaderCell scope="col" className="numeric">
              {t('decisions.col.amount')}
            </Table.HeaderCell>
            <Table.HeaderCell scope="col">{t('decisions.col.state')}</Table.HeaderCell>
            {onApprove && (
              <Table.HeaderCell scope="col">{t('decisions.col.action')}</Table.HeaderCell>
            )}
          </Table.Row>
        </Table.Head>
        <Table.Body>
          {decisions.map((d) => (
            <Table.Row key={d.id}>
              <Table.HeaderCell scope="row" className="decision-table__case">
                <Link asChild>
                  <RouterLink to={decisionPath(d.id)}>
                    <span className="case-number">{d.caseNumber}</span> {d.title}
                  </RouterLink>
                </Link>
              </Table.HeaderCell>
              <Table.Cell>{d.institutionName}</Table.Cell>
              <Table.Cell>
                <DecisionKindTag kind={d.kind} />
              </Table.Cell>
              <Table.Cell>{t(`decisions.track.${d.track}`)}</Table.Cell>
              <Table.Cell className="numeric">{amount(d)}</Table.Cell>
              <Table.Cell>
                <DecisionStateTag state={d.state} />
              </Table.Cell>
              {onApprove && (
                <Table.Cell>
                  {d.state === 'drafted' &&
                    (isOwnDraft(d.draftedBy) ? (
                      <span className="muted">{t('decisions.approve.ownDraftShort')}</span>
                    ) : (
                      <Button
                        type="button"
                        variant="secondary"
                        data-size="sm"
                        disabled={busy}
                        onClick={() => onApprove(d)}
                        aria-label={t('decisions.approve.oneLabel', { number: d.caseNumber })}
                      >
                        {t('decisions.approve.one')}
                      </Button>
                    ))}
                </Table.Cell>
              )}
            </Table.Row>
          ))}
        </Table.Body>
      </Table>
    </div>
  );
}
