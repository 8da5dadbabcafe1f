/**
 * R32 with GDPR arts. 15 and 17 on both databases (docs/adr/0024): retention deletes drafts never
 * submitted after the call's days, as a durable job on the one clock, and leaves submitted
 * applications and a verifying chain; a person downloads their own data and nobody else's; an
 * admin erases a person, who becomes a tombstone, and the audit trail still verifies, while an
 * edit made afterwards is still caught.
 */
import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  authHeaders,
  createCompleteApplication,
  createDraft,
  NTNU,
  submit,
} from '../../../../test/helpers/applications.js';
import { describeEachDialect } from '../../../../test/helpers/dialects.js';
import { createTestApp, type TestApp } from '../../../../test/helpers/test-app.js';
import { DEV_IDP_SUBJECT_PREFIX } from '../../../platform/seed-demo-data.js';
import { findUserBySubject } from '../../../store/repositories/users.repository.js';
import { createJobRunner } from '../../jobs/job-runner.js';
import { inspectAuditTrail, runAuditVerification } from '../../services/audit/verify-chain.js';
import { queueRetentionSweep, retentionJob } from '../../services/privacy/retention-job.js';
import type { ErasureAnswer, PeopleList } from './schema.js';

const silentLog = { warn: () => undefined, error: () => undefined };
const AUDIT_KEY = `k1:${randomBytes(32).toString('base64')}`;

describeEachDialect('privacy', (dialect) => {
  let t: TestApp;
  const deps = () => ({ config: t.ctx.config, store: t.db.store });
  const applicationExists = async (id: string) =>
    (await t.db.store.db.selectFrom('application').select('id').where('id', '=', id).execute())
      .length === 1;
  const userOf = async (persona: string) => {
    const user = await findUserBySubject(t.db.store.db, `${DEV_IDP_SUBJECT_PREFIX}${persona}`);
    if (!user) throw new Error(`no ${persona}`);
    return user;
  };

  beforeAll(async () => {
    t = await createTestApp(dialect, { env: { TILSKUDD_AUDIT_KEY: AUDIT_KEY } });
  });
  afterAll(async () => {
    await t?.close();
  });

  describe('retention', () => {
    it('R32: the retention job deletes drafts only from the day the call sets, never a submitted application, and the chain verifies', async () => {
      await t.clock.set(new Date('2021-09-13T07:00:00Z'));
      const draft = await createDraft(t, 'applicant-ntnu-2');
      const submitted = await createCompleteApplication(t, 'applicant-ntnu-2');
      expect((await submit(t, submitted, 'retention-1', 'applicant-ntnu-2')).statusCode).toBe(201);
      const jobs = createJobRunner({
        store: t.db.store,
        handlers: [retentionJob(t.ctx, silentLog)],
        log: silentLog,
      });

      // Deadline 15 Sept 2021 (Oslo), 90 days: due from 14 Dec 2021 00:00 Oslo (23:00 UTC).
      await t.clock.set(new Date('2021-12-13T22:59:59Z'), { frozen: true });
      expect(await queueRetentionSweep(t.db.store)).toBe(true);
      expect(await queueRetentionSweep(t.db.store)).toBe(false);
      expect(await jobs.runDue()).toBe(1);
      expect(await applicationExists(draft)).toBe(true);

      await t.clock.set(new Date('2021-12-13T23:00:00Z'), { frozen: true });
      await queueRetentionSweep(t.db.store);
      expect(await jobs.runDue()).toBe(1);
      expect(await applicationExists(draft)).toBe(false);
      expect(await applicationExists(submitted)).toBe(true);
      const left = await t.db.store.db
        .selectFrom('application_section_version')
        .select('application_id')
        .where('application_id', '=', draft)
        .execute();
      expect(left).toEqual([]);
      const events = await t.db.store.db
        .selectFrom('audit_event')
        .select(['action', 'detail'])
        .where('entity_id', '=', draft)
        .orderBy('seq')
        .execute();
      expect(events.map((e) => e.action)).toContain('application.created');
      expect(events.at(-1)?.action).toBe('privacy.draft-deleted');
      const { report } = await inspectAuditTrail(deps());
      expect(report.ok, JSON.stringify(report.firstBroken)).toBe(true);
      await t.clock.set(new Date('2021-09-13T07:00:00Z'));
    });
  });

  describe('download (art. 15)', () => {
    it('R32: a signed-in person downloads their own personal data, and only theirs', async () => {
      const id = await createDraft(t, 'applicant-ntnu');
      const invited = await t.app.inject({
        method: 'POST',
        url: `/api/institutions/${NTNU}/invitations`,
        headers: await authHeaders(t, 'applicant-ntnu'),
        payload: { email: 'ola.ny@ntnu.example' },
      });
      expect(invited.statusCode, invited.body).toBe(201);
      const res = await t.app.inject({
        method: 'GET',
        url: '/api/me/personal-data',
        headers: await authHeaders(t, 'applicant-ntnu'),
      });
      expect(res.statusCode, res.body).toBe(200);
      expect(res.headers['content-disposition']).toMatch(
        /^attachment; filename="personopplysninger-/,
      );
      const data = res.json<{
        profile: { id: string; name: string };
        roles: { role: string; institutionOrgnr: string }[];
        invitations: { email: string; invitedByYou: boolean }[];
        auditEvents: { action: string; entityId: string }[];
      }>();
      const me = await userOf('applicant-ntnu');
      expect(data.profile).toMatchObject({ id: me.id, name: me.name });
      expect(data.roles).toContainEqual(
        expect.objectContaining({ role: 'applicant', institutionOrgnr: NTNU }),
      );
      expect(data.invitations).toContainEqual(
        expect.objectContaining({ email: 'ola.ny@ntnu.example', invitedByYou: true }),
      );
      expect(data.auditEvents).toContainEqual(
        expect.objectContaining({ action: 'application.created', entityId: id }),
      );
      // Another person's download holds nothing of this one's.
      const other = await t.app.inject({
        method: 'GET',
        url: '/api/me/personal-data',
        headers: await authHeaders(t, 'officer'),
      });
      expect(other.statusCode).toBe(200);
      expect(other.body).not.toContain(me.id);
      expect(other.body).not.toContain('ola.ny@ntnu.example');
      const anonymous = await t.app.inject({ method: 'GET', url: '/api/me/personal-data' });
      expect(anonymous.statusCode).toBe(401);
    });
  });

  describe('erasure (art. 17)', () => {
    const erase = async (id: string, persona: string, payload: unknown) =>
      t.app.inject({
        method: 'POST',
        url: `/api/admin/people/${id}/erasure`,
        headers: await authHeaders(t, persona),
        payload: payload as object,
      });

    it('R32: only an admin erases, with a reason, and never themselves', async () => {
      const target = await userOf('colleague-ntnu');
      expect(
        (await erase(target.id, 'officer', { reason: 'Asked by e-mail 1 Dec' })).statusCode,
      ).toBe(403);
      expect(
        (await erase(target.id, 'applicant-ntnu', { reason: 'Asked by e-mail 1 Dec' })).statusCode,
      ).toBe(403);
      const short = await erase(target.id, 'admin', { reason: 'no' });
      expect(short.statusCode).toBe(422);
      expect(short.body).toContain('reason');
      const admin = await userOf('admin');
      const self = await erase(admin.id, 'admin', { reason: 'Testing self-erasure' });
      expect(self.statusCode).toBe(409);
      expect(self.json<{ code: string }>().code).toBe('privacy_erase_self');
      const unknown = await erase('00000000-0000-4000-8000-00000000abcd', 'admin', {
        reason: 'Asked by e-mail 1 Dec',
      });
      expect(unknown.statusCode).toBe(404);
      expect((await findUserBySubject(t.db.store.db, target.subject))?.name).toBe(target.name);
    });

    it('R32: an erased person becomes a tombstone, archived submissions stay, and the chain still verifies; an edit afterwards is caught', async () => {
      const person = await userOf('applicant-ntnu-2');
      const token = await t.tokenFor('applicant-ntnu-2');
      const snapshotsBefore = await t.db.store.db
        .selectFrom('submission')
        .select(['id', 'snapshot'])
        .where('submitted_by', '=', person.id)
        .execute();
      expect(snapshotsBefore.length).toBeGreaterThan(0);
      const named = await t.db.store.db
        .selectFrom('audit_event')
        .select('id')
        .where('actor_user_id', '=', person.id)
        .execute();
      expect(named.length).toBeGreaterThan(3);

      const res = await erase(person.id, 'admin', {
        reason: 'Their request of 1 December, case 21/123',
      });
      expect(res.statusCode, res.body).toBe(201);
      const erased = res.json<ErasureAnswer>();
      expect(erased.eventsRedacted).toBeGreaterThanOrEqual(named.length);

      const tomb = await t.db.store.db
        .selectFrom('app_user')
        .selectAll()
        .where('id', '=', person.id)
        .executeTakeFirstOrThrow();
      expect(tomb).toMatchObject({
        name: 'Slettet person',
        email: null,
        subject: `erased|${person.id}`,
      });
      const stillNamed = await t.db.store.db
        .selectFrom('audit_event')
        .select('id')
        .where((eb) =>
          eb.or([eb('actor_label', '=', person.name), eb('detail', 'like', `%${person.name}%`)]),
        )
        .execute();
      expect(stillNamed).toEqual([]);
      // The token is gone: the person cannot act any more.
      const after = await t.app.inject({
        method: 'GET',
        url: '/api/me/personal-data',
        headers: { authorization: `Bearer ${token}` },
      });
      expect(after.statusCode).toBe(401);
      // Archive material is untouched.
      const snapshotsAfter = await t.db.store.db
        .selectFrom('submission')
        .select(['id', 'snapshot'])
        .where('submitted_by', '=', person.id)
        .execute();
      expect(snapshotsAfter).toEqual(snapshotsBefore);

      const verified = await runAuditVerification(deps(), { principal: null, label: 'test' });
      expect(verified.report.ok, JSON.stringify(verified.report.firstBroken)).toBe(true);

      const again = await erase(person.id, 'admin', { reason: 'Their request of 1 December' });
      expect(again.statusCode).toBe(409);
      const people = await t.app.inject({
        method: 'GET',
        url: '/api/admin/people',
        headers: await authHeaders(t, 'admin'),
      });
      expect(people.json<PeopleList>().people.find((p) => p.id === person.id)?.erasedAt).toBe(
        erased.erasedAt,
      );

      // A redacted event edited afterwards, and its redaction record made to match, is caught.
      const redacted = await t.db.store.db
        .selectFrom('audit_redaction')
        .innerJoin('audit_event', 'audit_event.id', 'audit_redaction.event_id')
        .select(['audit_event.id', 'audit_event.seq', 'audit_event.detail'])
        .where('erasure_id', '=', erased.id)
        .orderBy('audit_event.seq')
        .executeTakeFirstOrThrow();
      await t.db.store.db
        .updateTable('audit_event')
        .set({ detail: redacted.detail.replace('}', ',"forged":true}') })
        .where('id', '=', redacted.id)
        .execute();
      const tampered = await inspectAuditTrail(deps());
      expect(tampered.report.ok).toBe(false);
      expect(tampered.report.firstBroken).toMatchObject({
        kind: 'edited',
        seq: Number(redacted.seq),
      });
      await t.db.store.db
        .updateTable('audit_event')
        .set({ detail: redacted.detail })
        .where('id', '=', redacted.id)
        .execute();
      expect((await inspectAuditTrail(deps())).report.ok).toBe(true);
      await t.db.store.db
        .updateTable('audit_redaction')
        .set({ redacted_hash: '0'.repeat(64) })
        .where('event_id', '=', redacted.id)
        .execute();
      expect((await inspectAuditTrail(deps())).report.ok).toBe(false);
    });
  });
});
