import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { callDeadline, callFormOpens } from '../../../domain/call/call-phase.js';
import {
  computePhaseJump,
  phaseJumpIds,
  type PhaseJumpId,
} from '../../../domain/time/phase-jumps.js';
import { SimulatedClock } from '../../../platform/clock.js';
import type { AppContext } from '../../context.js';
import { AppError } from '../../errors/catalogue.js';
import { recordAuditEvent } from '../../../store/repositories/audit.repository.js';
import { reopenIntakeInDemo } from '../../services/cases/intake.js';
import { liveUntilAssessmentDone } from '../../services/demo-life/assessment-done.js';
import { liveUntilDecisionsIssued } from '../../services/demo-life/decisions-issued.js';
import { createInspectionPool } from '../../../documents/inspection/inspection-pool.js';
import { clockAnswerSchema, setClockBodySchema } from './schema.js';

export function registerClockRoutes(app: FastifyInstance, ctx: AppContext): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  // The demo life's uploads are inspected like anyone's; the pool starts at the first upload.
  const inspector = createInspectionPool({
    size: 1,
    budgetMs: ctx.config.inspection.budgetMs,
    memoryMb: ctx.config.inspection.memoryMb,
    maxWaiting: ctx.config.inspection.maxWaiting,
    onStopped: (why) => app.log.warn({ why }, 'demo life inspection stopped; worker replaced'),
  });
  app.addHook('onClose', () => inspector.close());

  const answer = () => ({
    now: ctx.clock.now().toISOString(),
    simulated: ctx.clock.simulated,
    jumps: ctx.clock.simulated
      ? ctx.calls.flatMap((call) =>
          phaseJumpIds.map((id) => ({
            callId: call.id,
            id,
            at: computePhaseJump(id, {
              formOpens: callFormOpens(call),
              deadline: callDeadline(call),
            }).toISOString(),
          })),
        )
      : [],
  });

  r.get(
    '/api/clock',
    {
      config: { action: 'clock.read' },
      schema: {
        tags: ['clock'],
        summary: "The server's clock, and in demo mode the phase jumps",
        response: { 200: clockAnswerSchema },
      },
    },
    async () => answer(),
  );

  r.post(
    '/api/admin/clock',
    {
      config: { action: 'clock.set' },
      schema: {
        tags: ['clock'],
        summary: 'Set the simulated clock (demo mode, admin)',
        body: setClockBodySchema,
        response: { 200: clockAnswerSchema },
      },
    },
    async (request) => {
      const clock = ctx.clock;
      if (!(clock instanceof SimulatedClock)) throw new AppError('demo_only');
      const body = request.body;
      let target: Date;
      if ('at' in body) {
        target = new Date(body.at);
      } else {
        const call = ctx.calls.find((c) => c.id === body.callId);
        if (!call) throw new AppError('call_not_found');
        target = computePhaseJump(body.phase as PhaseJumpId, {
          formOpens: callFormOpens(call),
          deadline: callDeadline(call),
        });
      }
      const before = clock.now();
      if ('phase' in body && body.phase === 'assessment-done') {
        // The call lives up to this phase: synthetic cases submitted, assessed and agreed on.
        const call = ctx.calls.find((c) => c.id === body.callId);
        if (!call) throw new AppError('call_not_found');
        await liveUntilAssessmentDone(ctx, clock, call, inspector);
      } else if ('phase' in body && body.phase === 'decisions-issued') {
        // Then allocated, decided by two synthetic people, issued, and one klage filed.
        const call = ctx.calls.find((c) => c.id === body.callId);
        if (!call) throw new AppError('call_not_found');
        await liveUntilDecisionsIssued(ctx, clock, call, inspector);
      } else {
        await clock.set(target);
        await reopenIntakeInDemo(ctx, target);
      }
      await recordAuditEvent(ctx.store.db, {
        actor: request.principal,
        action: 'clock.set',
        entityType: 'clock',
        entityId: 'simulated',
        detail: { from: before.toISOString(), to: target.toISOString() },
        at: new Date(),
      });
      return answer();
    },
  );
}
