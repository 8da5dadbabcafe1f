/**
 * The follow-up sweep, a recurring durable job (`followup.sweep`, ADR 0025): for every issued
 * grant not yet answered it sends the reminder due by the call's days before the acceptance
 * deadline, the warning on the deadline day, and on the first day after it records the lapse
 * (with its date, freeing the money) and tells the grantee. Days are Oslo days of the app's clock,
 * so a simulated clock's jump is followed on the next turn. Each notice is recorded once (its key
 * is unique) in the transaction that queues its e-mails, so a sweep run twice sends nothing twice.
 */
import { noticesDue, type FollowUpNotice } from '../../../domain/followup/acceptance.js';
import type { CallDefinition } from '../../../domain/call/call-schema.js';
import {
  addDays,
  formatOsloDate,
  osloDateOf,
  osloStartOfDay,
  type Locale,
} from '../../../domain/time/oslo.js';
import { inTransaction, type Store } from '../../../store/create-store.js';
import { appendAuditEvent } from '../../../store/repositories/audit.repository.js';
import {
  listInstitutionRecipients,
  listIssuedGrants,
  lockDecision,
  type DecisionListRow,
} from '../../../store/repositories/decisions.repository.js';
import {
  findAcceptance,
  insertAcceptance,
  insertNotice,
  listCallsAwaitingAnswers,
  listNoticesOf,
} from '../../../store/repositories/followup.repository.js';
import { enqueueJob, hasQueuedJob } from '../../../store/repositories/jobs.repository.js';
import type { AppContext } from '../../context.js';
import type { JobHandler, JobLog } from '../../jobs/job-runner.js';
import { composeMail, type MailTemplate } from '../mail/mail-texts.js';
import { queueMail } from '../mail/queue-mail.js';
import { deadlineOf, isGrantInForce } from './grant-facts.js';

export const FOLLOW_UP_JOB_KIND = 'followup.sweep';
/** Wall time between sweeps: an Oslo day's notices go out within this of the day starting. */
export const FOLLOW_UP_SWEEP_MS = 10 * 60_000;

const templates: Record<FollowUpNotice['kind'], MailTemplate> = {
  reminder: 'grant-reminder',
  warning: 'grant-warning',
  lapse: 'grant-lapsed',
};

function formatNok(amount: number, locale: Locale): string {
  const text = new Intl.NumberFormat(locale === 'en' ? 'en-GB' : 'nb-NO').format(amount);
  return locale === 'en' ? `NOK ${text}` : `${text} kr`;
}

async function sendNotice(
  ctx: AppContext,
  call: CallDefinition,
  row: DecisionListRow,
  notice: FollowUpNotice,
  now: Date,
): Promise<boolean> {
  return inTransaction(ctx.store, async (tx) => {
    const decision = await lockDecision(tx, row.id);
    if (!decision || !isGrantInForce(decision)) return false;
    if (await findAcceptance(tx, decision.id)) return false;
    const iso = now.toISOString();
    if (!(await insertNotice(tx, { decision_id: decision.id, notice: notice.key, sent_at: iso }))) {
      return false;
    }
    const deadline = deadlineOf(call, decision);
    const grantNok = decision.grant_nok ?? 0;
    if (notice.kind === 'lapse') {
      await insertAcceptance(tx, {
        decision_id: decision.id,
        call_id: decision.call_id,
        case_id: decision.case_id,
        state: 'lapsed',
        deadline,
        reason: null,
        answered_by: null,
        answered_at: iso,
        freed_nok: grantNok,
      });
    }
    await appendAuditEvent(tx, {
      actor: null,
      actorLabel: 'system',
      action: notice.kind === 'lapse' ? 'grant.lapsed' : `grant.${notice.kind}-sent`,
      entityType: 'decision',
      entityId: decision.id,
      detail: {
        callId: decision.call_id,
        notice: notice.key,
        deadline,
        grantNok,
        on: osloDateOf(now),
      },
      at: now,
    });
    const locale = decision.language as Locale;
    const recipients = await listInstitutionRecipients(tx, decision.institution_orgnr);
    for (const person of recipients) {
      const mail = composeMail(templates[notice.kind], locale, {
        name: person.name,
        institution: decision.institution_name,
        callTitle: call.title[locale],
        caseNumber: decision.case_number,
        amount: formatNok(grantNok, locale),
        deadline: formatOsloDate(osloStartOfDay(deadline), locale),
        lapsedOn: formatOsloDate(now, locale),
        url: `${ctx.config.publicUrl}/applications/${decision.application_id}/receipt`,
      });
      await queueMail(tx, {
        topic: 'grant',
        referenceId: decision.id,
        locale,
        to: person.email,
        ...mail,
      });
    }
    return true;
  });
}

/** One turn over every call with unanswered grants; returns how many notices went out. */
export async function sweepFollowUp(ctx: AppContext, now: Date): Promise<number> {
  let sent = 0;
  const today = osloDateOf(now);
  for (const callId of await listCallsAwaitingAnswers(ctx.store.db)) {
    const call = ctx.calls.find((c) => c.id === callId);
    if (!call) continue;
    for (const row of await listIssuedGrants(ctx.store.db, callId)) {
      if (!isGrantInForce(row) || (await findAcceptance(ctx.store.db, row.id))) continue;
      const notices = noticesDue({
        deadline: deadlineOf(call, row),
        today,
        reminderDaysBefore: call.decision.acceptanceReminderDaysBefore,
        sent: await listNoticesOf(ctx.store.db, row.id),
        minusDays: (date, n) => addDays(date, -n),
      });
      for (const notice of notices) if (await sendNotice(ctx, call, row, notice, now)) sent += 1;
    }
  }
  return sent;
}

/** Queues the first sweep when none waits; every process may call it at start. */
export async function ensureFollowUpSweep(store: Store, wallNow: Date = new Date()): Promise<void> {
  if (await hasQueuedJob(store.db, FOLLOW_UP_JOB_KIND)) return;
  await enqueueJob(store.db, {
    kind: FOLLOW_UP_JOB_KIND,
    payload: {},
    runAfter: wallNow,
    now: wallNow,
  });
}

export function followUpJob(ctx: AppContext, log: JobLog): JobHandler {
  return {
    kind: FOLLOW_UP_JOB_KIND,
    async run(_payload, job) {
      await ctx.clock.sync();
      const sent = await sweepFollowUp(ctx, ctx.clock.now());
      if (sent > 0) log.warn({ jobId: job.id, sent }, 'follow-up notices sent');
      // The next turn, unless another process already queued one.
      if (!(await hasQueuedJob(ctx.store.db, FOLLOW_UP_JOB_KIND, job.id))) {
        const wall = new Date();
        await enqueueJob(ctx.store.db, {
          kind: FOLLOW_UP_JOB_KIND,
          payload: {},
          runAfter: new Date(wall.getTime() + FOLLOW_UP_SWEEP_MS),
          now: wall,
        });
      }
      return { outcome: 'done' };
    },
  };
}
