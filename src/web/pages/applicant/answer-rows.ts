/** A section's content as rows of label and value for the check-answers page. */
export interface AnswerRow {
  key: string;
  /** Field name (for the label) and the item number when it is inside a list. */
  field: string;
  item: number | null;
  value: string;
}

function show(value: unknown): string | null {
  if (value === undefined || value === null || value === '') return null;
  if (typeof value === 'boolean') return value ? 'yes' : 'no';
  if (Array.isArray(value)) return value.length ? value.map(String).join(', ') : null;
  return typeof value === 'object' ? null : String(value);
}

export function answerRows(content: unknown): AnswerRow[] {
  const rows: AnswerRow[] = [];
  if (!content || typeof content !== 'object') return rows;
  for (const [field, value] of Object.entries(content)) {
    if (Array.isArray(value) && value.some((v) => typeof v === 'object' && v !== null)) {
      value.forEach((item: unknown, index) => {
        if (!item || typeof item !== 'object') return;
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
