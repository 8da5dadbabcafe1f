/**
 * The inputs of the application form, each with a label, optional help, an error next to it and
 * the rule findings about it. Numbers are typed as text so "7,5" and "1 234 567" work; the value
 * handed back is a number (or undefined while the text is not one).
 */
import {
  Checkbox,
  Field,
  Fieldset,
  Label,
  Radio,
  Select,
  Textfield,
} from '@digdir/designsystemet-react';
import { useEffect, useRef, useState } from 'react';
import type { ReactNode } from 'react';
import {
  checkNumberText,
  formatAmountInput,
  formatDecimal,
  type NumberKind,
  type NumberProblem,
} from '../norwegian-number.js';
import type { Locale } from '../api/types.js';

interface BaseProps {
  id: string;
  label: string;
  description?: ReactNode;
  error?: string;
  /** Findings about the field, rendered below it (FindingNotes). */
  notes?: ReactNode;
  readOnly?: boolean;
  onBlur?: () => void;
}

interface TextProps extends BaseProps {
  value: string;
  onChange: (value: string) => void;
  multiline?: boolean;
  limit?: number;
  counterTexts?: { under: string; over: string };
  type?: 'text' | 'date' | 'email' | 'tel';
}

export function TextField(props: TextProps) {
  const { id, label, description, error, notes, readOnly, value, onChange, onBlur, limit } = props;
  const counter = limit !== undefined ? { limit, ...props.counterTexts } : undefined;
  const common = {
    id,
    label,
    description,
    error,
    readOnly,
    value,
    onBlur,
    counter,
  };
  return (
    <div className="form-field">
      {props.multiline ? (
        <Textfield {...common} multiline rows={5} onChange={(e) => onChange(e.target.value)} />
      ) : (
        <Textfield
          {...common}
          type={props.type ?? 'text'}
          onChange={(e) => onChange(e.target.value)}
        />
      )}
      {notes}
    </div>
  );
}

interface NumberProps extends BaseProps {
  value: number | undefined | null;
  onChange: (value: number | undefined) => void;
  kind: NumberKind;
  locale: Locale;
  /** The field's message for a problem with what is typed, naming the field. */
  problemText: (problem: NumberProblem) => string;
  /** Told each time the field's own problem message changes (null: none), for the page's summary. */
  onProblem?: (message: string | null) => void;
}

function formatNumber(value: number | undefined | null, kind: NumberKind, locale: Locale) {
  if (value === undefined || value === null) return '';
  return kind === 'amount'
    ? formatAmountInput(value, locale)
    : kind === 'decimal'
      ? formatDecimal(value, locale)
      : String(value);
}

/**
 * A number typed as text. What is typed stays as typed; it is checked at each keystroke as the
 * server would check it, and only a number the server takes is handed on, so a refused save
 * never happens and the field never shows a rounded value that is not what was stored. An error
 * from the server stays until the user types again. Amounts carry the currency the way the same
 * language writes amounts in text: "1 850 000 kr", "NOK 1,850,000".
 */
export function NumberField(props: NumberProps) {
  const { id, label, description, error, notes, readOnly, value, onChange, onBlur, kind, locale } =
    props;
  const [text, setText] = useState(() => formatNumber(value, kind, locale));
  const [serverError, setServerError] = useState(error);
  const [editedSinceError, setEditedSinceError] = useState(false);
  if (serverError !== error) {
    setServerError(error);
    setEditedSinceError(false);
  }
  const checked = checkNumberText(text, kind, locale);
  // A value that changed from outside (a colleague's save merged in) replaces the text; one that
  // came from this text keeps it as typed.
  const [shown, setShown] = useState(value);
  if (value !== shown) {
    setShown(value);
    if (value !== checked.value) setText(formatNumber(value, kind, locale));
  }
  const problem = checked.problem ? props.problemText(checked.problem) : null;
  // The callback may be a new function at each render; only a changed message is reported.
  const onProblem = useRef(props.onProblem);
  useEffect(() => {
    onProblem.current = props.onProblem;
  });
  useEffect(() => {
    onProblem.current?.(problem);
  }, [problem]);
  useEffect(() => () => onProblem.current?.(null), []);
  const currency =
    kind === 'amount' ? (locale === 'en' ? { prefix: 'NOK' } : { suffix: 'kr' }) : {};
  return (
    <div className="form-field">
      <Textfield
        id={id}
        label={label}
        description={description}
        error={problem ?? (editedSinceError ? undefined : error)}
        readOnly={readOnly}
        inputMode={kind === 'decimal' ? 'decimal' : 'numeric'}
        {...currency}
        value={text}
        onChange={(e) => {
          const next = e.target.value;
          setText(next);
          setEditedSinceError(true);
          const result = checkNumberText(next, kind, locale);
          if (result.problem === null) onChange(result.value);
        }}
        onBlur={() => {
          if (!checked.problem) setText(formatNumber(checked.value, kind, locale));
          onBlur?.();
        }}
      />
      {notes}
    </div>
  );
}

interface SelectProps extends BaseProps {
  value: string | undefined;
  options: { value: string; label: string }[];
  placeholder: string;
  onChange: (value: string | undefined) => void;
}

export function SelectField(props: SelectProps) {
  const { id, label, description, error, notes, readOnly, value, options, onChange, onBlur } =
    props;
  const errorId = `${id}-error`;
  return (
    <div className="form-field">
      <Field>
        <Label htmlFor={id}>{label}</Label>
        {description && <Field.Description>{description}</Field.Description>}
        <Select
          id={id}
          value={value ?? ''}
          disabled={readOnly}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? errorId : undefined}
          onChange={(e) => onChange(e.target.value || undefined)}
          onBlur={onBlur}
        >
          <Select.Option value="">{props.placeholder}</Select.Option>
          {options.map((o) => (
            <Select.Option key={o.value} value={o.value}>
              {o.label}
            </Select.Option>
          ))}
        </Select>
        {error && (
          <p className="ds-validation-message" data-color="danger" id={errorId}>
            {error}
          </p>
        )}
      </Field>
      {notes}
    </div>
  );
}

interface YesNoProps extends BaseProps {
  value: boolean | undefined;
  yes: string;
  no: string;
  onChange: (value: boolean) => void;
}

export function YesNoField(props: YesNoProps) {
  const { id, label, description, error, notes, readOnly, value, onChange, onBlur } = props;
  return (
    <div className="form-field">
      <Fieldset id={id} tabIndex={-1}>
        <Fieldset.Legend>{label}</Fieldset.Legend>
        {description && <Fieldset.Description>{description}</Fieldset.Description>}
        <div className="radio-row">
          <Radio
            label={props.yes}
            name={id}
            value="yes"
            checked={value === true}
            disabled={readOnly}
            onChange={() => onChange(true)}
            onBlur={onBlur}
            error={error}
          />
          <Radio
            label={props.no}
            name={id}
            value="no"
            checked={value === false}
            disabled={readOnly}
            onChange={() => onChange(false)}
            onBlur={onBlur}
          />
        </div>
      </Fieldset>
      {notes}
    </div>
  );
}

interface ChecklistProps extends BaseProps {
  values: string[];
  options: { value: string; label: string }[];
  emptyText: string;
  onChange: (values: string[]) => void;
}

export function ChecklistField(props: ChecklistProps) {
  const { id, label, description, notes, readOnly, values, options, onChange, onBlur } = props;
  return (
    <div className="form-field">
      <Fieldset id={id} tabIndex={-1}>
        <Fieldset.Legend>{label}</Fieldset.Legend>
        {description && <Fieldset.Description>{description}</Fieldset.Description>}
        {options.length === 0 && <p className="muted">{props.emptyText}</p>}
        {options.map((o) => (
          <Checkbox
            key={o.value}
            label={o.label}
            value={o.value}
            checked={values.includes(o.value)}
            disabled={readOnly}
            onBlur={onBlur}
            onChange={(e) =>
              onChange(
                e.target.checked ? [...values, o.value] : values.filter((v) => v !== o.value),
              )
            }
          />
        ))}
      </Fieldset>
      {notes}
    </div>
  );
}
