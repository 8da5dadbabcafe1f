/**
 * Erasure of a person's personal data by an admin, with a reason (GDPR art. 17, docs/adr/0024).
 * The person becomes a tombstone; their sign-in, roles, ties and e-mail to them go; audit events
 * naming them are redacted, each keeping its chained hash beside the hash its redacted body gives,
 * and the erasure's own chained event commits to every redaction by digest, so the trail still
 * verifies and a later edit still shows. What is archived (submissions, receipts, decisions, case
 * records) is kept as it is: arkivlova's duty is the exception art. 17(3)(b) names.
 */
import { randomUUID } from 'node:crypto';
import type { Principal } from '../../../domain/access/roles.js';
import {
  REDACTED,
  redactEvent,
  TOMBSTONE_NAME,
  tombstoneSubject,
  type ErasedPerson,
} from '../../../domain/privacy/redact-event.js';
import { inTransaction } from '../../../store/create-store.js';
import {
  appendAuditEvent,
  hashEvent,
  sealAuditEvents,
} from '../../../store/repositories/audit.repository.js';
import {
  findErasureOf,
  findUserById,
  insertErasure,
  insertRedactions,
  listEventsNaming,
  rewriteEventBody,
  tombstonePerson,
} from '../../../store/repositories/privacy-erasure.repository.js';
import type { AuditRedactionRow } from '../../../store/privacy-tables.js';
import type { AppContext } from '../../context.js';
import { AppError } from '../../errors/catalogue.js';
import { redactionDigest } from './accepted-redactions.js';

const BATCH = 500;

export interface Erasure {
  id: string;
  userId: string;
  erasedAt: string;
  eventsRedacted: number;
  invitations: number;
  outbox: number;
}

export async function erasePerson(
  ctx: Pick<AppContext, 'store' | 'clock'>,
  principal: Principal,
  input: { userId: string; reason: string },
): Promise<Erasure> {
  if (input.userId === principal.userId) throw new AppError('privacy_erase_self');
  // Chain what waits first (PostgreSQL), so every event of the person has its hash to keep.
  await sealAuditEvents(ctx.store.db);
  const now = ctx.clock.now();
  const at = now.toISOString();
  const id = randomUUID();
  return inTransaction(ctx.store, async (tx) => {
    const user = await findUserById(tx, input.userId);
    if (!user) throw new AppError('privacy_person_not_found');
    if (await findErasureOf(tx, user.id)) throw new AppError('privacy_already_erased');
    const person: ErasedPerson = {
      userId: user.id,
      name: user.name,
      email: user.email,
      subject: user.subject,
    };
    const needles = [user.name, user.subject, ...(user.email ? [user.email] : [])];
    const redactions: AuditRedactionRow[] = [];
    let after = Number.MIN_SAFE_INTEGER;
    for (;;) {
      const events = await listEventsNaming(tx, { userId: user.id, needles }, after, BATCH);
      for (const { seq: _, prev_hash, hash, ...body } of events) {
        const change = redactEvent(body, person);
        if (!change) continue;
        await rewriteEventBody(tx, body.id, change);
        redactions.push({
          event_id: body.id,
          erasure_id: id,
          original_hash: hash,
          redacted_hash: hashEvent(prev_hash, { ...body, ...change }),
        });
      }
      const last = events[events.length - 1];
      if (!last || events.length < BATCH) break;
      after = last.seq;
    }
    await insertErasure(tx, {
      id,
      user_id: user.id,
      erased_at: at,
      erased_by: principal.userId,
      reason: input.reason,
      events_redacted: redactions.length,
    });
    await insertRedactions(tx, redactions);
    const removed = await tombstonePerson(
      tx,
      { id: user.id, email: user.email },
      {
        name: TOMBSTONE_NAME,
        subject: tombstoneSubject(user.id),
        address: `erased-${user.id}@erased.invalid`,
        redacted: REDACTED,
      },
      { userId: principal.userId, at },
    );
    await appendAuditEvent(tx, {
      actor: principal,
      action: 'privacy.person-erased',
      entityType: 'privacy_erasure',
      entityId: id,
      detail: {
        userId: user.id,
        reason: input.reason,
        eventsRedacted: redactions.length,
        redactionDigest: redactionDigest(redactions),
        ...removed,
      },
      at: now,
    });
    return {
      id,
      userId: user.id,
      erasedAt: at,
      eventsRedacted: redactions.length,
      invitations: removed.invitations,
      outbox: removed.outbox,
    };
  });
}
