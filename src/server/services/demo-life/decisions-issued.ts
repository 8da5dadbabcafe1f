/**
 * The admin's "decisions issued" jump (demo only): after the assessment-done jump, a synthetic
 * officer proposes the rank-order (greedy) allocation and a synthetic leader approves it; the
 * officer prepares the decisions, the leader approves them (four eyes) and they are issued, so
 * letters of both tracks sit in the mailbox; one private institution's synthetic applicant files a
 * klage. Everything goes through the real services. Idempotent: what is recorded already stays,
 * and persona users' drafts and approvals are left to them.
 */
import type { Principal } from '../../../domain/access/roles.js';
import { callDeadline, callFormOpens } from '../../../domain/call/call-phase.js';
import type { CallDefinition } from '../../../domain/call/call-schema.js';
import { computePhaseJump } from '../../../domain/time/phase-jumps.js';
import type { UploadInspector } from '../../../documents/inspection/inspection-pool.js';
import type { SimulatedClock } from '../../../platform/clock.js';
import { listScenarios } from '../../../store/repositories/allocation.repository.js';
import { listAppeals } from '../../../store/repositories/appeals.repository.js';
import { listDecisions } from '../../../store/repositories/decisions.repository.js';
import { findApplication } from '../../../store/repositories/applications.repository.js';
import { loadPrincipal } from '../../../store/repositories/users.repository.js';
import type { AppContext } from '../../context.js';
import { createScenario } from '../allocation/create-scenario.js';
import { approveScenario, proposeScenario } from '../allocation/move-scenario.js';
import { approveDecisions } from '../decisions/approve-decision.js';
import { fileAppeal } from '../decisions/file-appeal.js';
import { issueDecision } from '../decisions/issue-decisions.js';
import { prepareDecisionsNow } from '../decisions/prepare-decisions.js';
import { demoCallLife, liveUntilAssessmentDone } from './assessment-done.js';
import { DEMO_LIFE_SUBJECT_PREFIX, ensureLifePeople, ensureUser } from './life-people.js';

export interface DecisionsIssuedResult {
  at: Date;
  issued: number;
  appeals: number;
}

const LEADER = { key: 'leader', name: 'Kristin Aas', email: 'kristin.aas@tilskudd.example' };

async function ensureApprovedAllocation(
  ctx: AppContext,
  call: CallDefinition,
  officer: Principal,
  leader: Principal,
): Promise<void> {
  const scenarios = await listScenarios(ctx.store.db, call.id);
  if (scenarios.some((s) => s.state === 'approved')) return;
  const at = () => ctx.clock.now();
  const scenario = await createScenario(
    ctx,
    officer,
    call,
    { name: 'Rangering (demo)', from: 'greedy' },
    'nb',
    at(),
  );
  const move = { scenarioId: scenario.id, locale: 'nb' as const };
  await proposeScenario(ctx, officer, { ...move, comment: 'Til godkjenning', at: at() });
  await approveScenario(ctx, leader, { ...move, comment: 'Godkjent', at: at() });
}

/** The applicant of a synthetic, private institution's issued enkeltvedtak files a klage. */
async function fileOneAppeal(ctx: AppContext, call: CallDefinition): Promise<number> {
  const db = ctx.store.db;
  if ((await listAppeals(db, call.id)).length > 0) return 0;
  const candidates = (await listDecisions(db, call.id)).filter(
    (d) => d.state === 'issued' && d.track === 'enkeltvedtak' && d.kind !== 'reserve',
  );
  // A refusal or a reduction is what a party appeals against; a full grant only if none is left.
  candidates.sort((a, b) => Number(a.kind === 'innvilget') - Number(b.kind === 'innvilget'));
  for (const decision of candidates) {
    const application = await findApplication(db, decision.application_id);
    const applicant = application ? await loadPrincipal(db, application.created_by) : undefined;
    const subject = await db
      .selectFrom('app_user')
      .select('subject')
      .where('id', '=', application?.created_by ?? '')
      .executeTakeFirst();
    if (!applicant || !subject?.subject.startsWith(DEMO_LIFE_SUBJECT_PREFIX)) continue;
    await fileAppeal(
      ctx,
      applicant,
      decision.application_id,
      {
        text:
          'Vi klager på vedtaket. Vi mener at behovet i klyngen og samarbeidet med ' +
          'virksomhetene ikke er vurdert riktig, og ber om at saken vurderes på nytt.',
      },
      'nb',
      ctx.clock.now(),
    );
    return 1;
  }
  return 0;
}

export async function liveUntilDecisionsIssued(
  ctx: AppContext,
  clock: SimulatedClock,
  call: CallDefinition,
  inspector: UploadInspector,
): Promise<DecisionsIssuedResult> {
  await liveUntilAssessmentDone(ctx, clock, call, inspector);
  const target = computePhaseJump('decisions-issued', {
    formOpens: callFormOpens(call),
    deadline: callDeadline(call),
  });
  if (clock.now().getTime() < target.getTime()) await clock.set(target);
  const people = await ensureLifePeople(ctx, demoCallLife(call), ctx.clock.now());
  const officer = people.officer;
  const leader = await ensureUser(
    ctx,
    LEADER,
    [{ role: 'leader', institutionOrgnr: null }],
    ctx.clock.now(),
  );
  await ensureApprovedAllocation(ctx, call, officer, leader);
  await prepareDecisionsNow(ctx, officer, call);
  const drafted = (await listDecisions(ctx.store.db, call.id)).filter(
    (d) => d.state === 'drafted' && d.drafted_by === officer.userId,
  );
  await approveDecisions(
    ctx,
    leader,
    call,
    drafted.map((d) => d.id),
    'nb',
    ctx.clock.now(),
  );
  const approved = (await listDecisions(ctx.store.db, call.id)).filter(
    (d) => d.state === 'approved' && d.approved_by === leader.userId,
  );
  for (const d of approved) await issueDecision(ctx, officer, call, d.id);
  const appeals = await fileOneAppeal(ctx, call);
  return { at: target, issued: approved.length, appeals };
}
