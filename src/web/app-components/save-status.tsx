import { Spinner } from '@digdir/designsystemet-react';

/** The autosave state in words, announced politely ("Lagret 14:02", "Ikke på nett – …"). */
export function SaveStatusLine({
  text,
  busy,
  tone,
}: {
  text: string;
  busy: boolean;
  tone: 'ok' | 'warn' | 'danger';
}) {
  return (
    <p className={`save-status save-status--${tone}`} role="status" aria-live="polite">
      {busy && <Spinner aria-hidden="true" data-size="xs" />}
      <span>{text}</span>
    </p>
  );
}
