/**
 * Journals a document of a decision's case: the letter when issued, a klage when it comes, and
 * the letters that answer it. One call from each use case, in its transaction; the party is the
 * institution the decision is addressed to.
 */
import type { Principal } from '../../../domain/access/roles.js';
import type { JournalDocumentKind, JournalType } from '../../../domain/journal/journal-number.js';
import { journalCaseTitle } from '../../../domain/journal/journal-titles.js';
import type { Tx } from '../../../store/create-store.js';
import type { JournalEntryRow } from '../../../store/journal-tables.js';
import type { DecisionListRow } from '../../../store/repositories/decisions.repository.js';
import type { AppContext } from '../../context.js';
import { callOf } from '../applications/access.js';
import { journalDocument } from './journal-document.js';

type DecisionDocumentKind = Exclude<JournalDocumentKind, 'application'>;

/** Incoming (I) or outgoing (U), by what the document is. */
const TYPE_OF: Record<DecisionDocumentKind, JournalType> = {
  'decision-letter': 'U',
  'grant-letter': 'U',
  'reserve-notice': 'U',
  appeal: 'I',
  'preliminary-reply': 'U',
  'appeal-forwarded': 'U',
  'appeal-result': 'I',
};

/** The letter an issued decision sends: reserve notice, tilskuddsbrev or decision (vedtak). */
export function letterKindOf(
  decision: Pick<DecisionListRow, 'kind' | 'track'>,
): DecisionDocumentKind {
  if (decision.kind === 'reserve') return 'reserve-notice';
  return decision.track === 'tilskuddsbrev' ? 'grant-letter' : 'decision-letter';
}

export function journalDecisionDocument(
  tx: Tx,
  ctx: AppContext,
  principal: Principal | null,
  decision: DecisionListRow,
  document: { kind: DecisionDocumentKind; ref: string; at: Date },
): Promise<JournalEntryRow> {
  const call = callOf(ctx, decision.call_id);
  return journalDocument(tx, principal, {
    type: TYPE_OF[document.kind],
    call,
    applicationId: decision.application_id,
    kind: document.kind,
    documentRef: document.ref,
    documentDate: document.at,
    at: document.at,
    party: {
      name: decision.institution_name,
      organisation: decision.institution_name,
      orgnr: decision.institution_orgnr,
    },
    caseTitle: journalCaseTitle(call, decision.institution_name, decision.title || null),
  });
}
