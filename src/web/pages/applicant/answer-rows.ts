/**
 * A section's content as rows of label and value for "check your answers" and the officer's view
 * of a submission, in the form's order (FIELD_ORDER). An attached file is one row: its name,
 * size and type, never the stored checksum, media type or byte count as separate fields.
 */
import { FIELD_ORDER, type FieldEntry } from './sections/field-order.js';

export interface FileAnswer {
  name: string;
  sizeBytes: number;
  mediaType: string;
  /** The attachment kind's id (its label names the row). */
  kind: string;
}

export interface AnswerRow {
  key: string;
  /** Field name (for the label) and the item number when it is inside a list. */
  field: string;
  item: number | null;
  value: string;
  /** Set for an attached file (field "file"). */
  file?: FileAnswer;
}

function show(value: unknown): string | null {
  if (value === undefined || value === null || value === '') return null;
  if (typeof value === 'boolean') return value ? 'yes' : 'no';
  if (Array.isArray(value)) return value.length ? value.map(String).join(', ') : null;
  return typeof value === 'object' ? null : String(value);
}

type Values = Record<string, unknown>;

function isValues(value: unknown): value is Values {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function itemsOf(value: unknown): Values[] {
  return Array.isArray(value) ? value.filter(isValues) : [];
}

function fileRows(content: Values): AnswerRow[] {
  return itemsOf(content.items).map((item, index) => ({
    key: `items.${index}.file`,
    field: 'file',
    item: index + 1,
    value: String(item.fileName ?? ''),
    file: {
      name: String(item.fileName ?? ''),
      sizeBytes: Number(item.sizeBytes ?? 0),
      mediaType: String(item.mediaType ?? ''),
      kind: String(item.kind ?? ''),
    },
  }));
}

function orderedRows(content: Values, order: readonly FieldEntry[]): AnswerRow[] {
  const rows: AnswerRow[] = [];
  for (const entry of order) {
    if (typeof entry === 'string') {
      const text = show(content[entry]);
      if (text !== null) rows.push({ key: entry, field: entry, item: null, value: text });
      continue;
    }
    itemsOf(content[entry.list]).forEach((item, index) => {
      for (const sub of entry.item) {
        const text = show(item[sub]);
        if (text === null) continue;
        rows.push({
          key: `${entry.list}.${index}.${sub}`,
          field: sub,
          item: index + 1,
          value: text,
        });
      }
    });
  }
  return rows;
}

/** Every field as stored, for a section kind this front end has no order for. */
function storedRows(content: Values): AnswerRow[] {
  const rows: AnswerRow[] = [];
  for (const [field, value] of Object.entries(content)) {
    if (Array.isArray(value) && value.some(isValues)) {
      itemsOf(value).forEach((item, index) => {
        for (const [sub, subValue] of Object.entries(item)) {
          const text = show(subValue);
          if (sub !== 'id' && sub !== 'fileId' && text !== null) {
            rows.push({
              key: `${field}.${index}.${sub}`,
              field: sub,
              item: index + 1,
              value: text,
            });
          }
        }
      });
      continue;
    }
    const text = show(value);
    if (text !== null) rows.push({ key: field, field, item: null, value: text });
  }
  return rows;
}

export function answerRows(content: unknown, kind?: string): AnswerRow[] {
  if (!isValues(content)) return [];
  if (kind === 'attachments') return fileRows(content);
  const order = kind === undefined ? undefined : FIELD_ORDER[kind];
  return order ? orderedRows(content, order) : storedRows(content);
}
