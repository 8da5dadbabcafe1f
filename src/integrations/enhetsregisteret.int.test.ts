import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, expect, it } from 'vitest';
import {
  createTestDatabase,
  describeEachDialect,
  type TestDatabase,
} from '../../test/helpers/dialects.js';
import { createCompanyRegister } from './enhetsregisteret.js';

/** A local stand-in for Enhetsregisteret that speaks the same JSON. */
function startFakeRegister(): Promise<{ server: Server; baseUrl: string; hits: string[] }> {
  const hits: string[] = [];
  const server = createServer((req, res) => {
    hits.push(req.url ?? '');
    const orgnr = (req.url ?? '').split('/').pop();
    if (orgnr === '968430777') {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(
        JSON.stringify({
          organisasjonsnummer: '968430777',
          navn: 'FJORDSTÅL VERFT AS',
          naeringskode1: { kode: '30.110', beskrivelse: 'Bygging av skip og skrog' },
          antallAnsatte: 420,
          forretningsadresse: { kommunenummer: '5001', kommune: 'TRONDHEIM' },
          konkurs: false,
          underAvvikling: false,
        }),
      );
    } else if (orgnr === '999999999') {
      setTimeout(() => res.end('{}'), 2_000);
    } else if (orgnr === '888888888') {
      res.writeHead(500);
      res.end();
    } else {
      res.writeHead(404, { 'content-type': 'application/json' });
      res.end('{"status":404}');
    }
  });
  return new Promise((resolve) =>
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as AddressInfo;
      resolve({ server, baseUrl: `http://127.0.0.1:${port}`, hits });
    }),
  );
}

describeEachDialect('Enhetsregisteret client', (dialect) => {
  let t: TestDatabase;
  let fake: Awaited<ReturnType<typeof startFakeRegister>>;
  const now = new Date('2021-09-01T10:00:00Z');
  beforeAll(async () => {
    t = await createTestDatabase(dialect);
    fake = await startFakeRegister();
  });
  afterAll(async () => {
    fake.server.closeAllConnections();
    fake.server.close();
    await t.drop();
  });

  it('R6: reads name, industry code, employees and municipality, and derives the county', async () => {
    const register = createCompanyRegister(t.store, {
      baseUrl: fake.baseUrl,
      timeoutMs: 500,
      cacheHours: 24,
    });
    const answer = await register.lookup('968430777', now);
    expect(answer).toMatchObject({
      status: 'found',
      stale: false,
      company: {
        name: 'FJORDSTÅL VERFT AS',
        industryCode: '30.110',
        employees: 420,
        municipalityNumber: '5001',
        municipalityName: 'TRONDHEIM',
        county: 'Trøndelag',
        bankrupt: false,
        source: 'enhetsregisteret',
      },
    });
  });

  it('answers from the cache table within the cache time, without asking the register', async () => {
    const register = createCompanyRegister(t.store, {
      baseUrl: fake.baseUrl,
      timeoutMs: 500,
      cacheHours: 24,
    });
    const before = fake.hits.length;
    await register.lookup('968430777', new Date(now.getTime() + 3_600_000));
    expect(fake.hits.length).toBe(before);
  });

  it('an unknown number is "not found", never an error', async () => {
    const register = createCompanyRegister(t.store, {
      baseUrl: fake.baseUrl,
      timeoutMs: 500,
      cacheHours: 24,
    });
    expect(await register.lookup('123456785', now)).toEqual({ status: 'not-found' });
  });

  it('a slow register times out as "unavailable"; a stale cache entry is used when there is one', async () => {
    const register = createCompanyRegister(t.store, {
      baseUrl: fake.baseUrl,
      timeoutMs: 200,
      cacheHours: 24,
    });
    expect(await register.lookup('999999999', now)).toEqual({
      status: 'unavailable',
      reason: 'timeout',
    });
    expect(await register.lookup('888888888', now)).toEqual({
      status: 'unavailable',
      reason: 'error',
    });
    const later = new Date(now.getTime() + 48 * 3_600_000);
    const broken = createCompanyRegister(t.store, {
      baseUrl: 'http://127.0.0.1:9',
      timeoutMs: 200,
      cacheHours: 24,
    });
    expect(await broken.lookup('968430777', later)).toMatchObject({ status: 'found', stale: true });
  });

  it('without a base URL (the embedded default) it answers from the database only', async () => {
    const offline = createCompanyRegister(t.store, {
      baseUrl: undefined,
      timeoutMs: 200,
      cacheHours: 24,
    });
    expect(await offline.lookup('968430777', now)).toMatchObject({ status: 'found' });
    expect(await offline.lookup('123456785', now)).toEqual({ status: 'not-found' });
  });
});
