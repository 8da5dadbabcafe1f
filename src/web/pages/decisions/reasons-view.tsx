/** The reasons of a decision, read only: the three parts, each a list of its lines as the letter prints them. */
import { Heading } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import type { DecisionReasons } from '../../api/decision-types.js';

export const REASON_PARTS = ['rules', 'facts', 'considerations'] as const;
export type ReasonPart = (typeof REASON_PARTS)[number];

interface Props {
  reasons: DecisionReasons;
  headingLevel: 2 | 3 | 4;
  /** Keeps heading ids apart when two versions stand on one page. */
  idPrefix: string;
}

export function ReasonsView({ reasons, headingLevel, idPrefix }: Props) {
  const { t } = useTranslation();
  return (
    <div className="reasons-view">
      {REASON_PARTS.map((part) => (
        <section key={part} aria-labelledby={`${idPrefix}-${part}`}>
          <Heading level={headingLevel} data-size="2xs" id={`${idPrefix}-${part}`}>
            {t(`decisions.reasons.part.${part}`)}
          </Heading>
          {reasons[part].length === 0 ? (
            <p className="muted">–</p>
          ) : (
            <ul className="reasons-list" lang={reasons.locale}>
              {reasons[part].map((line, i) => (
                <li key={`${part}-${i}`}>{line.text}</li>
              ))}
            </ul>
          )}
        </section>
      ))}
    </div>
  );
}
