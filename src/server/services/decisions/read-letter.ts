/**
 * A decision's letter (R28, R29): nb or nn is the stored PDF, the bytes that were sent; en is a
 * courtesy copy rendered on request from the same record and dates, never stored as the letter.
 */
import type { Locale } from '../../../domain/time/oslo.js';
import { renderDecisionLetter } from '../../../documents/decision-letter/render-letter.js';
import { readLetterBytes } from '../../../store/repositories/decisions.repository.js';
import type { AppContext } from '../../context.js';
import { AppError } from '../../errors/catalogue.js';
import { callOf } from '../applications/access.js';
import { loadDecisionRow } from './decision-view.js';
import { letterInputOf } from './letter-input.js';

export interface LetterFile {
  pdf: Buffer;
  fileName: string;
  sha256: string | null;
}

export async function readDecisionLetter(
  ctx: AppContext,
  decisionId: string,
  lang: Locale | undefined,
): Promise<LetterFile> {
  const db = ctx.store.db;
  const row = await loadDecisionRow(db, decisionId);
  const call = callOf(ctx, row.call_id);
  if (row.issued_at === null || row.assumed_received_at === null) {
    throw new AppError('decision_not_found');
  }
  if (lang === 'en') {
    const input = await letterInputOf(
      ctx,
      db,
      call,
      row,
      { issuedAt: new Date(row.issued_at), assumedReceivedAt: new Date(row.assumed_received_at) },
      'en',
    );
    const { pdf } = await renderDecisionLetter(input);
    return { pdf, fileName: `vedtak-${row.case_number}-en.pdf`, sha256: null };
  }
  const pdf = await readLetterBytes(db, decisionId);
  if (!pdf) throw new AppError('decision_not_found');
  return { pdf, fileName: `vedtak-${row.case_number}.pdf`, sha256: row.letter_sha256 };
}
