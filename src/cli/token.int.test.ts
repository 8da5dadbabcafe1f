/**
 * `npm run token` as a child process beside a server on the same database: the token it prints
 * signs API calls in as the persona, until it expires; production refuses it.
 */
import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createTestDatabase, describeEachDialect } from '../../test/helpers/dialects.js';
import { startTestServer, type TestServer } from '../../test/helpers/test-server.js';
import { hashSecret } from '../store/repositories/sessions.repository.js';

const ROOT = join(import.meta.dirname, '../..');

interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

async function runTokenCli(persona: string, env: Record<string, string>): Promise<CliRun> {
  try {
    const { stdout, stderr } = await promisify(execFile)(
      'npx',
      ['tsx', 'src/cli/token.ts', persona],
      {
        cwd: ROOT,
        env: { ...process.env, NODE_ENV: 'test', LOG_LEVEL: 'silent', ...env },
        timeout: 60_000,
      },
    );
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code?: number; stdout?: string; stderr?: string };
    return { code: failed.code ?? 1, stdout: failed.stdout ?? '', stderr: failed.stderr ?? '' };
  }
}

const lastLine = (text: string) => text.trim().split('\n').at(-1) ?? '';

// Runs before the next block's server exists: on PostgreSQL, Kysely's migrator can take another
// test schema's migration table for its own, so two schemas are never migrated at once here.
describeEachDialect('npm run token on a database without demo data', (dialect) => {
  it('seeds the personas first', async () => {
    const fresh = await createTestDatabase(dialect);
    try {
      const run = await runTokenCli('applicant-ntnu', fresh.env);
      expect(run.code, run.stderr).toBe(0);
      expect(lastLine(run.stdout)).toMatch(/^[\w-]{43}$/);
    } finally {
      await fresh.drop();
    }
  });
});

describeEachDialect('npm run token', (dialect) => {
  let s: TestServer;
  beforeAll(async () => {
    s = await startTestServer(dialect);
  });
  afterAll(async () => {
    await s?.close();
  });

  const me = (token: string) =>
    fetch(`${s.baseUrl}/api/me`, {
      headers: { authorization: `Bearer ${token}`, accept: 'application/json' },
    });

  it('prints a token that signs API calls in as the persona, until it expires', async () => {
    const run = await runTokenCli('officer', s.db.env);
    expect(run.code, run.stderr).toBe(0);
    const token = lastLine(run.stdout);
    expect(token).toMatch(/^[\w-]{43}$/);
    expect(run.stderr).toContain('Siri Dahl');

    const res = await me(token);
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({
      id: expect.any(String),
      name: 'Siri Dahl',
      email: 'siri.dahl@tilskudd.example',
      roles: [{ role: 'officer', institution: null }],
    });
    const audit = await s.ctx.store.db
      .selectFrom('audit_event')
      .select(['action', 'detail'])
      .where('action', '=', 'auth.token-issued')
      .execute();
    expect(audit.map((a) => JSON.parse(a.detail) as { persona: string })).toContainEqual(
      expect.objectContaining({ persona: 'officer' }),
    );

    await s.ctx.store.db
      .updateTable('api_token')
      .set({ expires_at: new Date(Date.now() - 1000).toISOString() })
      .where('token_hash', '=', hashSecret(token))
      .execute();
    const expired = await me(token);
    expect(expired.status).toBe(401);
    expect(((await expired.json()) as { code: string }).code).toBe('unauthenticated');
  });

  it('refuses an unknown persona and lists the valid ones', async () => {
    const run = await runTokenCli('nobody', s.db.env);
    expect(run.code).not.toBe(0);
    expect(run.stdout).toBe('');
    expect(run.stderr).toContain('Unknown persona "nobody"');
    expect(run.stderr).toContain('applicant-ntnu');
    expect(run.stderr).toContain('officer');
  });

  it('refuses in production', async () => {
    const run = await runTokenCli('officer', { ...s.db.env, NODE_ENV: 'production' });
    expect(run.code).not.toBe(0);
    expect(run.stdout).toBe('');
    expect(run.stderr).toMatch(/demo mode only/);
  });

  it('refuses when OIDC_ISSUER names a real issuer, even without NODE_ENV=production (14.4)', async () => {
    const run = await runTokenCli('admin', {
      ...s.db.env,
      OIDC_ISSUER: 'https://idporten.example',
    });
    expect(run.code).not.toBe(0);
    expect(run.stdout).toBe('');
    expect(run.stderr).toMatch(/demo mode only/);
    expect(run.stderr).toContain('OIDC_ISSUER');
  });
});
