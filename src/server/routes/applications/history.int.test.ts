import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { osloWallTimeToInstant } from '../../../domain/time/oslo.js';
import { authHeaders, createDraft, saveSection } from '../../../../test/helpers/applications.js';
import { describeEachDialect } from '../../../../test/helpers/dialects.js';
import { createTestApp, type TestApp } from '../../../../test/helpers/test-app.js';

const OPEN = osloWallTimeToInstant('2021-09-13T09:00');
const AFTER_DEADLINE = osloWallTimeToInstant('2021-11-01T09:00');

interface History {
  editable: boolean;
  versions: {
    version: number;
    savedAt: string;
    savedBy: { name: string };
    changedFields: { path: string[]; change: string }[];
  }[];
  nextBefore: number | null;
}

describeEachDialect('section history API', (dialect) => {
  let t: TestApp;
  let id: string;
  // When the server says each save happened (the simulated clock runs on from where it is set).
  const savedAt: string[] = [];
  beforeAll(async () => {
    t = await createTestApp(dialect, { now: OPEN });
    id = await createDraft(t);
    await t.clock.set(OPEN);
    const first = await saveSection(t, id, 'project', { title: 'Sveising', summary: 'Kort' }, 0);
    expect(first.statusCode).toBe(200);
    savedAt.push(first.json<{ updatedAt: string }>().updatedAt);
    await t.clock.set(new Date(OPEN.getTime() + 65_000));
    const second = await saveSection(
      t,
      id,
      'project',
      { title: 'Sveising for industrien', summary: 'Kort' },
      1,
      'applicant-ntnu-2',
    );
    expect(second.statusCode).toBe(200);
    savedAt.push(second.json<{ updatedAt: string }>().updatedAt);
    // A stale save changes nothing, so it makes no version either.
    expect((await saveSection(t, id, 'project', { title: 'Gammel' }, 1)).statusCode).toBe(409);
  });
  afterAll(async () => {
    await t.close();
  });
  beforeEach(async () => {
    await t.clock.set(OPEN);
  });

  const history = async (persona: string, query = '') =>
    t.app.inject({
      url: `/api/applications/${id}/sections/project/versions${query}`,
      headers: await authHeaders(t, persona),
    });

  it('R32: lists every saved version, newest first, with who saved it, when, and what changed', async () => {
    const res = await history('applicant-ntnu');
    expect(res.statusCode).toBe(200);
    const body = res.json<History>();
    expect(body.editable).toBe(true);
    expect(body.nextBefore).toBeNull();
    expect(body.versions).toEqual([
      {
        version: 2,
        savedAt: savedAt[1],
        savedBy: { name: 'Ola Haugen' },
        changedFields: [{ path: ['title'], change: 'changed' }],
      },
      {
        version: 1,
        savedAt: savedAt[0],
        savedBy: { name: 'Kari Nordmann' },
        // Stored content is canonical JSON, keys sorted; the page shows them in the form's order.
        changedFields: [
          { path: ['summary'], change: 'added' },
          { path: ['title'], change: 'added' },
        ],
      },
    ]);
  });

  it('R32: returns an old version as it was saved', async () => {
    const res = await t.app.inject({
      url: `/api/applications/${id}/sections/project/versions/1`,
      headers: await authHeaders(t, 'applicant-ntnu-2'),
    });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({
      version: 1,
      savedAt: savedAt[0],
      savedBy: { name: 'Kari Nordmann' },
      content: { title: 'Sveising', summary: 'Kort' },
    });
  });

  it('pages through long histories with before and limit', async () => {
    const first = (await history('applicant-ntnu', '?limit=1')).json<History>();
    expect(first.versions.map((v) => v.version)).toEqual([2]);
    expect(first.versions[0]?.changedFields).toEqual([{ path: ['title'], change: 'changed' }]);
    expect(first.nextBefore).toBe(2);
    const next = (await history('applicant-ntnu', '?limit=1&before=2')).json<History>();
    expect(next.versions.map((v) => v.version)).toEqual([1]);
    expect(next.nextBefore).toBeNull();
  });

  it('R34: an applicant of another institution is told the application does not exist', async () => {
    const list = await history('applicant-kristiania');
    expect(list.statusCode).toBe(404);
    expect(list.json()).toMatchObject({ code: 'application_not_found' });
    expect(JSON.stringify(list.json())).not.toContain('Sveising');
    const one = await t.app.inject({
      url: `/api/applications/${id}/sections/project/versions/1`,
      headers: await authHeaders(t, 'applicant-kristiania'),
    });
    expect(one.statusCode).toBe(404);
    expect(one.json()).toMatchObject({ code: 'application_not_found' });
  });

  it('R34: staff and the signed-out are refused, as for the application itself', async () => {
    for (const persona of ['officer', 'assessor-1', 'leader', 'admin']) {
      expect((await history(persona)).statusCode, persona).toBe(403);
    }
    const anonymous = await t.app.inject({
      url: `/api/applications/${id}/sections/project/versions`,
    });
    expect(anonymous.statusCode).toBe(401);
  });

  describe('bad input', () => {
    it('answers 404 in the user language for a version never saved', async () => {
      const res = await t.app.inject({
        url: `/api/applications/${id}/sections/project/versions/9`,
        headers: { ...(await authHeaders(t, 'applicant-ntnu')), 'accept-language': 'nn' },
      });
      expect(res.statusCode).toBe(404);
      expect(res.json()).toMatchObject({
        code: 'section_version_not_found',
        title: 'Denne delen har ingen lagra versjon med det nummeret',
      });
    });

    it('answers 404 for a section the call does not have', async () => {
      const res = await t.app.inject({
        url: `/api/applications/${id}/sections/nope/versions`,
        headers: await authHeaders(t, 'applicant-ntnu'),
      });
      expect(res.statusCode).toBe(404);
      expect(res.json()).toMatchObject({ code: 'section_not_found' });
    });

    it('names the field of a malformed version number and of a limit out of range', async () => {
      const bad = await t.app.inject({
        url: `/api/applications/${id}/sections/project/versions/0`,
        headers: await authHeaders(t, 'applicant-ntnu'),
      });
      expect(bad.statusCode).toBe(422);
      expect(JSON.stringify(bad.json())).toContain('version');
      const limit = await history('applicant-ntnu', '?limit=1000');
      expect(limit.statusCode).toBe(422);
      expect(JSON.stringify(limit.json())).toContain('limit');
    });
  });

  it('after the deadline the history is still there, marked read only', async () => {
    await t.clock.set(AFTER_DEADLINE);
    const body = (await history('applicant-ntnu')).json<History>();
    expect(body.editable).toBe(false);
    expect(body.versions).toHaveLength(2);
  });
});
