/**
 * R32: `npm run audit:verify` on either database: exit 0 for the intact trail, 1 naming the first
 * broken event for an edited event, an edited and re-chained event, and deleted last events;
 * 2 when it cannot verify (production without a key).
 */
import { spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import { afterAll, beforeAll, beforeEach, expect, it } from 'vitest';
import {
  createTestDatabase,
  describeEachDialect,
  type TestDatabase,
} from '../../test/helpers/dialects.js';
import { ROOT } from '../../test/helpers/test-app.js';
import { checkpointFilePath } from '../platform/audit-checkpoint-file.js';
import { readConfig } from '../platform/config.js';
import { writeAuditCheckpoint } from '../server/services/audit/checkpoints.js';
import { hashEvent, recordAuditEvent } from '../store/repositories/audit.repository.js';

const KEY = `cli-1:${randomBytes(32).toString('base64')}`;

function withoutAuditKey(env: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  const { TILSKUDD_AUDIT_KEY: _k, TILSKUDD_AUDIT_KEY_FILE: _f, ...rest } = env;
  return rest;
}

describeEachDialect('npm run audit:verify', (dialect) => {
  let t: TestDatabase;
  const run = (env: Record<string, string> = { TILSKUDD_AUDIT_KEY: KEY }) =>
    spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/audit-verify.ts'], {
      cwd: ROOT,
      env: {
        ...withoutAuditKey(process.env),
        NODE_ENV: 'development',
        LOG_LEVEL: 'silent',
        ...t.env,
        ...env,
      },
      encoding: 'utf8',
      timeout: 120_000,
    });
  const rows = () => t.store.db.selectFrom('audit_event').selectAll().orderBy('seq').execute();
  const config = () => readConfig({ NODE_ENV: 'test', ...t.env, TILSKUDD_AUDIT_KEY: KEY });
  const checkpoint = () =>
    writeAuditCheckpoint({ config: config(), store: t.store }, 'periodic', new Date());

  beforeAll(async () => {
    t = await createTestDatabase(dialect);
  });
  afterAll(async () => {
    await t.drop();
  });
  beforeEach(async () => {
    await t.store.db.deleteFrom('audit_event').execute();
    await t.store.db.deleteFrom('audit_checkpoint').execute();
    // A new trail for each case: the file outside the database starts empty too.
    writeFileSync(checkpointFilePath(config(), t.store), '');
    for (let i = 0; i < 6; i += 1) {
      await recordAuditEvent(t.store.db, {
        actor: null,
        actorLabel: 'test',
        action: 'test.event',
        entityType: 'thing',
        entityId: String(i),
        detail: { i },
        at: new Date('2021-09-20T10:00:00Z'),
      });
    }
    await checkpoint();
  });

  it('R32: the intact trail exits 0, and each run is recorded in the chain', async () => {
    const result = run();
    expect(result.status, result.stderr).toBe(0);
    expect(result.stdout).toContain('Audit trail INTACT.');
    const events = await rows();
    expect(events.at(-1)).toMatchObject({
      action: 'audit.verified',
      actor_label: 'npm run audit:verify',
    });
  });

  it('R32: an edited event exits 1 and is named', async () => {
    const third = (await rows())[2];
    await t.store.db
      .updateTable('audit_event')
      .set({ actor_label: 'someone else' })
      .where('seq', '=', third?.seq ?? 0)
      .execute();
    const result = run();
    expect(result.status).toBe(1);
    expect(result.stdout).toContain('Audit trail BROKEN.');
    expect(result.stdout).toContain(
      `first broken: event seq ${third?.seq} (${third?.id}) was edited`,
    );
  });

  it('R32: an edited event with the chain re-computed after it exits 1', async () => {
    const all = await rows();
    let prev = all[2]?.hash ?? '';
    for (const [i, row] of all.slice(3).entries()) {
      const { seq, prev_hash: _p, hash: _h, ...body } = row;
      const changed = i === 0 ? { ...body, detail: '{"i":300}' } : body;
      const hash = hashEvent(prev, changed);
      await t.store.db
        .updateTable('audit_event')
        .set({ detail: changed.detail, prev_hash: prev, hash })
        .where('seq', '=', seq)
        .execute();
      prev = hash;
    }
    const result = run();
    expect(result.status).toBe(1);
    expect(result.stdout).toContain('first broken: the chain was re-computed');
    expect(result.stdout).toContain(`up to seq ${all[5]?.seq}`);
  });

  it('R32: deleted last events exit 1', async () => {
    const all = await rows();
    await t.store.db
      .deleteFrom('audit_event')
      .where('seq', '>', all[2]?.seq ?? 0)
      .execute();
    const result = run();
    expect(result.status).toBe(1);
    expect(result.stdout).toContain(
      `first broken: the last events were deleted: the chain ends at seq ${all[2]?.seq} (3 events)`,
    );
  });

  it('cannot verify in production without a key: exit 2 with the setting named', () => {
    const result = run({
      NODE_ENV: 'production',
      OIDC_ISSUER: 'https://idp.example.no',
      OIDC_CLIENT_ID: 'tilskudd',
      OIDC_CLIENT_SECRET: 'secret',
      PUBLIC_URL: 'https://tilskudd.example.no',
    });
    expect(result.status).toBe(2);
    expect(result.stderr).toContain(
      'TILSKUDD_AUDIT_KEY or TILSKUDD_AUDIT_KEY_FILE: required in production',
    );
  });
});
