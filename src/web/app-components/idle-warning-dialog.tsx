import { Dialog, Heading, Paragraph } from '@digdir/designsystemet-react';
import { useEffect, useRef } from 'react';
import type { ReactNode } from 'react';

interface IdleWarningDialogProps {
  open: boolean;
  title: string;
  body: string;
  closeLabel: string;
  onClose: () => void;
  /** The main action ("Fortsett å være innlogget" or "Logg inn igjen"). */
  action: ReactNode;
  error: string | null;
}

/**
 * A modal dialog: Esc closes it and the page behind is inert. Focus goes to the main action, so
 * staying signed in is one key press away.
 */
export function IdleWarningDialog(props: IdleWarningDialogProps) {
  const actionsRef = useRef<HTMLDivElement>(null);
  useEffect(() => {
    // Runs after the Dialog's own effect has opened it; before that nothing inside can take focus.
    if (props.open) actionsRef.current?.querySelector<HTMLElement>('button, a')?.focus();
  }, [props.open]);
  return (
    <Dialog
      open={props.open}
      onClose={props.onClose}
      closeButton={props.closeLabel}
      aria-labelledby="idle-warning-title"
      aria-describedby="idle-warning-body"
      className="idle-warning"
    >
      <Dialog.Block>
        <Heading level={2} data-size="xs" id="idle-warning-title">
          {props.title}
        </Heading>
      </Dialog.Block>
      <Dialog.Block>
        <Paragraph id="idle-warning-body">{props.body}</Paragraph>
        {props.error && (
          <Paragraph role="alert" data-color="danger">
            {props.error}
          </Paragraph>
        )}
        <div className="idle-warning__actions" ref={actionsRef}>
          {props.action}
        </div>
      </Dialog.Block>
    </Dialog>
  );
}
