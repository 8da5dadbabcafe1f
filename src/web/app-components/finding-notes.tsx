import { Paragraph, ValidationMessage } from '@digdir/designsystemet-react';
import type { Finding, Locale } from '../api/types.js';
import { localizedText } from '../format.js';

interface FindingNotesProps {
  findings: readonly Finding[];
  locale: Locale;
  citationLabel: string;
  /** For aria-describedby on the field the findings concern. */
  id?: string;
}

/** The rule findings about one field, each with the sentence of the call it comes from. */
export function FindingNotes({ findings, locale, citationLabel, id }: FindingNotesProps) {
  if (findings.length === 0) return null;
  return (
    <div className="finding-notes" id={id}>
      {findings.map((finding, index) => {
        const citation = localizedText(finding.citation, locale);
        return (
          <div
            key={`${finding.ruleId}-${finding.path}-${index}`}
            className={`finding-note finding-note--${finding.severity}`}
          >
            <ValidationMessage data-color={finding.severity === 'error' ? 'danger' : 'warning'}>
              {localizedText(finding.message, locale).text}
            </ValidationMessage>
            <Paragraph data-size="xs" className="finding-note__citation">
              {citationLabel} ({finding.requirementId}): <q lang={citation.lang}>{citation.text}</q>
            </Paragraph>
          </div>
        );
      })}
    </div>
  );
}
