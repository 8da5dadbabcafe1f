/**
 * Funding spread (by county or by institution) as small horizontal bars, with the same figures as
 * a table behind them: the picture is for looking, the table for reading and for screen readers.
 * One or two series: a scenario alone, or two scenarios side by side in the comparison.
 */
import { Details, Table } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { formatNok } from '../../format.js';
import { useLocale } from '../../i18n/index.js';

export interface SpreadRow {
  key: string;
  label: string;
  values: number[];
  /** Cases funded, per series (single series only shows it). */
  count?: number;
}

interface Props {
  id: string;
  title: string;
  rows: SpreadRow[];
  /** Names of the series: one for a scenario, two (A, B) in the comparison. */
  series: string[];
  /** Column heading for the row labels (county, institution). */
  keyLabel: string;
}

const BAR = 14;
const GAP = 6;
const LABEL = 180;
const WIDTH = 560;

export function SpreadChart({ id, title, rows, series, keyLabel }: Props) {
  const { t } = useTranslation();
  const locale = useLocale();
  const max = Math.max(1, ...rows.flatMap((r) => r.values));
  const rowHeight = series.length * BAR + GAP * 2;
  const height = Math.max(rowHeight, rows.length * rowHeight);
  const barX = (nok: number) => (nok / max) * (WIDTH - LABEL - 96);
  return (
    <section className="spread" aria-labelledby={id}>
      <h3 className="spread__title" id={id}>
        {title}
      </h3>
      {rows.length === 0 ? (
        <p className="muted">{t('allocation.spread.none')}</p>
      ) : (
        <>
          <svg
            className="spread__svg"
            viewBox={`0 0 ${WIDTH} ${height}`}
            aria-hidden="true"
            focusable="false"
          >
            {rows.map((row, i) => {
              const top = i * rowHeight + GAP;
              return (
                <g key={row.key}>
                  <text
                    className="spread__label"
                    x={LABEL - 8}
                    y={top + (series.length * BAR) / 2 + 4}
                  >
                    {row.label.length > 26 ? `${row.label.slice(0, 25)}…` : row.label}
                  </text>
                  {row.values.map((v, s) => (
                    <g key={s}>
                      <rect
                        className={`spread__bar spread__bar--${s}`}
                        x={LABEL}
                        y={top + s * BAR}
                        width={Math.max(v > 0 ? 2 : 0, barX(v))}
                        height={BAR - 2}
                      />
                      <text
                        className="spread__value"
                        x={LABEL + barX(v) + 4}
                        y={top + s * BAR + BAR - 4}
                      >
                        {formatNok(v, locale)}
                      </text>
                    </g>
                  ))}
                </g>
              );
            })}
          </svg>
          <Details>
            <Details.Summary>{t('allocation.spread.asTable', { title })}</Details.Summary>
            <Details.Content>
              <div className="table-scroll" tabIndex={0} role="region" aria-label={title}>
                <Table data-size="sm">
                  <Table.Head>
                    <Table.Row>
                      <Table.HeaderCell scope="col">{keyLabel}</Table.HeaderCell>
                      {series.map((s) => (
                        <Table.HeaderCell scope="col" key={s} className="numeric">
                          {s}
                        </Table.HeaderCell>
                      ))}
                      {series.length === 1 && (
                        <Table.HeaderCell scope="col" className="numeric">
                          {t('allocation.spread.count')}
                        </Table.HeaderCell>
                      )}
                    </Table.Row>
                  </Table.Head>
                  <Table.Body>
                    {rows.map((row) => (
                      <Table.Row key={row.key}>
                        <Table.HeaderCell scope="row">{row.label}</Table.HeaderCell>
                        {row.values.map((v, s) => (
                          <Table.Cell key={s} className="numeric">
                            {formatNok(v, locale)}
                          </Table.Cell>
                        ))}
                        {series.length === 1 && (
                          <Table.Cell className="numeric">{row.count ?? 0}</Table.Cell>
                        )}
                      </Table.Row>
                    ))}
                  </Table.Body>
                </Table>
              </div>
            </Details.Content>
          </Details>
        </>
      )}
    </section>
  );
}
