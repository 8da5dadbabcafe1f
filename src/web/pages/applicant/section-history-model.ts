/**
 * Pure rules of the section history page: the fields of a version in the form's order, whether a
 * field of an old version differs from the draft, and the draft with one field of an old version
 * copied back into it (the result is saved through the section's normal autosave).
 */
import { itemKeyOf } from '../../../domain/application/section-diff.js';
import type { Values } from './sections/editor-props.js';

type Item = Record<string, unknown>;

/** Fields only the system fills in: shown as the file itself, never copied one by one. */
export const TECHNICAL_FIELDS: ReadonlySet<string> = new Set([
  'id',
  'fileId',
  'sha256',
  'sizeBytes',
  'mediaType',
]);

function isRecord(value: unknown): value is Item {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function isItemList(value: unknown): value is Item[] {
  return Array.isArray(value) && value.every(isRecord);
}

function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (isRecord(value)) {
    return `{${Object.keys(value)
      .filter((k) => value[k] !== undefined)
      .sort()
      .map((k) => `${JSON.stringify(k)}:${canonical(value[k])}`)
      .join(',')}}`;
  }
  return value === undefined || value === '' ? 'null' : JSON.stringify(value);
}

export function sameValue(a: unknown, b: unknown): boolean {
  return canonical(a) === canonical(b);
}

/** The keys of `content` in the order of `formOrder`, then any others in their own order. */
export function fieldsInOrder(content: unknown, formOrder: readonly string[]): string[] {
  if (!isRecord(content)) return [];
  const rank = (key: string) => {
    const i = formOrder.indexOf(key);
    return i === -1 ? formOrder.length : i;
  };
  return Object.keys(content)
    .map((key, i) => ({ key, i }))
    .sort((a, b) => rank(a.key) - rank(b.key) || a.i - b.i)
    .map((x) => x.key);
}

export interface KeyedItem {
  key: string;
  /** 1-based position in its list. */
  number: number;
  item: Item;
}

export function keyedItems(list: unknown): KeyedItem[] {
  if (!isItemList(list)) return [];
  return list.map((item, i) => ({ key: itemKeyOf(item, i), number: i + 1, item }));
}

export function findItem(list: unknown, key: string): KeyedItem | undefined {
  return keyedItems(list).find((k) => k.key === key);
}

/** The value at a path ([field], [field, itemKey] or [field, itemKey, itemField]) of a content. */
export function valueAt(content: unknown, path: readonly string[]): unknown {
  if (!isRecord(content)) return undefined;
  const [field, key, sub] = path;
  if (field === undefined) return undefined;
  if (key === undefined) return content[field];
  const found = findItem(content[field], key);
  return sub === undefined ? found?.item : found?.item[sub];
}

function withField(record: Item, field: string, value: unknown): Item {
  if (value !== undefined) return { ...record, [field]: value };
  return Object.fromEntries(Object.entries(record).filter(([key]) => key !== field));
}

/**
 * The draft with the value at `path` of the old version copied in. An item is matched by its key;
 * if the draft no longer has it, the whole old item comes back, at its old position where it fits.
 */
export function copyFieldBack(draft: Values, old: unknown, path: readonly string[]): Values {
  const [field, key, sub] = path;
  if (field === undefined || !isRecord(old)) return draft;
  if (key === undefined) return withField(draft, field, old[field]);
  const oldItem = findItem(old[field], key);
  if (!oldItem) return draft;
  const list = isItemList(draft[field]) ? [...(draft[field] as Item[])] : [];
  const index = keyedItems(list).findIndex((k) => k.key === key);
  const current = index === -1 ? undefined : list[index];
  if (current === undefined) {
    list.splice(Math.min(oldItem.number - 1, list.length), 0, oldItem.item);
  } else {
    list[index] = sub === undefined ? oldItem.item : withField(current, sub, oldItem.item[sub]);
  }
  return { ...draft, [field]: list };
}
