import { Button, Dialog, Heading, Paragraph } from '@digdir/designsystemet-react';
import { useEffect, useRef } from 'react';

interface ConflictDialogProps {
  open: boolean;
  title: string;
  body: string;
  mineLabel: string;
  theirsLabel: string;
  /** The two versions as readable text, one line per changed field. */
  mine: string[];
  theirs: string[];
  keepBoth: string;
  keepMine: string;
  keepTheirs: string;
  onChoose: (choice: 'both' | 'mine' | 'theirs') => void;
}

/**
 * A colleague saved the same section first. Both versions side by side; whatever is chosen, the
 * other stays in the section's history, and "keep both" loses nothing at all.
 */
export function ConflictDialog(props: ConflictDialogProps) {
  const actions = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (props.open) actions.current?.querySelector<HTMLElement>('button')?.focus();
  }, [props.open]);
  const column = (label: string, lines: string[], id: string) => (
    <section className="conflict__version" aria-labelledby={id}>
      <Heading level={3} data-size="2xs" id={id}>
        {label}
      </Heading>
      {lines.map((line, i) => (
        <Paragraph data-size="sm" key={i} className="conflict__text">
          {line}
        </Paragraph>
      ))}
    </section>
  );
  return (
    <Dialog
      open={props.open}
      onClose={() => undefined}
      closedby="none"
      aria-labelledby="conflict-title"
      className="conflict-dialog"
    >
      <Dialog.Block>
        <Heading level={2} data-size="xs" id="conflict-title">
          {props.title}
        </Heading>
        <Paragraph>{props.body}</Paragraph>
      </Dialog.Block>
      <Dialog.Block>
        <div className="conflict__columns">
          {column(props.mineLabel, props.mine, 'conflict-mine')}
          {column(props.theirsLabel, props.theirs, 'conflict-theirs')}
        </div>
        <div className="conflict__actions" ref={actions}>
          <Button type="button" onClick={() => props.onChoose('both')}>
            {props.keepBoth}
          </Button>
          <Button type="button" variant="secondary" onClick={() => props.onChoose('mine')}>
            {props.keepMine}
          </Button>
          <Button type="button" variant="secondary" onClick={() => props.onChoose('theirs')}>
            {props.keepTheirs}
          </Button>
        </div>
      </Dialog.Block>
    </Dialog>
  );
}
