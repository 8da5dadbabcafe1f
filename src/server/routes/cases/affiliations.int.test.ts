/** R26: an affiliation's orgnr must pass MOD11; a typo is refused as invalid and nothing is stored. */
import { afterAll, beforeAll, expect, it } from 'vitest';
import { authHeaders } from '../../../../test/helpers/applications.js';
import { describeEachDialect } from '../../../../test/helpers/dialects.js';
import { userIdOf } from '../../../../test/helpers/cases.js';
import { createTestApp, type TestApp } from '../../../../test/helpers/test-app.js';

describeEachDialect('assessor affiliations', (dialect) => {
  let t: TestApp;
  let perId: string;

  beforeAll(async () => {
    t = await createTestApp(dialect);
    perId = await userIdOf(t, 'assessor-1');
  });
  afterAll(async () => {
    await t.close();
  });

  const add = async (orgnr: string, language: 'nb' | 'nn' | 'en') =>
    t.app.inject({
      method: 'POST',
      url: `/api/assessors/${perId}/affiliations`,
      headers: { ...(await authHeaders(t, 'admin')), 'accept-language': language },
      payload: { orgnr, role: 'employee', orgName: 'Feilskrevet AS' },
    });

  it.each([
    ['nb', 'ugyldig organisasjonsnummer'],
    ['nn', 'ugyldig organisasjonsnummer'],
    ['en', 'invalid organisation number'],
  ] as const)(
    'R26: 123456789 with a name given is refused as an invalid number on orgnr (%s)',
    async (language, words) => {
      const res = await add('123456789', language);
      expect(res.statusCode, res.body).toBe(422);
      const errors = res.json<{ errors: { path: string; message: string }[] }>().errors;
      expect(errors).toEqual([{ path: 'orgnr', message: expect.stringContaining(words) }]);
      expect(errors[0]?.message).not.toMatch(/register/);
    },
  );

  it('R26: the refused tie is not stored', async () => {
    const list = await t.app.inject({
      method: 'GET',
      url: '/api/assessors',
      headers: await authHeaders(t, 'admin'),
    });
    const per = list
      .json<{ userId: string; affiliations: unknown[] }[]>()
      .find((a) => a.userId === perId);
    expect(per?.affiliations).toEqual([]);
  });

  it('R26: a valid number not in the register is stored with the name given', async () => {
    const res = await add('974760673', 'nb');
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json()).toMatchObject({
      affiliations: [{ orgnr: '974760673', orgName: 'Feilskrevet AS' }],
    });
  });
});
