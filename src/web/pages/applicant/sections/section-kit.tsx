/**
 * What every section editor needs: errors and findings by path, labels by field name, and one
 * renderer for a list of fields described as data, so each section kind is mostly a table of its
 * fields. Paths are those of the server (`offerings[0].studiepoeng`), so errors and findings land
 * on the input they concern and the error summary can link to it.
 */
import { useCallback, useMemo, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Finding, FieldError, Locale } from '../../../api/types.js';
import { FindingNotes } from '../../../app-components/finding-notes.js';
import {
  ChecklistField,
  NumberField,
  SelectField,
  TextField,
  YesNoField,
} from '../../../app-components/form-fields.js';
import { useLocale } from '../../../i18n/index.js';
import type { NumberProblem } from '../../../norwegian-number.js';
import { fieldIdOf, pathInSection } from '../application-model.js';

export type FieldType =
  | 'text'
  | 'textarea'
  | 'date'
  | 'decimal'
  | 'amount'
  | 'integer'
  | 'yesno'
  | 'select'
  | 'checklist';

export interface FieldSpec {
  name: string;
  type: FieldType;
  options?: { value: string; label: string }[];
  description?: string;
}

export interface SectionKit {
  sectionId: string;
  kind: string;
  locale: Locale;
  readOnly: boolean;
  limits: Record<string, number>;
  fieldErrors: readonly FieldError[];
  findings: readonly Finding[];
  flush: () => void;
  /** A field tells the page about a problem with what is typed (null when it is gone). */
  reportLocalError?: (path: string, message: string | null) => void;
}

/**
 * Problems with what is typed, found in the browser before anything is sent, by path: the page
 * lists them in its error summary and will not move on while there are any.
 */
export function useLocalFieldErrors(): {
  errors: FieldError[];
  report: (path: string, message: string | null) => void;
} {
  const [byPath, setByPath] = useState<ReadonlyMap<string, string>>(new Map());
  const report = useCallback((path: string, message: string | null) => {
    setByPath((previous) => {
      if ((previous.get(path) ?? null) === message) return previous;
      const next = new Map(previous);
      if (message === null) next.delete(path);
      else next.set(path, message);
      return next;
    });
  }, []);
  const errors = useMemo(() => [...byPath].map(([path, message]) => ({ path, message })), [byPath]);
  return { errors, report };
}

/** The message of a number field's problem, naming the field: "Studiepoeng: kan ha høyst én desimal". */
export function useNumberProblemText(): (label: string, problem: NumberProblem) => string {
  const { t } = useTranslation();
  return (label, problem) =>
    t('polish.fieldProblem', { label, reason: t(`polish.number.${problem}`) });
}

export function errorAt(kit: SectionKit, path: string): string | undefined {
  const prefix = `${kit.sectionId}.`;
  return kit.fieldErrors.find(
    (e) => e.path === path || (e.path.startsWith(prefix) && e.path.slice(prefix.length) === path),
  )?.message;
}

export function findingsAt(kit: SectionKit, path: string): Finding[] {
  return kit.findings.filter((f) => pathInSection(f, kit.sectionId) === path);
}

type Values = Record<string, unknown>;

export function useFieldRenderer(kit: SectionKit) {
  const { t } = useTranslation();
  const locale = useLocale();
  const problemText = useNumberProblemText();
  const { reportLocalError } = kit;

  const notesAt = (path: string): ReactNode => (
    <FindingNotes
      findings={findingsAt(kit, path)}
      locale={locale}
      citationLabel={t('applicant.citation')}
      id={`${fieldIdOf(kit.sectionId, path)}-findings`}
    />
  );

  return function renderField(
    spec: FieldSpec,
    basePath: string,
    values: Values,
    onChange: (next: Values) => void,
  ): ReactNode {
    const path = basePath ? `${basePath}.${spec.name}` : spec.name;
    const id = fieldIdOf(kit.sectionId, path);
    const label = t(`fields.${kit.kind}.${spec.name}`);
    const set = (value: unknown) => onChange({ ...values, [spec.name]: value });
    const common = {
      id,
      label,
      description: spec.description,
      error: errorAt(kit, path),
      notes: notesAt(path),
      readOnly: kit.readOnly,
      onBlur: kit.flush,
    };
    const raw = values[spec.name];
    switch (spec.type) {
      case 'text':
      case 'textarea':
      case 'date':
        return (
          <TextField
            key={path}
            {...common}
            type={spec.type === 'date' ? 'date' : 'text'}
            multiline={spec.type === 'textarea'}
            value={typeof raw === 'string' ? raw : ''}
            limit={kit.limits[spec.name]}
            counterTexts={{ under: t('applicant.charsLeft'), over: t('applicant.charsOver') }}
            onChange={(v) => set(v === '' ? undefined : v)}
          />
        );
      case 'decimal':
      case 'amount':
      case 'integer':
        return (
          <NumberField
            key={path}
            {...common}
            kind={spec.type}
            locale={kit.locale}
            problemText={(problem) => problemText(label, problem)}
            onProblem={reportLocalError && ((message) => reportLocalError(path, message))}
            value={typeof raw === 'number' ? raw : undefined}
            onChange={set}
          />
        );
      case 'yesno':
        return (
          <YesNoField
            key={path}
            {...common}
            yes={t('applicant.yes')}
            no={t('applicant.no')}
            value={typeof raw === 'boolean' ? raw : undefined}
            onChange={set}
          />
        );
      case 'select':
        return (
          <SelectField
            key={path}
            {...common}
            placeholder={t('applicant.choose')}
            options={spec.options ?? []}
            value={typeof raw === 'string' ? raw : undefined}
            onChange={set}
          />
        );
      case 'checklist':
        return (
          <ChecklistField
            key={path}
            {...common}
            emptyText={t('applicant.noOptions')}
            options={spec.options ?? []}
            values={Array.isArray(raw) ? raw.map(String) : []}
            onChange={set}
          />
        );
    }
  };
}

/** A client id for a new list item: unique enough within one section, stable across saves. */
export function newItemId(prefix: string): string {
  return `${prefix}-${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;
}
