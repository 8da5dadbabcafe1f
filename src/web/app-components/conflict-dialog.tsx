/**
 * The fields two people changed differently, one choice per field: this window's value, the other
 * value, or (for texts) one text written from both, side by side. Everything else was merged
 * before the dialog opens, so it lists nothing else. Nothing is pre-chosen: saving asks for a
 * choice on every field, and the dialog says the value not chosen is not kept.
 */
import {
  Button,
  Dialog,
  Fieldset,
  Heading,
  Paragraph,
  Radio,
  Textfield,
  ValidationMessage,
} from '@digdir/designsystemet-react';
import { useEffect, useRef, useState } from 'react';

export interface ConflictField {
  key: string;
  label: string;
  mine: string;
  theirs: string;
  /** Both are texts: offer to write one from both, starting from the two one after the other. */
  texts: { mine: string; theirs: string } | null;
}

export type ConflictChoice = { kind: 'mine' } | { kind: 'theirs' } | { kind: 'edit'; text: string };

export interface ConflictDialogTexts {
  title: string;
  body: string;
  note: string;
  mine: string;
  theirs: string;
  edit: string;
  editLabel: string;
  save: string;
  choose: (label: string) => string;
}

interface ConflictDialogProps {
  fields: readonly ConflictField[];
  texts: ConflictDialogTexts;
  onSave: (choices: Record<string, ConflictChoice>) => void;
}

export function ConflictDialog({ fields, texts, onSave }: ConflictDialogProps) {
  const [choices, setChoices] = useState<Record<string, ConflictChoice>>({});
  const [missing, setMissing] = useState<string[]>([]);
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);

  const choose = (key: string, choice: ConflictChoice) => {
    setChoices((c) => ({ ...c, [key]: choice }));
    setMissing((m) => m.filter((k) => k !== key));
  };
  const save = () => {
    const unchosen = fields.filter((f) => !choices[f.key]).map((f) => f.key);
    setMissing(unchosen);
    if (unchosen.length > 0) {
      document.getElementById(`conflict-${unchosen[0] ?? ''}`)?.focus();
      return;
    }
    onSave(choices);
  };

  return (
    <Dialog
      open
      onClose={() => undefined}
      closedby="none"
      closeButton={false}
      aria-labelledby="conflict-title"
      className="conflict-dialog"
    >
      <Dialog.Block>
        <Heading level={2} data-size="xs" id="conflict-title" ref={heading} tabIndex={-1}>
          {texts.title}
        </Heading>
        <Paragraph>{texts.body}</Paragraph>
        <Paragraph data-size="sm">{texts.note}</Paragraph>
      </Dialog.Block>
      <Dialog.Block>
        {fields.map((field) => {
          const choice = choices[field.key];
          const name = `conflict-${field.key}`;
          return (
            <Fieldset key={field.key} id={name} tabIndex={-1} className="conflict__field">
              <Fieldset.Legend>{field.label}</Fieldset.Legend>
              <Radio
                name={name}
                value="mine"
                label={texts.mine}
                description={<span className="conflict__text">{field.mine}</span>}
                checked={choice?.kind === 'mine'}
                onChange={() => choose(field.key, { kind: 'mine' })}
              />
              <Radio
                name={name}
                value="theirs"
                label={texts.theirs}
                description={<span className="conflict__text">{field.theirs}</span>}
                checked={choice?.kind === 'theirs'}
                onChange={() => choose(field.key, { kind: 'theirs' })}
              />
              {field.texts && (
                <Radio
                  name={name}
                  value="edit"
                  label={texts.edit}
                  checked={choice?.kind === 'edit'}
                  onChange={() =>
                    choose(field.key, {
                      kind: 'edit',
                      text: `${field.texts?.mine ?? ''}\n\n${field.texts?.theirs ?? ''}`,
                    })
                  }
                />
              )}
              {choice?.kind === 'edit' && (
                <Textfield
                  multiline
                  rows={6}
                  label={texts.editLabel}
                  value={choice.text}
                  onChange={(e) => choose(field.key, { kind: 'edit', text: e.target.value })}
                />
              )}
              {missing.includes(field.key) && (
                <ValidationMessage>{texts.choose(field.label)}</ValidationMessage>
              )}
            </Fieldset>
          );
        })}
        <div className="conflict__actions">
          <Button type="button" onClick={save}>
            {texts.save}
          </Button>
        </div>
      </Dialog.Block>
    </Dialog>
  );
}
