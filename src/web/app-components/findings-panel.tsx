import { Heading, Link, Paragraph } from '@digdir/designsystemet-react';
import { Link as RouterLink } from 'react-router';
import type { Finding, Locale } from '../api/types.js';
import { localizedText } from '../format.js';

interface FindingsPanelProps {
  heading: string;
  emptyText: string;
  citationLabel: string;
  findings: readonly Finding[];
  locale: Locale;
  /** Where a finding's field is: a link target, or null to leave it unlinked. */
  hrefOf: (finding: Finding) => string | null;
}

/** Every finding of the rules, each with the call's sentence it comes from. */
export function FindingsPanel({
  heading,
  emptyText,
  citationLabel,
  findings,
  locale,
  hrefOf,
}: FindingsPanelProps) {
  return (
    <aside className="findings-panel" aria-labelledby="findings-panel-heading">
      <Heading level={2} data-size="xs" id="findings-panel-heading">
        {heading} ({findings.length})
      </Heading>
      {findings.length === 0 ? (
        <Paragraph data-size="sm">{emptyText}</Paragraph>
      ) : (
        <ul className="findings-panel__list">
          {findings.map((finding, index) => {
            const href = hrefOf(finding);
            const message = localizedText(finding.message, locale).text;
            const citation = localizedText(finding.citation, locale);
            return (
              <li
                key={`${finding.ruleId}-${finding.path}-${index}`}
                className={`finding finding--${finding.severity}`}
              >
                <span className="finding__severity">{finding.requirementId}</span>{' '}
                {href ? (
                  <Link asChild>
                    <RouterLink to={href}>{message}</RouterLink>
                  </Link>
                ) : (
                  message
                )}
                <Paragraph data-size="xs" className="finding-note__citation">
                  {citationLabel}: <q lang={citation.lang}>{citation.text}</q>
                </Paragraph>
              </li>
            );
          })}
        </ul>
      )}
    </aside>
  );
}
