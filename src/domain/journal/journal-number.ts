/** Journal numbers as Noark writes them: year/sequence ("2026/000123"), and the entry types. */

export const JOURNAL_TYPES = ['I', 'U', 'X', 'N'] as const;
export type JournalType = (typeof JOURNAL_TYPES)[number];

export function isJournalType(value: string): value is JournalType {
  return (JOURNAL_TYPES as readonly string[]).includes(value);
}

/** `2026/000123`: the year and the sequence number, padded so numbers sort as text. */
export function journalNumber(year: number, seq: number): string {
  return `${year}/${String(seq).padStart(6, '0')}`;
}

/** What a journal entry journals. */
export type JournalDocumentKind =
  | 'application'
  | 'decision-letter'
  | 'grant-letter'
  | 'reserve-notice'
  | 'appeal'
  | 'preliminary-reply'
  | 'appeal-forwarded'
  | 'appeal-result';
