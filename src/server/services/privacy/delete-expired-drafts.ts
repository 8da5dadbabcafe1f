/**
 * Retention (R32, GDPR art. 5(1)(e), docs/adr/0024): drafts never submitted are deleted once
 * their call's `retention.draftDays` after the deadline have passed. A draft was never received,
 * so it is no archive material; a submitted application is, and is never matched. Each draft goes
 * in its own transaction with its audit event, which names the draft by id and counts only: the
 * chain keeps every earlier event of the draft untouched, so it verifies afterwards.
 */
import { draftRetentionEnds, draftsAreDue } from '../../../domain/privacy/draft-retention.js';
import { inTransaction } from '../../../store/create-store.js';
import { appendAuditEvent } from '../../../store/repositories/audit.repository.js';
import {
  deleteUnsubmittedDraft,
  listUnsubmittedDrafts,
} from '../../../store/repositories/retention.repository.js';
import type { AppContext } from '../../context.js';

const BATCH = 100;

export interface RetentionSweep {
  calls: { callId: string; retentionEnds: string; due: boolean; deleted: number }[];
  deleted: number;
}

export async function deleteExpiredDrafts(
  ctx: Pick<AppContext, 'store' | 'calls'>,
  now: Date,
): Promise<RetentionSweep> {
  const sweep: RetentionSweep = { calls: [], deleted: 0 };
  for (const call of ctx.calls) {
    const ends = draftRetentionEnds(call);
    const due = draftsAreDue(call, now);
    let deleted = 0;
    while (due) {
      const drafts = await listUnsubmittedDrafts(ctx.store.db, call.id, BATCH);
      let gone = 0;
      for (const draft of drafts) {
        const done = await inTransaction(ctx.store, async (tx) => {
          const counts = await deleteUnsubmittedDraft(tx, draft.id);
          if (!counts) return false;
          await appendAuditEvent(tx, {
            actor: null,
            actorLabel: 'retention',
            action: 'privacy.draft-deleted',
            entityType: 'application',
            entityId: draft.id,
            detail: {
              callId: call.id,
              institutionOrgnr: draft.institutionOrgnr,
              draftDays: call.retention.draftDays,
              retentionEnds: ends.toISOString(),
              ...counts,
            },
            at: now,
          });
          return true;
        });
        if (done) gone += 1;
      }
      deleted += gone;
      if (drafts.length < BATCH || gone === 0) break;
    }
    sweep.calls.push({ callId: call.id, retentionEnds: ends.toISOString(), due, deleted });
    sweep.deleted += deleted;
  }
  return sweep;
}
