/**
 * What changed between two saved versions of a section, field by field, so a person can read the
 * history of a section in words. List items are matched by what names them (their id), not by
 * position: moving or removing one item does not make every later item look changed.
 */
import { canonicalJson } from '../audit/canonical-json.js';

export type FieldChange = 'added' | 'removed' | 'changed';

/**
 * A changed field: `[field]` for a field of the section, `[field, itemKey]` for a list item added
 * or removed, `[field, itemKey, itemField]` for a field of an item present in both versions.
 */
export interface ChangedField {
  path: string[];
  change: FieldChange;
  /** For a list item: the field that names it for a person, and its value (e.g. the title). */
  itemLabel?: { field: string; value: string };
}

/** The fields that name an item for a person, in the order they are tried. */
const NAMING_FIELDS = [
  'title',
  'name',
  'fileName',
  'unionName',
  'description',
  'orgnr',
  'companyOrgnr',
  'sourceId',
  'category',
];

/** What names an item for a person: its first naming field with a value. */
export function itemLabelOf(item: unknown): { field: string; value: string } | undefined {
  if (!isRecord(item)) return undefined;
  for (const field of NAMING_FIELDS) {
    const value = item[field];
    if (typeof value === 'string' && value.trim() !== '') return { field, value };
  }
  return undefined;
}

type Item = Record<string, unknown>;

function isRecord(value: unknown): value is Item {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isEmpty(value: unknown): boolean {
  return value === undefined || value === null || value === '';
}

/**
 * The key that names an item of a list: its id, or for lists without ids the fields that make an
 * item unique (a financing source; a company and course pair of participant estimates).
 */
export function itemKeyOf(item: unknown, index: number): string {
  if (!isRecord(item)) return `#${index}`;
  if (typeof item.id === 'string') return item.id;
  if (typeof item.sourceId === 'string') return item.sourceId;
  if (typeof item.companyOrgnr === 'string' && typeof item.offeringId === 'string') {
    return `${item.companyOrgnr}/${item.offeringId}`;
  }
  return `#${index}`;
}

function isItemList(value: unknown): value is Item[] {
  return Array.isArray(value) && value.length > 0 && value.every(isRecord);
}

function same(a: unknown, b: unknown): boolean {
  return canonicalJson(a ?? null) === canonicalJson(b ?? null);
}

function changeOf(before: unknown, after: unknown): FieldChange {
  if (isEmpty(before)) return 'added';
  if (isEmpty(after)) return 'removed';
  return 'changed';
}

function listChanges(field: string, before: Item[], after: Item[]): ChangedField[] {
  const out: ChangedField[] = [];
  const push = (path: string[], change: FieldChange, item: Item) => {
    const itemLabel = itemLabelOf(item);
    out.push(itemLabel ? { path, change, itemLabel } : { path, change });
  };
  const old = new Map(before.map((item, i) => [itemKeyOf(item, i), item]));
  const now = new Map(after.map((item, i) => [itemKeyOf(item, i), item]));
  for (const [key, item] of now) {
    const was = old.get(key);
    if (!was) {
      push([field, key], 'added', item);
      continue;
    }
    for (const sub of new Set([...Object.keys(was), ...Object.keys(item)])) {
      if (!same(was[sub], item[sub]) && !(isEmpty(was[sub]) && isEmpty(item[sub]))) {
        push([field, key, sub], changeOf(was[sub], item[sub]), item);
      }
    }
  }
  for (const [key, item] of old) {
    if (!now.has(key)) push([field, key], 'removed', item);
  }
  return out;
}

/**
 * The fields that differ from `before` to `after` (`before` undefined for a first version), in
 * the order the fields appear in `after` and then those only in `before`.
 */
export function diffSectionContent(before: unknown, after: unknown): ChangedField[] {
  const a = isRecord(before) ? before : {};
  const b = isRecord(after) ? after : {};
  const out: ChangedField[] = [];
  for (const field of new Set([...Object.keys(b), ...Object.keys(a)])) {
    const was = a[field];
    const now = b[field];
    if (same(was, now) || (isEmpty(was) && isEmpty(now))) continue;
    if (isEmpty(was) && Array.isArray(now) && now.length === 0) continue;
    if (isEmpty(now) && Array.isArray(was) && was.length === 0) continue;
    if ((isItemList(was) || isItemList(now)) && (Array.isArray(was) || was === undefined)) {
      out.push(...listChanges(field, isItemList(was) ? was : [], isItemList(now) ? now : []));
      continue;
    }
    out.push({ path: [field], change: changeOf(was, now) });
  }
  return out;
}
