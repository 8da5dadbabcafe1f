import { ErrorSummary } from '@digdir/designsystemet-react';
import { forwardRef } from 'react';

export interface SummaryEntry {
  key: string;
  /** The id of the input the entry is about; the link moves focus there. */
  fieldId: string;
  text: string;
}

/** GOV.UK-style error summary: takes focus when shown (by the page), links to each field. */
export const ErrorSummaryBox = forwardRef<
  HTMLDivElement,
  { heading: string; entries: SummaryEntry[] }
>(function ErrorSummaryBox({ heading, entries }, ref) {
  if (entries.length === 0) return null;
  return (
    <div ref={ref} tabIndex={-1} className="error-summary-focus">
      <ErrorSummary className="error-summary">
        <ErrorSummary.Heading>{heading}</ErrorSummary.Heading>
        <ErrorSummary.List>
          {entries.map((entry) => (
            <ErrorSummary.Item key={entry.key}>
              <ErrorSummary.Link
                href={`#${entry.fieldId}`}
                onClick={(event) => {
                  const target = document.getElementById(entry.fieldId);
                  if (!target) return;
                  event.preventDefault();
                  target.scrollIntoView({ block: 'center' });
                  target.focus();
                }}
              >
                {entry.text}
              </ErrorSummary.Link>
            </ErrorSummary.Item>
          ))}
        </ErrorSummary.List>
      </ErrorSummary>
    </div>
  );
});
