/**
 * A production start on a database the demo used: the sessions and API tokens the built-in
 * provider gave its personas are ended and not honoured, and the start says so (issue 14.5).
 */
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeEachDialect } from '../../test/helpers/dialects.js';
import { signIn, startTestServer, type TestServer } from '../../test/helpers/test-server.js';
import { buildApp } from '../server/app.js';
import { createApiToken } from '../store/repositories/sessions.repository.js';
import { findUserBySubject } from '../store/repositories/users.repository.js';
import { readConfig } from './config.js';
import { DEV_IDP_SUBJECT_PREFIX } from './seed-demo-data.js';
import { openContext } from './start-context.js';

const ROOT = join(import.meta.dirname, '../..');

describeEachDialect('a production start after the demo', (dialect) => {
  let demo: TestServer;
  beforeAll(async () => {
    demo = await startTestServer(dialect);
  });
  afterAll(async () => {
    await demo?.close();
  });

  it('ends the built-in provider’s sessions and tokens and says so (14.5)', async () => {
    const { jar } = await signIn(demo.baseUrl, 'admin');
    const cookie = `tilskudd_session=${jar.get('tilskudd_session') ?? ''}`;
    const asDemo = await demo.app.inject({ url: '/api/session', headers: { cookie } });
    expect(asDemo.json()).toMatchObject({ authenticated: true, user: { name: 'Tor Lund' } });
    const admin = await findUserBySubject(demo.ctx.store.db, `${DEV_IDP_SUBJECT_PREFIX}admin`);
    await createApiToken(
      demo.ctx.store.db,
      { userId: admin?.id ?? '', label: 'before the switch', ttlMinutes: 60 },
      new Date(),
    );

    const config = readConfig({
      NODE_ENV: 'production',
      LOG_LEVEL: 'silent',
      PUBLIC_URL: 'https://tilskudd.example',
      OIDC_ISSUER: 'https://idporten.example',
      OIDC_CLIENT_ID: 'tilskudd',
      OIDC_CLIENT_SECRET: 'secret',
      // Production signs audit checkpoints with a key from outside the database (ADR 0013).
      TILSKUDD_AUDIT_KEY: 'k1:production-start-test-key-of-thirty-two-characters',
      TILSKUDD_CALLS_DIR: join(ROOT, 'calls'),
      ...demo.db.env,
    });
    const notices: string[] = [];
    const ctx = await openContext(config, { notice: (line) => notices.push(line) });
    const { app } = await buildApp(ctx, { logger: false, webDir: '/nonexistent' });
    try {
      const asProduction = await app.inject({ url: '/api/session', headers: { cookie } });
      expect(asProduction.json()).toEqual({ authenticated: false });
      const me = await app.inject({ url: '/api/me', headers: { cookie } });
      expect(me.statusCode).toBe(401);

      const left = await ctx.store.db
        .selectFrom('api_token')
        .select('token_hash')
        .where('user_id', '=', admin?.id ?? '')
        .execute();
      expect(left).toEqual([]);
      expect(notices).toHaveLength(1);
      expect(notices[0]).toMatch(/used by the demo: its \d+ users of the built-in sign-in/);
      expect(notices[0]).toMatch(/1 sessions and 1 API tokens ended/);
      const audit = await ctx.store.db
        .selectFrom('audit_event')
        .select('action')
        .where('action', '=', 'auth.demo-sign-ins-ended')
        .execute();
      expect(audit).toHaveLength(1);
    } finally {
      await app.close();
      await ctx.store.close();
    }
  });
});
