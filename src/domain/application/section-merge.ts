/**
 * Three-way merge of a section's content (ADR 0012). An edit is described as the fields it
 * changed relative to the version it started from, each with its old and new value; it is applied
 * to what is stored now wherever the old value still holds. Lists are merged by item key, so two
 * people adding different companies both keep theirs; only a field both sides changed to
 * different values is a conflict. Pure: the server applies edits with it, and the browser uses
 * the same functions to show a conflict and to send what it changed.
 */

/** A field of a record, or an item of a list named by its key (see `itemKey`). */
export type PathSegment = string | { item: string };
export type FieldPath = readonly PathSegment[];

/** One field changed: `old` absent means the field had no value, `new` absent that it has none now. */
export interface FieldChange {
  path: FieldPath;
  old?: unknown;
  new?: unknown;
  /**
   * For a list item added: the key of the item it comes before in the editor's list (null: it
   * comes last), so an item put back where it was lands there, and items two people added at the
   * end both end up at the end. Not found in the list it is applied to: the item goes last.
   */
  before?: string | null;
}

/** A field both sides changed to different values. */
export interface FieldConflict {
  path: FieldPath;
  base?: unknown;
  mine?: unknown;
  theirs?: unknown;
  /** Set when the other side removed the list item this field belongs to: the item's path. */
  removedItem?: FieldPath;
}

export interface MergeResult<T = unknown> {
  content: T;
  applied: FieldChange[];
  conflicts: FieldConflict[];
}

type Rec = Record<string, unknown>;

function isRecord(value: unknown): value is Rec {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * The key that names a list item across versions: an object's `id` (or `sourceId` for a
 * financing line, company and course for a participant estimate); a text or number in a list
 * of choices is its own key. Null when the item has none.
 */
export function itemKey(item: unknown): string | null {
  if (typeof item === 'string') return item;
  if (typeof item === 'number') return String(item);
  if (!isRecord(item)) return null;
  if (typeof item.id === 'string') return item.id;
  if (typeof item.sourceId === 'string') return item.sourceId;
  if (typeof item.companyOrgnr === 'string' && typeof item.offeringId === 'string') {
    return `${item.companyOrgnr}/${item.offeringId}`;
  }
  return null;
}

/** The items by key, or null when some item has no key or two share one (merged as one value). */
function keyed(list: readonly unknown[]): Map<string, unknown> | null {
  const map = new Map<string, unknown>();
  for (const item of list) {
    const key = itemKey(item);
    if (key === null || map.has(key)) return null;
    map.set(key, item);
  }
  return map;
}

/** Deep equality of JSON values; an absent field and one set to undefined are the same. */
export function sameValue(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (Array.isArray(a) || Array.isArray(b)) {
    if (!Array.isArray(a) || !Array.isArray(b) || a.length !== b.length) return false;
    return a.every((item, i) => sameValue(item, b[i]));
  }
  if (isRecord(a) && isRecord(b)) {
    const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
    for (const key of keys) if (!sameValue(a[key], b[key])) return false;
    return true;
  }
  return false;
}

function change(path: FieldPath, old: unknown, next: unknown): FieldChange {
  const out: FieldChange = { path };
  if (old !== undefined) out.old = old;
  if (next !== undefined) out.new = next;
  return out;
}

/** The fields `mine` changed relative to `base`, list items named by key. */
export function diffContent(base: unknown, mine: unknown, path: FieldPath = []): FieldChange[] {
  if (sameValue(base, mine)) return [];
  const asList = (v: unknown) => (v === undefined ? [] : v);
  const baseList = asList(base);
  const mineList = asList(mine);
  if (Array.isArray(baseList) && Array.isArray(mineList)) {
    const before = keyed(baseList);
    const after = keyed(mineList);
    if (before && after) {
      const out: FieldChange[] = [];
      for (const [key, item] of before) {
        const itemPath = [...path, { item: key }];
        if (!after.has(key)) out.push(change(itemPath, item, undefined));
        else out.push(...diffContent(item, after.get(key), itemPath));
      }
      const keys = [...after.keys()];
      keys.forEach((key, index) => {
        if (before.has(key)) return;
        const next = keys[index + 1] ?? null;
        out.push({ ...change([...path, { item: key }], undefined, after.get(key)), before: next });
      });
      return out;
    }
  }
  const baseRec = base === undefined ? {} : base;
  const mineRec = mine === undefined ? {} : mine;
  if (isRecord(baseRec) && isRecord(mineRec)) {
    const keys = new Set([...Object.keys(baseRec), ...Object.keys(mineRec)]);
    return [...keys].flatMap((key) => diffContent(baseRec[key], mineRec[key], [...path, key]));
  }
  return [change(path, base, mine)];
}

type Read = { found: true; value: unknown } | { found: false; removedItem: FieldPath };

/** The value at a path; not found when a list item on the way to it is not there. */
export function readPath(content: unknown, path: FieldPath): Read {
  let node = content;
  for (let i = 0; i < path.length; i++) {
    const segment = path[i] as PathSegment;
    if (typeof segment === 'string') {
      if (node === undefined) continue;
      if (!isRecord(node)) return { found: false, removedItem: path.slice(0, i) };
      node = node[segment];
      continue;
    }
    const list = node === undefined ? [] : node;
    const items = Array.isArray(list) ? keyed(list) : null;
    const item = items?.get(segment.item);
    if (item === undefined && i < path.length - 1) {
      return { found: false, removedItem: path.slice(0, i + 1) };
    }
    node = item;
  }
  return { found: true, value: node };
}

/** A copy of `content` with the value at `path` set (undefined removes the field or item). */
export function writePath(
  content: unknown,
  path: FieldPath,
  value: unknown,
  before?: string | null,
): unknown {
  const [segment, ...rest] = path;
  if (segment === undefined) return value;
  if (typeof segment === 'string') {
    // A field name that would reach the prototype instead of the record is never one of a section.
    if (segment === '__proto__') throw new InvalidChangeError(path);
    const record: Rec = isRecord(content) ? { ...content } : {};
    const next = writePath(record[segment], rest, value, before);
    if (next === undefined) Reflect.deleteProperty(record, segment);
    else record[segment] = next;
    return record;
  }
  const list = Array.isArray(content) ? [...(content as unknown[])] : [];
  const index = list.findIndex((item) => itemKey(item) === segment.item);
  const next = writePath(index < 0 ? undefined : list[index], rest, value, before);
  if (next === undefined) {
    if (index >= 0) list.splice(index, 1);
  } else if (index >= 0) list[index] = next;
  else list.splice(insertionIndex(list, rest.length === 0 ? before : undefined), 0, next);
  return list;
}

/** Where a new item goes: before the item keyed `before`, else last. */
function insertionIndex(list: readonly unknown[], before: string | null | undefined): number {
  if (before === null || before === undefined) return list.length;
  const index = list.findIndex((item) => itemKey(item) === before);
  return index < 0 ? list.length : index;
}

/** A change that cannot be applied as sent: an item whose key is not the one its path names. */
export class InvalidChangeError extends Error {
  constructor(readonly path: FieldPath) {
    super(`the item at ${formatPath(path)} does not carry the key its path names`);
    this.name = 'InvalidChangeError';
  }
}

/**
 * Applies changes to `current` where each one's old value still holds there. A field already
 * holding the new value is left as it is; any other value there is a conflict, and so is a change
 * inside a list item that is no longer there.
 */
export function applyChanges<T>(current: T, changes: readonly FieldChange[]): MergeResult<T> {
  let content: unknown = current;
  const applied: FieldChange[] = [];
  const conflicts: FieldConflict[] = [];
  for (const ch of changes) {
    const last = ch.path[ch.path.length - 1];
    if (typeof last === 'object' && ch.new !== undefined && itemKey(ch.new) !== last.item) {
      throw new InvalidChangeError(ch.path);
    }
    const at = readPath(content, ch.path);
    if (!at.found) {
      conflicts.push({ ...conflictOf(ch, undefined), removedItem: at.removedItem });
    } else if (sameValue(at.value, ch.old)) {
      content = writePath(content, ch.path, ch.new, ch.before);
      applied.push(ch);
    } else if (!sameValue(at.value, ch.new)) {
      conflicts.push(conflictOf(ch, at.value));
    }
  }
  // The writes above copy what they change and keep the shape of T: records stay records.
  return { content: content as T, applied, conflicts };
}

function conflictOf(ch: FieldChange, theirs: unknown): FieldConflict {
  const out: FieldConflict = { path: ch.path };
  if (ch.old !== undefined) out.base = ch.old;
  if (ch.new !== undefined) out.mine = ch.new;
  if (theirs !== undefined) out.theirs = theirs;
  return out;
}

/** `base` → `mine` and `base` → `theirs` together: mine applied on top of theirs. */
export function mergeContent<T>(base: unknown, mine: unknown, theirs: T): MergeResult<T> {
  return applyChanges(theirs, diffContent(base, mine));
}

/** `companies[c-1].employees`: how a path is written in the audit log and in messages. */
export function formatPath(path: FieldPath): string {
  return path
    .map((s, i) => (typeof s === 'string' ? (i === 0 ? s : `.${s}`) : `[${s.item}]`))
    .join('');
}

export function samePath(a: FieldPath, b: FieldPath): boolean {
  return a.length === b.length && a.every((s, i) => pathSegmentKey(s) === pathSegmentKey(b[i]));
}

/** True when `prefix` is `path` or a path it lies inside. */
export function isWithin(path: FieldPath, prefix: FieldPath): boolean {
  return (
    prefix.length <= path.length &&
    prefix.every((s, i) => pathSegmentKey(s) === pathSegmentKey(path[i]))
  );
}

function pathSegmentKey(segment: PathSegment | undefined): string {
  if (segment === undefined) return '';
  return typeof segment === 'string' ? `.${segment}` : `[${segment.item}`;
}
