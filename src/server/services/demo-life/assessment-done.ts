/**
 * The admin's "assessment done" jump (demo only): the call lives up to a few weeks after its
 * deadline. Idempotent: what is recorded already is left as it is.
 *
 * 1. The synthetic applications (generateCallLife, fixed seed) are submitted *before the
 *    deadline*: when any is missing, the simulated clock is set to the "open" jump's instant, and
 *    intake, if it had closed, opens again (reopenIntakeInDemo). The cases made before stay as they
 *    are, with the officer's work on them, and numbering goes on after them at the next intake.
 * 2. The company register learns the one change that makes the rules' second run find an error.
 * 3. The clock moves to the jump's instant; intake closes; the formal check, assessment and
 *    consensus are recorded through the real services, dated between the deadline and then.
 * Persona cases and persona users are never touched.
 */
import type { UploadInspector } from '../../../documents/inspection/inspection-pool.js';
import { callDeadline, callFormOpens } from '../../../domain/call/call-phase.js';
import type { CallDefinition } from '../../../domain/call/call-schema.js';
import { generateCallLife, type CallLife } from '../../../domain/demo-life/generate-call-life.js';
import { computePhaseJump } from '../../../domain/time/phase-jumps.js';
import type { SimulatedClock } from '../../../platform/clock.js';
import { inTransaction } from '../../../store/create-store.js';
import { appendAuditEvent } from '../../../store/repositories/audit.repository.js';
import {
  listApplicationsCreatedBy,
  listCasesOfApplications,
  putRegisteredCompany,
} from '../../../store/repositories/demo-life.repository.js';
import { findCompany } from '../../../store/repositories/register.repository.js';
import type { AppContext } from '../../context.js';
import { ensureIntake, reopenIntakeInDemo } from '../cases/intake.js';
import {
  assessLifeCase,
  completeLifeFormalCheck,
  type LifeCase,
  type LifeSchedule,
} from './assess-life.js';
import { ensureLifePeople, type LifePeople } from './life-people.js';
import { lifeRegisters } from './life-registers.js';
import { submitLifeApplication, unsubmittedLifeApplications } from './submit-life.js';

/** The demo's life: always the same 40 applications. */
export const DEMO_LIFE = { seed: 'tilskudd-demo-life', size: 40 } as const;

export interface AssessmentDoneResult {
  at: Date;
  submitted: number;
  cases: number;
}

export function demoCallLife(call: CallDefinition): CallLife {
  return generateCallLife({ ...DEMO_LIFE, call, ...lifeRegisters() });
}

function scheduleOf(deadline: Date, until: Date): LifeSchedule {
  const span = until.getTime() - deadline.getTime();
  const at = (share: number) => new Date(deadline.getTime() + Math.round(span * share));
  return {
    formalCheck: at(0.08),
    assignment: at(0.15),
    declaration: at(0.2),
    assessment: (k, n) => at(0.25 + (0.5 * k) / Math.max(1, n)),
    consensus: (k, n) => at(0.8 + (0.15 * k) / Math.max(1, n)),
  };
}

async function applyRegisterChange(ctx: AppContext, life: CallLife, at: Date): Promise<void> {
  const change = life.registerChange;
  if (!change) return;
  const known = await findCompany(ctx.store.db, change.orgnr);
  if (known?.industry_code === change.industryCode) return;
  await inTransaction(ctx.store, async (tx) => {
    await putRegisteredCompany(tx, {
      orgnr: change.orgnr,
      name: change.name,
      industry_code: change.industryCode,
      municipality_number: change.municipalityNumber,
      municipality_name: change.municipalityName,
      county_name: change.countyName,
      employees: change.employees,
      bankrupt: 0,
      under_liquidation: 0,
      source: 'demo',
      fetched_at: at.toISOString(),
    });
    await appendAuditEvent(tx, {
      actor: null,
      actorLabel: 'demo life',
      action: 'register.company_updated',
      entityType: 'company',
      entityId: change.orgnr,
      detail: { name: change.name, industryCode: change.industryCode },
      at,
    });
  });
}

async function lifeCasesOf(
  ctx: AppContext,
  call: CallDefinition,
  life: CallLife,
  people: LifePeople,
): Promise<LifeCase[]> {
  const userIds = [...people.applicants.values()].map((p) => p.userId);
  const applications = await listApplicationsCreatedBy(ctx.store.db, call.id, userIds);
  const cases = await listCasesOfApplications(
    ctx.store.db,
    applications.map((a) => a.id),
  );
  return cases.flatMap((row) => {
    const createdBy = applications.find((a) => a.id === row.application_id)?.created_by;
    const application = life.applications.find(
      (a) => people.applicants.get(a.applicant.key)?.userId === createdBy,
    );
    return application ? [{ caseId: row.id, formalResult: row.formal_result, application }] : [];
  });
}

/** One life at a time per process: two admins jumping at once would otherwise both submit. */
const running = new WeakMap<AppContext, Promise<unknown>>();

export async function liveUntilAssessmentDone(
  ctx: AppContext,
  clock: SimulatedClock,
  call: CallDefinition,
  inspector: UploadInspector,
): Promise<AssessmentDoneResult> {
  const earlier = running.get(ctx) ?? Promise.resolve();
  const next = earlier.catch(() => undefined).then(() => live(ctx, clock, call, inspector));
  running.set(ctx, next);
  return next;
}

async function live(
  ctx: AppContext,
  /** ctx.clock itself, known to be simulated (the route checks). */
  clock: SimulatedClock,
  call: CallDefinition,
  inspector: UploadInspector,
): Promise<AssessmentDoneResult> {
  const formOpens = callFormOpens(call);
  const deadline = callDeadline(call);
  const target = computePhaseJump('assessment-done', { formOpens, deadline });
  const life = demoCallLife(call);
  const people = await ensureLifePeople(ctx, life, ctx.clock.now());

  const missing = await unsubmittedLifeApplications(ctx, call, life, people);
  if (missing.length > 0) {
    const before = computePhaseJump('open', { formOpens, deadline });
    await clock.set(before);
    await reopenIntakeInDemo(ctx, before);
    for (const item of missing) await submitLifeApplication(ctx, call, people, inspector, item);
  }
  await applyRegisterChange(ctx, life, ctx.clock.now());

  await clock.set(target);
  await ensureIntake(ctx, call, target);
  const schedule = scheduleOf(deadline, target);
  const cases = await lifeCasesOf(ctx, call, life, people);
  for (const lifeCase of cases) {
    await completeLifeFormalCheck(ctx, people, lifeCase, schedule.formalCheck);
  }
  const assessable = (await lifeCasesOf(ctx, call, life, people)).filter(
    (c) => c.formalResult === 'passed',
  );
  for (const [k, lifeCase] of assessable.entries()) {
    await assessLifeCase(ctx, call, people, lifeCase, schedule, { k, n: assessable.length });
  }
  return { at: target, submitted: missing.length, cases: cases.length };
}
