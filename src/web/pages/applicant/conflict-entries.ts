/**
 * The fields of a conflict as the dialog shows them: one entry per field both sides changed (or
 * per list item one side removed while the other changed it), labelled and formatted as the form
 * shows them, and the content that results from a choice per entry. Pure but for `t`.
 */
import type { TFunction } from 'i18next';
import type { ApplicationView, CallFormView, Locale } from '../../api/types.js';
import {
  formatPath,
  readPath,
  writePath,
  type FieldPath,
} from '../../../domain/application/section-merge.js';
import { formatCalendarDate, formatNok, localizedText } from '../../format.js';
import { formatDecimal } from '../../norwegian-number.js';
import type { DraftConflict } from './use-section-draft.js';
import { clusterCompanies, listOf, sectionContentOfKind } from './sections/editor-props.js';

export interface ConflictEntry {
  key: string;
  path: FieldPath;
  label: string;
  mine: string;
  theirs: string;
  /** Both values are texts: the person may write one text from both. */
  texts: { mine: string; theirs: string } | null;
  mineValue: unknown;
  theirsValue: unknown;
}

export type Choice = { kind: 'mine' } | { kind: 'theirs' } | { kind: 'edit'; text: string };

export interface Describer {
  t: TFunction;
  locale: Locale;
  kind: string;
  form: CallFormView;
  application: ApplicationView;
}

type Rec = Record<string, unknown>;
const isRecord = (v: unknown): v is Rec => typeof v === 'object' && v !== null && !Array.isArray(v);
const valueAt = (content: unknown, path: FieldPath) => {
  const read = readPath(content, path);
  return read.found ? read.value : undefined;
};

export function conflictEntries<T>(conflict: DraftConflict<T>, d: Describer): ConflictEntry[] {
  const entries = new Map<string, ConflictEntry>();
  for (const c of conflict.merged.conflicts) {
    const path = c.removedItem ?? c.path;
    const key = formatPath(path);
    if (entries.has(key)) continue;
    const base = valueAt(conflict.base, path);
    const mineValue = valueAt(conflict.mine, path);
    const theirsValue = valueAt(conflict.current.content, path);
    const item = [mineValue, theirsValue, base].find(isRecord);
    entries.set(key, {
      key,
      path,
      label: labelOf(path, d, [conflict.mine, conflict.current.content, conflict.base], item),
      mine: show(path, mineValue, base, d),
      theirs: show(path, theirsValue, base, d),
      texts:
        typeof mineValue === 'string' && typeof theirsValue === 'string'
          ? { mine: mineValue, theirs: theirsValue }
          : null,
      mineValue,
      theirsValue,
    });
  }
  return [...entries.values()];
}

/** The merged content with each entry's chosen value written in. */
export function applyChoices<T>(
  conflict: DraftConflict<T>,
  entries: readonly ConflictEntry[],
  choices: Readonly<Record<string, Choice>>,
): T {
  let content: unknown = conflict.merged.content;
  for (const entry of entries) {
    const choice = choices[entry.key];
    if (!choice) continue;
    const value =
      choice.kind === 'mine'
        ? entry.mineValue
        : choice.kind === 'theirs'
          ? entry.theirsValue
          : choice.text === ''
            ? undefined
            : choice.text;
    content = writePath(content, entry.path, value);
  }
  // writePath copies records as records: the section's content keeps its shape.
  return content as T;
}

function labelOf(path: FieldPath, d: Describer, contents: unknown[], item: Rec | undefined) {
  const field = (name: string) => d.t(`fields.${d.kind}.${name}`);
  const last = path[path.length - 1];
  const itemIndex = path.findIndex((s) => typeof s !== 'string');
  if (itemIndex < 0) return field(String(last));
  const list = String(path[itemIndex - 1] ?? '');
  const itemPath = path.slice(0, itemIndex + 1);
  const found = contents.map((c) => valueAt(c, itemPath)).find(isRecord) ?? item;
  const name = itemName(list, found, d);
  if (path.length === itemIndex + 1) return name;
  const rest = path.slice(itemIndex + 1).find((s): s is string => typeof s === 'string');
  return `${name}: ${rest ? field(rest) : ''}`;
}

function itemName(list: string, item: Rec | undefined, d: Describer): string {
  const text = (v: unknown) => (typeof v === 'string' && v !== '' ? v : null);
  const fallback = d.t('merge.item');
  if (!item) return fallback;
  switch (list) {
    case 'companies':
      return text(item.name) ?? text(item.orgnr) ?? fallback;
    case 'unions':
      return text(item.unionName) ?? companyName(item.companyOrgnr, d) ?? fallback;
    case 'offerings':
    case 'milestones':
      return text(item.title) ?? fallback;
    case 'lines':
      return text(item.description) ?? fallback;
    case 'items':
      return text(item.fileName) ?? fallback;
    case 'financing':
      return idLabel('sourceId', item.sourceId, d);
    case 'estimates':
      return `${idLabel('companyOrgnr', item.companyOrgnr, d)} – ${idLabel('offeringId', item.offeringId, d)}`;
    default:
      return fallback;
  }
}

function companyName(orgnr: unknown, d: Describer): string | null {
  return clusterCompanies(d.application).find((c) => c.orgnr === orgnr)?.name ?? null;
}

/** A value naming something else by id, written as the form shows it: its label. */
function idLabel(field: string, value: unknown, d: Describer): string {
  const id = String(value);
  const label = (l: { nb: string; nn: string; en: string } | undefined) =>
    l ? localizedText(l, d.locale).text : id;
  switch (field) {
    case 'companyOrgnr':
    case 'companyOrgnrs':
      return companyName(value, d) ?? id;
    case 'offeringId': {
      const o = listOf(sectionContentOfKind(d.application, 'offerings'), 'offerings').find(
        (x) => x.id === value,
      );
      return typeof o?.title === 'string' && o.title ? o.title : id;
    }
    case 'sourceId':
      return label(d.form.budget.financingSources.find((s) => s.id === value)?.label);
    case 'category':
      return label(d.form.costCategories.find((c) => c.id === value)?.label);
    case 'phase':
      return label(d.form.budget.phases.find((p) => p.id === value)?.label);
    case 'kind':
      return label(d.form.attachmentKinds.find((k) => k.id === value)?.label);
    case 'level':
      return d.t(`applicant.level.${id}`);
    case 'deliveryMode':
      return d.t(`applicant.mode.${id}`);
    case 'language':
      return d.t(`language.${id}`);
    default:
      return id;
  }
}

const ID_FIELDS = new Set([
  'companyOrgnr',
  'companyOrgnrs',
  'offeringId',
  'sourceId',
  'category',
  'phase',
  'kind',
  'level',
  'deliveryMode',
  'language',
]);
const HIDDEN_FIELDS = new Set(['id', 'fileId', 'sha256', 'mediaType']);

/** One value as the form shows it; a list item as its fields that differ from the base. */
function show(path: FieldPath, value: unknown, base: unknown, d: Describer): string {
  if (value === undefined || value === null || value === '') {
    return d.t(typeof path[path.length - 1] === 'string' ? 'merge.empty' : 'merge.removed');
  }
  if (isRecord(value)) {
    const before = isRecord(base) ? base : {};
    const parts = Object.entries(value)
      .filter(([k, v]) => !HIDDEN_FIELDS.has(k) && JSON.stringify(v) !== JSON.stringify(before[k]))
      .map(([k, v]) => `${d.t(`fields.${d.kind}.${k}`)}: ${showField(k, v, d)}`);
    return parts.length ? parts.join('\n') : d.t('merge.unchanged');
  }
  const field = [...path].reverse().find((s): s is string => typeof s === 'string') ?? '';
  return showField(field, value, d);
}

function showField(field: string, value: unknown, d: Describer): string {
  if (value === undefined || value === null || value === '') return d.t('merge.empty');
  if (Array.isArray(value)) return value.map((v) => showField(field, v, d)).join(', ');
  if (typeof value === 'boolean') return d.t(value ? 'applicant.yes' : 'applicant.no');
  if (typeof value === 'number') {
    if (field === 'amountNok') return formatNok(value, d.locale);
    if (field === 'year') return String(value);
    if (field === 'sizeBytes') return d.t('merge.bytes', { count: value });
    return formatDecimal(value, d.locale);
  }
  if (ID_FIELDS.has(field)) return idLabel(field, value, d);
  const text = String(value);
  return /^\d{4}-\d{2}-\d{2}$/.test(text) ? formatCalendarDate(text, d.locale) : text;
}
