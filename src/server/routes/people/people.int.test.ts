/**
 * Colleagues: an applicant invites a colleague by e-mail, sees who has access, revokes; the
 * invitee signs in through the real code flow and is let in. Refusals name the field and store
 * nothing.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { osloWallTimeToInstant } from '../../../domain/time/oslo.js';
import type { SimulatedClock } from '../../../platform/clock.js';
import { DEV_IDP_SUBJECT_PREFIX, seedDemoData } from '../../../platform/seed-demo-data.js';
import { verifyAuditChain } from '../../../store/repositories/audit.repository.js';
import { createApiToken } from '../../../store/repositories/sessions.repository.js';
import { findUserBySubject, loadPrincipal } from '../../../store/repositories/users.repository.js';
import { authHeaders, KRISTIANIA, NTNU } from '../../../../test/helpers/applications.js';
import { describeEachDialect } from '../../../../test/helpers/dialects.js';
import { createTestApp, type TestApp } from '../../../../test/helpers/test-app.js';
import {
  browserFetch,
  signIn,
  startTestServer,
  TEST_CLOCK_START,
  type TestServer,
} from '../../../../test/helpers/test-server.js';

const OPEN = osloWallTimeToInstant('2021-09-13T09:00');
const MARTE = 'marte.solberg@ntnu.example';
const DAY = 24 * 60 * 60 * 1000;

interface PeopleAnswer {
  institution: { orgnr: string; name: string };
  people: { name: string; email: string | null; since: string; you: boolean }[];
  invitations: {
    id: string;
    email: string;
    invitedBy: { name: string };
    createdAt: string;
    expiresAt: string;
  }[];
}

describeEachDialect('people and invitations API', (dialect) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp(dialect, { now: OPEN });
  });
  afterAll(async () => {
    await t.close();
  });
  beforeEach(async () => {
    await t.clock.set(OPEN);
    await t.db.store.db.deleteFrom('invitation').execute();
  });

  async function invite(email: string, persona = 'applicant-ntnu', orgnr = NTNU, lang = 'nb') {
    return t.app.inject({
      method: 'POST',
      url: `/api/institutions/${orgnr}/invitations`,
      headers: { ...(await authHeaders(t, persona)), 'accept-language': lang },
      payload: { email },
    });
  }

  async function people(persona = 'applicant-ntnu', orgnr = NTNU) {
    return t.app.inject({
      url: `/api/institutions/${orgnr}/people`,
      headers: await authHeaders(t, persona),
    });
  }

  async function revoke(id: string, persona = 'applicant-ntnu', orgnr = NTNU) {
    return t.app.inject({
      method: 'DELETE',
      url: `/api/institutions/${orgnr}/invitations/${id}`,
      headers: await authHeaders(t, persona),
    });
  }

  async function storedInvitations() {
    return t.db.store.db.selectFrom('invitation').selectAll().execute();
  }

  async function auditOf(entityId: string): Promise<string[]> {
    const rows = await t.db.store.db
      .selectFrom('audit_event')
      .select('action')
      .where('entity_id', '=', entityId)
      .orderBy('seq')
      .execute();
    return rows.map((r) => r.action);
  }

  it('invites a colleague: the address is stored trimmed and lower-cased, expiring in 14 days, audited', async () => {
    const res = await invite('  Marte.Solberg@NTNU.example ');
    expect(res.statusCode, res.body).toBe(201);
    const created = res.json<PeopleAnswer['invitations'][number]>();
    expect(created).toMatchObject({ email: MARTE, invitedBy: { name: 'Kari Nordmann' } });
    // The simulated clock runs on in real time from OPEN.
    expect(Date.parse(created.createdAt) - OPEN.getTime()).toBeLessThan(60_000);
    expect(Date.parse(created.expiresAt) - Date.parse(created.createdAt)).toBe(14 * DAY);
    const [row] = await storedInvitations();
    expect(row).toMatchObject({ id: created.id, institution_orgnr: NTNU, email: MARTE });
    expect(await auditOf(created.id)).toEqual(['invitation.created']);
  });

  it('lists the people with access and the open invitations', async () => {
    await invite(MARTE);
    const res = await people('applicant-ntnu-2');
    expect(res.statusCode, res.body).toBe(200);
    const view = res.json<PeopleAnswer>();
    expect(view.institution.orgnr).toBe(NTNU);
    expect(view.people.map((p) => [p.name, p.email, p.you])).toEqual([
      ['Kari Nordmann', 'kari.nordmann@ntnu.example', false],
      ['Ola Haugen', 'ola.haugen@ntnu.example', true],
    ]);
    expect(view.people.every((p) => !Number.isNaN(Date.parse(p.since)))).toBe(true);
    expect(view.invitations).toEqual([
      expect.objectContaining({ email: MARTE, invitedBy: { name: 'Kari Nordmann' } }),
    ]);
  });

  it('refuses a second open invitation of the same address, in any case, next to the field', async () => {
    expect((await invite(MARTE)).statusCode).toBe(201);
    const res = await invite('MARTE.solberg@ntnu.example', 'applicant-ntnu-2', NTNU, 'nn');
    expect(res.statusCode).toBe(409);
    expect(res.headers['content-type']).toContain('application/problem+json');
    expect(res.json()).toMatchObject({
      code: 'invitation_exists',
      title: 'Denne e-postadressa er alt invitert',
      errors: [{ path: 'email', message: expect.stringContaining('alt ein open invitasjon') }],
    });
    expect(await storedInvitations()).toHaveLength(1);
  });

  it('refuses to invite someone who already has access', async () => {
    const res = await invite('Ola.Haugen@ntnu.example', 'applicant-ntnu', NTNU, 'en');
    expect(res.statusCode).toBe(409);
    expect(res.json()).toMatchObject({
      code: 'already_has_access',
      errors: [
        {
          path: 'email',
          message: 'The person with this e-mail address already has access to the institution.',
        },
      ],
    });
    expect(await storedInvitations()).toHaveLength(0);
  });

  it('refuses a malformed address, naming the field in the user language, and stores nothing', async () => {
    for (const email of ['marte.solberg@', 'marte solberg@ntnu.no', 'marte@ntnu', '', 'a@b..no']) {
      const res = await invite(email, 'applicant-ntnu', NTNU, 'nb');
      expect(res.statusCode, email).toBe(422);
      expect(res.json(), email).toMatchObject({
        code: 'validation_failed',
        title: 'Noen felt må rettes',
        errors: [
          {
            path: 'email',
            message: 'Skriv en gyldig e-postadresse, for eksempel kari.nordmann@ntnu.no',
          },
        ],
      });
    }
    const missing = await t.app.inject({
      method: 'POST',
      url: `/api/institutions/${NTNU}/invitations`,
      headers: { ...(await authHeaders(t, 'applicant-ntnu')), 'accept-language': 'en' },
      payload: { email: MARTE, role: 'admin' },
    });
    expect(missing.statusCode).toBe(422);
    expect(missing.json<{ errors: { path: string }[] }>().errors[0]?.path).toBe('(body)');
    expect(await storedInvitations()).toHaveLength(0);
  });

  it("refuses another institution's applicant as if the institution were not there", async () => {
    const created = (await invite(MARTE)).json<{ id: string }>();
    const read = await people('applicant-kristiania', NTNU);
    expect(read.statusCode).toBe(404);
    expect(read.json()).toMatchObject({ code: 'institution_not_found' });
    const invited = await invite('someone@ntnu.example', 'applicant-kristiania', NTNU);
    expect(invited.statusCode).toBe(404);
    expect((await revoke(created.id, 'applicant-kristiania', NTNU)).statusCode).toBe(404);
    // Through their own institution's path, NTNU's invitation is not theirs to find either.
    const sideways = await revoke(created.id, 'applicant-kristiania', KRISTIANIA);
    expect(sideways.statusCode).toBe(404);
    expect(sideways.json()).toMatchObject({ code: 'invitation_not_found' });
    const rows = await storedInvitations();
    expect(rows).toHaveLength(1);
    expect(rows[0]?.revoked_at).toBeNull();
    // Staff without an applicant role are refused by the policy.
    expect((await people('officer', NTNU)).statusCode).toBe(403);
  });

  it('revokes an open invitation once; it leaves the list and the change is audited', async () => {
    const created = (await invite(MARTE)).json<{ id: string }>();
    const res = await revoke(created.id, 'applicant-ntnu-2');
    expect(res.statusCode, res.body).toBe(204);
    expect((await people()).json<PeopleAnswer>().invitations).toEqual([]);
    const again = await revoke(created.id);
    expect(again.statusCode).toBe(409);
    expect(again.json()).toMatchObject({ code: 'invitation_not_open' });
    expect((await revoke('00000000-0000-4000-8000-00000000abcd')).statusCode).toBe(404);
    expect(await auditOf(created.id)).toEqual(['invitation.created', 'invitation.revoked']);
    // Revoked, the address may be invited again.
    expect((await invite(MARTE)).statusCode).toBe(201);
  });

  it('an expired invitation leaves the list and may be sent again', async () => {
    const first = (await invite(MARTE)).json<{ id: string }>();
    await t.clock.set(new Date(OPEN.getTime() + 15 * DAY));
    expect((await people()).json<PeopleAnswer>().invitations).toEqual([]);
    expect((await revoke(first.id)).statusCode).toBe(409);
    expect((await invite(MARTE)).statusCode).toBe(201);
  });

  it('keeps the audit chain intact', async () => {
    expect(await verifyAuditChain(t.db.store.db)).toMatchObject({ ok: true });
  });
});

describeEachDialect('accepting an invitation at sign-in', (dialect) => {
  let s: TestServer;
  let kari: Record<string, string>;
  let draftId = '';
  beforeAll(async () => {
    s = await startTestServer(dialect);
    const user = await findUserBySubject(s.ctx.store.db, `${DEV_IDP_SUBJECT_PREFIX}applicant-ntnu`);
    const { token } = await createApiToken(
      s.ctx.store.db,
      { userId: user?.id ?? '', label: 'test', ttlMinutes: 60 },
      new Date(),
    );
    kari = { authorization: `Bearer ${token}`, 'content-type': 'application/json' };
    const draft = await fetch(`${s.baseUrl}/api/applications`, {
      method: 'POST',
      headers: kari,
      body: JSON.stringify({
        callId: 'kompetanseloft-industriklynger-2021',
        institutionOrgnr: NTNU,
      }),
    });
    expect(draft.status).toBe(201);
    draftId = ((await draft.json()) as { id: string }).id;
  });
  afterAll(async () => {
    await s?.close();
  });

  async function inviteMarte(email = MARTE): Promise<string> {
    const res = await fetch(`${s.baseUrl}/api/institutions/${NTNU}/invitations`, {
      method: 'POST',
      headers: kari,
      body: JSON.stringify({ email }),
    });
    expect(res.status, await res.clone().text()).toBe(201);
    return ((await res.json()) as { id: string }).id;
  }

  async function marte() {
    const user = await findUserBySubject(s.ctx.store.db, `${DEV_IDP_SUBJECT_PREFIX}colleague-ntnu`);
    if (!user) throw new Error('colleague-ntnu is not seeded');
    return user;
  }

  async function invitation(id: string) {
    return s.ctx.store.db
      .selectFrom('invitation')
      .selectAll()
      .where('id', '=', id)
      .executeTakeFirstOrThrow();
  }

  describe('in order', () => {
    let revokedId = '';
    let expiredId = '';

    it('a revoked or expired invitation is not accepted', async () => {
      revokedId = await inviteMarte();
      const revoked = await fetch(
        `${s.baseUrl}/api/institutions/${NTNU}/invitations/${revokedId}`,
        {
          method: 'DELETE',
          headers: { authorization: kari.authorization ?? '' },
        },
      );
      expect(revoked.status).toBe(204);
      expiredId = await inviteMarte();
      await (s.ctx.clock as SimulatedClock).set(new Date(TEST_CLOCK_START.getTime() + 15 * DAY));
      const { callback } = await signIn(s.baseUrl, 'colleague-ntnu');
      expect(callback.status).toBe(303);
      expect((await loadPrincipal(s.ctx.store.db, (await marte()).id))?.roles).toEqual([]);
      expect((await invitation(revokedId)).accepted_at).toBeNull();
      expect((await invitation(expiredId)).accepted_at).toBeNull();
    });

    it('an open invitation is accepted at sign-in: the invitee sees the institution’s applications', async () => {
      // The clock stays 15 days on: the earlier invitation has expired, this one is new.
      const openId = await inviteMarte('Marte.Solberg@NTNU.example');

      const { jar, callback } = await signIn(s.baseUrl, 'colleague-ntnu');
      expect(callback.status).toBe(303);
      const json = { accept: 'application/json' };
      const session = (await (
        await browserFetch(jar, `${s.baseUrl}/api/session`, { headers: json })
      ).json()) as { roles: { role: string; institution: { orgnr: string } | null }[] };
      expect(session.roles).toEqual([
        { role: 'applicant', institution: expect.objectContaining({ orgnr: NTNU }) },
      ]);
      const list = await browserFetch(jar, `${s.baseUrl}/api/applications`, { headers: json });
      expect(list.status).toBe(200);
      const ids = ((await list.json()) as { id: string }[]).map((a) => a.id);
      expect(ids).toContain(draftId);

      const accepted = await invitation(openId);
      expect(accepted.accepted_by).toBe((await marte()).id);
      expect(Date.parse(accepted.accepted_at ?? '')).toBeGreaterThan(
        TEST_CLOCK_START.getTime() + 15 * DAY - 1,
      );
      const events = await s.ctx.store.db
        .selectFrom('audit_event')
        .select(['action', 'actor_user_id'])
        .where('entity_id', '=', openId)
        .orderBy('seq')
        .execute();
      expect(events.map((e) => e.action)).toEqual(['invitation.created', 'invitation.accepted']);
      expect(events[1]?.actor_user_id).toBe((await marte()).id);

      // The list now shows her; the invitation is gone from it.
      const view = (await (
        await fetch(`${s.baseUrl}/api/institutions/${NTNU}/people`, { headers: kari })
      ).json()) as PeopleAnswer;
      expect(view.people.map((p) => p.name)).toContain('Marte Solberg');
      expect(view.invitations).toEqual([]);
    });

    it('signing in again accepts nothing twice, and a restart’s seeding keeps the granted access', async () => {
      await signIn(s.baseUrl, 'colleague-ntnu');
      const kariId =
        (await findUserBySubject(s.ctx.store.db, `${DEV_IDP_SUBJECT_PREFIX}applicant-ntnu`))?.id ??
        '';
      const kariSince = await s.ctx.store.db
        .selectFrom('user_role')
        .select('granted_at')
        .where('user_id', '=', kariId)
        .executeTakeFirstOrThrow();
      // A grant neither the persona file nor an invitation gave is what seeding still removes.
      await s.ctx.store.db
        .insertInto('user_role')
        .values({
          id: '00000000-0000-4000-8000-0000000000aa',
          user_id: (await marte()).id,
          role: 'officer',
          institution_orgnr: null,
          granted_at: new Date().toISOString(),
        })
        .execute();
      await seedDemoData(s.ctx.store, new Date(Date.now() + DAY));
      const roles = (await loadPrincipal(s.ctx.store.db, (await marte()).id))?.roles;
      expect(roles).toEqual([{ role: 'applicant', institutionOrgnr: NTNU }]);
      // A persona's listed grant is kept as it was, so "access since" does not move on restart.
      const kariAfter = await s.ctx.store.db
        .selectFrom('user_role')
        .select('granted_at')
        .where('user_id', '=', kariId)
        .executeTakeFirstOrThrow();
      expect(kariAfter.granted_at).toBe(kariSince.granted_at);
      const accepted = await s.ctx.store.db
        .selectFrom('audit_event')
        .select('id')
        .where('action', '=', 'invitation.accepted')
        .execute();
      expect(accepted).toHaveLength(1);
      expect(await verifyAuditChain(s.ctx.store.db)).toMatchObject({ ok: true });
    });
  });
});
