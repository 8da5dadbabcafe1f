/**
 * A decision's letter (R28, R29): nb or nn is the stored PDF, the bytes that were sent; en is a
 * courtesy copy rendered on request from the same record and dates, never stored as the letter.
 */
import type { CallDefinition } from '../../../domain/call/call-schema.js';
import type { Outcome } from '../../../domain/decisions/outcome.js';
import type { DecisionReasons } from '../../../domain/decisions/reasons.js';
import type { Locale } from '../../../domain/time/oslo.js';
import { renderDecisionLetter } from '../../../documents/decision-letter/render-letter.js';
import {
  readLetterBytes,
  type DecisionListRow,
} from '../../../store/repositories/decisions.repository.js';
import type { AppContext } from '../../context.js';
import { AppError } from '../../errors/catalogue.js';
import { callOf } from '../applications/access.js';
import { loadDraftBasis, reasonsOfCase } from './decision-draft.js';
import { loadDecisionRow } from './decision-view.js';
import { letterInputOf } from './letter-input.js';

export interface LetterFile {
  pdf: Buffer;
  fileName: string;
  sha256: string | null;
}

/**
 * The reasons of a courtesy copy, drafted in English from the same record; a line the officer
 * added (a source the draft does not have) is kept as written, in the letter's language.
 */
async function englishReasons(
  ctx: AppContext,
  call: CallDefinition,
  row: DecisionListRow,
  issuedAt: Date,
): Promise<DecisionReasons> {
  const stored = JSON.parse(row.reasons) as DecisionReasons;
  const basis = await loadDraftBasis(ctx.store.db, call);
  const outcome = JSON.parse(row.outcome) as Outcome;
  const drafted = reasonsOfCase(ctx, basis, row.case_id, outcome, issuedAt, undefined, 'en');
  const added = (part: 'rules' | 'facts' | 'considerations') => {
    const sources = new Set(drafted[part].map((l) => l.source));
    return stored[part].filter((l) => !sources.has(l.source));
  };
  return {
    locale: 'en',
    rules: [...drafted.rules, ...added('rules')],
    facts: [...drafted.facts, ...added('facts')],
    considerations: [...drafted.considerations, ...added('considerations')],
  };
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
    const issuedAt = new Date(row.issued_at);
    const input = await letterInputOf(
      ctx,
      db,
      call,
      row,
      { issuedAt, assumedReceivedAt: new Date(row.assumed_received_at) },
      'en',
      await englishReasons(ctx, call, row, issuedAt),
    );
    const { pdf } = await renderDecisionLetter(input);
    return { pdf, fileName: `vedtak-${row.case_number}-en.pdf`, sha256: null };
  }
  const pdf = await readLetterBytes(db, decisionId);
  if (!pdf) throw new AppError('decision_not_found');
  return { pdf, fileName: `vedtak-${row.case_number}.pdf`, sha256: row.letter_sha256 };
}
