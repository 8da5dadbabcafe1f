/**
 * Bad input never breaks the boundary: for every route in the OpenAPI document, generated and
 * hostile requests (random JSON, malformed JSON, wrong content types, huge strings, deep nesting,
 * unicode edge cases, prototype-pollution keys) never get a 5xx, errors are problem+json, and a
 * 4xx changes nothing stored. Fixed seed and bounded count in `npm test`; a longer run:
 *
 *   TILSKUDD_FUZZ_RUNS=5000 npx vitest run --project integration test/integration/fuzz.int.test.ts
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import fc from 'fast-check';
import { sql } from 'kysely';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { buildApp } from '../../src/server/app.js';
import { createDraft } from '../helpers/applications.js';
import { describeEachDialect } from '../helpers/dialects.js';
import { createTestApp, type TestApp } from '../helpers/test-app.js';

const RUNS = Number(process.env.TILSKUDD_FUZZ_RUNS ?? 300);
const SEED = Number(process.env.TILSKUDD_FUZZ_SEED ?? 20210915);

interface Route {
  method: string;
  path: string;
}

const hostileStrings = [
  '\u0000',
  '\uD800',
  '\uDFFF\uD800',
  '\u202Eevil',
  'e\u0301\u0301\u0301',
  '💥'.repeat(100),
  "'; drop table application; --",
  '../../etc/passwd',
  '<script>alert(1)</script>',
  '%00%2e%2e',
  'a'.repeat(10_000),
];

/** Paths an outside probe sent (raw, as a client that does not normalise them sends them). */
const LONG = 'a'.repeat(256);
const hostilePaths = [
  '/api/calls/../../etc/passwd',
  '/api/calls/%2e%2e/%2e%2e/etc/passwd',
  '/api/calls/..%2f..%2fetc%2fpasswd',
  '/../../etc/passwd',
  '/%2e%2e/%2e%2e/etc/passwd',
  '/assets/../../package.json',
  '/assets/%2e%2e/%2e%2e/package.json',
  '/assets/..%5c..%5cpackage.json',
  `/api/calls/${LONG}`,
  `/api/applications/${LONG}/sections/project`,
  `/${LONG}`,
  `/assets/${LONG}`,
  `/${'a'.repeat(300)}.js`,
  `/api/calls/${'a'.repeat(5_000)}`,
  '/a%00b',
  '/assets/%00',
  '/api/%00',
  '/%',
  '/api/calls/%',
  '/api/calls/a%ZZ',
  '//etc/passwd',
  '/api/calls/x/../../../',
];

const pollution = [
  '{"__proto__":{"polluted":true}}',
  '{"constructor":{"prototype":{"polluted":true}}}',
  '{"title":"x","__proto__":{"isAdmin":true}}',
];

/** Percent-encodes; a lone surrogate becomes its raw (invalid UTF-8) bytes, itself a good probe. */
function encodeSegment(value: string): string {
  try {
    return encodeURIComponent(value);
  } catch {
    return '%ED%A0%80';
  }
}

function deepNesting(depth: number): string {
  return '['.repeat(depth) + ']'.repeat(depth);
}

const bodyArbitrary = fc.oneof(
  fc.jsonValue().map((v) => ({ payload: JSON.stringify(v), type: 'application/json' })),
  fc.string().map((s) => ({ payload: s, type: 'application/json' })),
  fc.constantFrom(...pollution).map((p) => ({ payload: p, type: 'application/json' })),
  fc.constantFrom(...hostileStrings).map((s) => ({
    payload: JSON.stringify({ title: s, callId: s, institutionOrgnr: s, at: s }),
    type: 'application/json',
  })),
  fc
    .constantFrom(50, 5_000, 50_000)
    .map((d) => ({ payload: deepNesting(d), type: 'application/json' })),
  fc.constant({
    payload: JSON.stringify({ title: 'x'.repeat(2_000_000) }),
    type: 'application/json',
  }),
  fc
    .constantFrom(
      'text/plain',
      'application/xml',
      'multipart/form-data; boundary=x',
      'application/x-www-form-urlencoded',
      'application/json; charset=utf-16',
      '',
    )
    .map((type) => ({ payload: '{"a":1}', type })),
  fc.constant({ payload: '', type: 'application/json' }),
  fc.constant(undefined),
);

const segmentArbitrary = fc.oneof(
  fc.uuid(),
  fc.constantFrom(
    ...hostileStrings.map(encodeSegment),
    '..',
    '%',
    LONG,
    '%00',
    '..%2f..%2fetc%2fpasswd',
    '974767880',
    'kompetanseloft-industriklynger-2021',
    'project',
  ),
  fc.string({ maxLength: 30 }).map(encodeSegment),
);

async function digest(t: TestApp): Promise<string> {
  const row = await sql<Record<string, unknown>>`
    select
      (select count(*) from application) as applications,
      (select coalesce(sum(version), 0) from application_section) as versions,
      (select count(*) from submission) as submissions,
      (select coalesce(max(seq), 0) from audit_event) as audit,
      (select count(*) from setting) as settings
  `.execute(t.db.store.db);
  return JSON.stringify(row.rows[0]);
}

describeEachDialect('fuzzing every route', (dialect) => {
  let t: TestApp;
  let routes: Route[];
  let realApplicationId: string;
  beforeAll(async () => {
    t = await createTestApp(dialect);
    realApplicationId = await createDraft(t);
    const doc = (
      t.app as unknown as { swagger(): { paths: Record<string, Record<string, unknown>> } }
    ).swagger();
    routes = Object.entries(doc.paths).flatMap(([path, methods]) =>
      Object.keys(methods).map((method) => ({ method: method.toUpperCase(), path })),
    );
  });
  afterAll(async () => {
    await t.close();
  });

  it('covers every route of the OpenAPI document', () => {
    expect(routes.length).toBeGreaterThan(20);
  });

  it('never answers 5xx, always problem+json on errors, and changes nothing on a 4xx', async () => {
    const callers = ['anonymous', 'applicant-ntnu', 'admin'] as const;
    const tokens = Object.fromEntries(
      await Promise.all(
        callers
          .filter((c) => c !== 'anonymous')
          .map(async (c) => [c, await t.tokenFor(c)] as const),
      ),
    );
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...routes),
        fc.constantFrom(...callers),
        fc.array(segmentArbitrary, { minLength: 3, maxLength: 3 }),
        fc.boolean(),
        bodyArbitrary,
        async (route, caller, segments, useRealId, body) => {
          let i = 0;
          const url = route.path.replace(/\{[^}]+\}/g, (name) => {
            const segment = segments[i++] ?? 'x';
            return name === '{id}' && useRealId ? realApplicationId : segment;
          });
          const headers: Record<string, string> = {};
          if (caller !== 'anonymous') headers.authorization = `Bearer ${tokens[caller]}`;
          if (body && body.type) headers['content-type'] = body.type;
          headers['if-match'] = '"0"';
          headers['idempotency-key'] = 'fuzz-key-0001';
          const before = await digest(t);
          const res = await t.app.inject({
            method: route.method as 'GET',
            url,
            headers,
            ...(body && route.method !== 'GET' ? { payload: body.payload } : {}),
          });
          expect(
            res.statusCode,
            `${route.method} ${url} as ${caller}: ${res.body.slice(0, 300)}`,
          ).toBeLessThan(500);
          if (res.statusCode >= 400 && !url.startsWith('/idp')) {
            expect(res.headers['content-type'], `${route.method} ${url}`).toContain(
              'application/problem+json',
            );
            expect(
              await digest(t),
              `${route.method} ${url} changed data on a ${res.statusCode}`,
            ).toBe(before);
          }
        },
      ),
      { numRuns: RUNS, seed: SEED },
    );
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(({} as Record<string, unknown>).isAdmin).toBeUndefined();
  });

  it('answers hostile paths 400/404, never 5xx, and logs them without a stack trace', async () => {
    // The built front end is served too: its static files are where such paths end up.
    const webDir = mkdtempSync(join(tmpdir(), 'tilskudd-fuzz-web-'));
    mkdirSync(join(webDir, 'assets'));
    writeFileSync(join(webDir, 'index.html'), '<!doctype html><title>t</title>');
    writeFileSync(join(webDir, 'assets', 'app.js'), '');
    const lines: string[] = [];
    const stream = new Writable({
      write(chunk: Buffer, _encoding, done) {
        lines.push(chunk.toString());
        done();
      },
    });
    const logger = { level: 'info', stream };
    const { app } = await buildApp(t.ctx, { logger, webDir });
    try {
      for (const url of hostilePaths) {
        for (const accept of ['application/json', 'text/html']) {
          const res = await app.inject({ method: 'GET', url, headers: { accept } });
          expect(res.statusCode, `${url} (${accept}): ${res.body.slice(0, 200)}`).toBeLessThan(500);
          if (res.statusCode >= 400) {
            // 422: a path parameter of the wrong shape, named in the answer.
            expect([400, 404, 422], url).toContain(res.statusCode);
            // A browser navigation gets the error page in words; an API client problem+json.
            expect(res.headers['content-type'], url).toContain(
              accept === 'text/html' ? 'text/html' : 'application/problem+json',
            );
          }
          expect(res.body, url).not.toContain('root:');
        }
      }
    } finally {
      await app.close();
      rmSync(webDir, { recursive: true, force: true });
    }
    const bad = lines.filter((l) => l.includes('"stack"') || /"level":(50|60)/.test(l));
    expect(bad.map((l) => l.slice(0, 300))).toEqual([]);
  });
});
