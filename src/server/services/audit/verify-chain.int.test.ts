/**
 * R32: the audit trail proves itself. The chain is walked link by link and checked against
 * checkpoints signed with a key the database does not hold, kept in the database and in a file
 * outside it: an edit, an edit with the chain re-computed (which needs no key), deleted last
 * events, inserted, reordered and deleted events are each named; forged or removed checkpoints
 * are caught; the intact trail passes.
 */
import { randomBytes } from 'node:crypto';
import { appendFileSync, readFileSync, writeFileSync } from 'node:fs';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import {
  createTestDatabase,
  describeEachDialect,
  type TestDatabase,
} from '../../../../test/helpers/dialects.js';
import { checkpointFilePath } from '../../../platform/audit-checkpoint-file.js';
import { auditKeyring } from '../../../platform/audit-keyring.js';
import { ConfigError, readConfig, type Config } from '../../../platform/config.js';
import {
  hashEvent,
  recordAuditEvent,
  verifyAuditChain,
} from '../../../store/repositories/audit.repository.js';
import { writeAuditCheckpoint } from './checkpoints.js';
import {
  inspectAuditTrail,
  readLastAuditVerification,
  runAuditVerification,
} from './verify-chain.js';

const secret = () => randomBytes(32).toString('base64');
const KEY_1 = `k1:${secret()}`;
const KEY_2 = `k2:${secret()}`;

function configFor(t: TestDatabase, key = KEY_1): Config {
  return readConfig({ NODE_ENV: 'test', LOG_LEVEL: 'silent', ...t.env, TILSKUDD_AUDIT_KEY: key });
}

describeEachDialect('audit verification', (dialect) => {
  let t: TestDatabase;
  let config: Config;
  const deps = () => ({ config, store: t.store });
  const at = new Date('2021-09-20T10:00:00Z');

  async function events(n: number, from = 0): Promise<void> {
    for (let i = from; i < from + n; i += 1) {
      await recordAuditEvent(t.store.db, {
        actor: null,
        actorLabel: 'test',
        action: 'test.event',
        entityType: 'thing',
        entityId: String(i),
        detail: { i },
        at,
      });
    }
  }
  const rows = () => t.store.db.selectFrom('audit_event').selectAll().orderBy('seq').execute();

  /** Re-computes every hash from `fromIndex` on, as anyone who can write the table can. */
  async function rechainFrom(fromIndex: number): Promise<void> {
    const all = await rows();
    let prev = fromIndex === 0 ? '0'.repeat(64) : (all[fromIndex - 1]?.hash ?? '');
    for (const row of all.slice(fromIndex)) {
      const { seq, prev_hash: _p, hash: _h, ...body } = row;
      const hash = hashEvent(prev, body);
      await t.store.db
        .updateTable('audit_event')
        .set({ prev_hash: prev, hash })
        .where('seq', '=', seq)
        .execute();
      prev = hash;
    }
  }

  beforeAll(async () => {
    t = await createTestDatabase(dialect);
  });
  afterAll(async () => {
    await t.drop();
  });
  beforeEach(async () => {
    config = configFor(t);
    await t.store.db.deleteFrom('audit_event').execute();
    await t.store.db.deleteFrom('audit_checkpoint').execute();
    writeFileSync(checkpointFilePath(config, t.store), '');
  });

  it('R32: the intact trail passes, and the checkpoint is in the database, the file and the log', async () => {
    await events(5);
    const checkpoint = await writeAuditCheckpoint(deps(), 'intake', at);
    expect(checkpoint).toMatchObject({ seq: expect.any(Number), count: 5, keyId: 'k1' });
    const line = readFileSync(checkpointFilePath(config, t.store), 'utf8').trim();
    expect(JSON.parse(line)).toMatchObject({ id: checkpoint?.id, count: 5 });
    // The key is nowhere in the database.
    const stored = JSON.stringify(
      await t.store.db.selectFrom('audit_checkpoint').selectAll().execute(),
    );
    expect(stored).not.toContain(KEY_1.slice(3));
    await events(2, 5);
    const run = await runAuditVerification(deps(), { principal: null, label: 'test' });
    expect(run.report).toMatchObject({
      ok: true,
      firstBroken: null,
      events: 7,
      checkpointProblems: [],
    });
    expect(run.report.checkpoints).toMatchObject({ database: 1, file: 1, matched: 1 });
    const last = await readLastAuditVerification(deps());
    expect(last?.report.ok).toBe(true);
    // The verified head (with the run's own event) is signed as well.
    expect(await t.store.db.selectFrom('audit_checkpoint').select('reason').execute()).toHaveLength(
      2,
    );
  });

  it('R32: an edited event is named', async () => {
    await events(5);
    await writeAuditCheckpoint(deps(), 'periodic', at);
    const third = (await rows())[2];
    await t.store.db
      .updateTable('audit_event')
      .set({ detail: '{"i":99}' })
      .where('seq', '=', third?.seq ?? 0)
      .execute();
    const { report } = await inspectAuditTrail(deps());
    expect(report.ok).toBe(false);
    expect(report.firstBroken).toEqual({ kind: 'edited', seq: third?.seq, eventId: third?.id });
  });

  it('R32: an edited event with the chain re-computed is caught by the signed checkpoint', async () => {
    await events(3);
    await writeAuditCheckpoint(deps(), 'intake', at);
    await events(3, 3);
    const sixth = await writeAuditCheckpoint(deps(), 'periodic', at);
    const all = await rows();
    await t.store.db
      .updateTable('audit_event')
      .set({ detail: '{"i":99}' })
      .where('seq', '=', all[4]?.seq ?? 0)
      .execute();
    await rechainFrom(4);
    // The chain alone no longer sees it: that is what re-computing buys without a key.
    expect(await verifyAuditChain(t.store.db)).toEqual({ ok: true, events: 6 });
    const { report } = await inspectAuditTrail(deps());
    expect(report.ok).toBe(false);
    expect(report.firstBroken).toMatchObject({
      kind: 'rechained',
      afterSeq: all[2]?.seq,
      toSeq: all[5]?.seq,
      checkpointId: sixth?.id,
    });
  });

  it('R32: deleted last events are caught by the checkpoint', async () => {
    await events(6);
    const checkpoint = await writeAuditCheckpoint(deps(), 'intake', at);
    const all = await rows();
    await t.store.db
      .deleteFrom('audit_event')
      .where('seq', '>', all[3]?.seq ?? 0)
      .execute();
    expect(await verifyAuditChain(t.store.db)).toEqual({ ok: true, events: 4 });
    const { report } = await inspectAuditTrail(deps());
    expect(report.ok).toBe(false);
    expect(report.firstBroken).toMatchObject({
      kind: 'truncated',
      lastSeq: all[3]?.seq,
      events: 4,
      checkpointSeq: all[5]?.seq,
      checkpointCount: 6,
      checkpointId: checkpoint?.id,
    });
  });

  it('R32: a deleted, an inserted and a reordered event are each named', async () => {
    await events(6);
    let all = await rows();
    await t.store.db
      .deleteFrom('audit_event')
      .where('seq', '=', all[2]?.seq ?? 0)
      .execute();
    expect((await inspectAuditTrail(deps())).report.firstBroken).toEqual({
      kind: 'deleted',
      seq: all[3]?.seq,
      eventId: all[3]?.id,
      afterSeq: all[1]?.seq,
    });

    await t.store.db.deleteFrom('audit_event').execute();
    await events(4);
    all = await rows();
    // A forged event slipped in between the second and the third, linked and hashed correctly.
    const [second, third] = [all[1], all[2]];
    if (!second || !third) throw new Error('no events');
    const forged = { ...second, id: '018f0000-0000-7000-8000-000000000000', detail: '{"i":42}' };
    const { seq: _s, prev_hash: _p, hash: _h, ...body } = forged;
    await t.store.db
      .insertInto('audit_event')
      .values({
        ...body,
        seq: second.seq + 1000,
        prev_hash: second.hash,
        hash: hashEvent(second.hash, body),
      })
      .execute();
    // Renumber the later ones so the forged one sits between the second and the third.
    const moveTo = (from: number, to: number) =>
      t.store.db.updateTable('audit_event').set({ seq: to }).where('seq', '=', from).execute();
    const fourth = all[3];
    if (!fourth) throw new Error('no events');
    await moveTo(fourth.seq, fourth.seq + 3000);
    await moveTo(third.seq, third.seq + 2000);
    const inserted = await inspectAuditTrail(deps());
    expect(inserted.report.firstBroken).toEqual({
      kind: 'inserted',
      seq: second.seq + 1000,
      eventId: forged.id,
    });

    await t.store.db.deleteFrom('audit_event').execute();
    await events(4);
    all = await rows();
    const [b, c] = [all[1], all[2]];
    if (!b || !c) throw new Error('no events');
    await moveTo(b.seq, b.seq + 5000);
    await moveTo(c.seq, b.seq);
    await moveTo(b.seq + 5000, c.seq);
    expect((await inspectAuditTrail(deps())).report.firstBroken).toEqual({
      kind: 'reordered',
      seq: b.seq,
      eventId: c.id,
    });
  });

  it('R32: a forged, a removed or a foreign-key checkpoint is refused; a rotated key still verifies', async () => {
    await events(3);
    const first = await writeAuditCheckpoint(deps(), 'intake', at);
    // Rotation: a new key signs, the old one is kept after it.
    config = configFor(t, `${KEY_2},${KEY_1}`);
    await events(1, 3);
    const second = await writeAuditCheckpoint(deps(), 'periodic', at);
    expect(second?.keyId).toBe('k2');
    expect((await inspectAuditTrail(deps())).report).toMatchObject({
      ok: true,
      checkpointProblems: [],
    });

    // The old key dropped: its checkpoints can no longer be trusted, and that is said.
    config = configFor(t, KEY_2);
    const unknown = (await inspectAuditTrail(deps())).report;
    expect(unknown.ok).toBe(false);
    expect(unknown.checkpointProblems).toContainEqual({
      kind: 'unknown-key',
      checkpointId: first?.id,
      source: 'database',
      keyId: 'k1',
    });

    // Someone who can write the database moves a checkpoint to a re-computed head: no key, no match.
    config = configFor(t, `${KEY_2},${KEY_1}`);
    await t.store.db
      .updateTable('audit_checkpoint')
      .set({ head_hash: 'f'.repeat(64) })
      .where('id', '=', first?.id ?? '')
      .execute();
    const forged = (await inspectAuditTrail(deps())).report;
    expect(forged.checkpointProblems).toContainEqual({
      kind: 'forged',
      checkpointId: first?.id,
      source: 'database',
    });

    // … or removes it from the database: the file outside still has it.
    await t.store.db
      .deleteFrom('audit_checkpoint')
      .where('id', '=', first?.id ?? '')
      .execute();
    const removed = (await inspectAuditTrail(deps())).report;
    expect(removed.ok).toBe(false);
    expect(removed.checkpointProblems).toContainEqual(
      expect.objectContaining({ kind: 'removed-from-database', checkpointId: first?.id }),
    );

    // … or edits the file.
    appendFileSync(checkpointFilePath(config, t.store), 'not a checkpoint\n');
    const edited = (await inspectAuditTrail(deps())).report;
    expect(edited.checkpointProblems).toContainEqual(
      expect.objectContaining({ kind: 'unreadable-line' }),
    );
  });
});

describe('the audit key', () => {
  const production = {
    NODE_ENV: 'production',
    OIDC_ISSUER: 'https://idp.example.no',
    OIDC_CLIENT_ID: 'tilskudd',
    OIDC_CLIENT_SECRET: 'secret',
    PUBLIC_URL: 'https://tilskudd.example.no',
  };

  it('R32: production refuses to run without a key kept outside the database', () => {
    expect(() => auditKeyring(readConfig(production))).toThrow(ConfigError);
    expect(() => auditKeyring(readConfig(production))).toThrow(/TILSKUDD_AUDIT_KEY/);
    expect(auditKeyring(readConfig({ ...production, TILSKUDD_AUDIT_KEY: KEY_1 })).signing.id).toBe(
      'k1',
    );
  });

  it('a key too short or malformed is refused with the setting and the entry named', () => {
    const withKey = (key: string) => () =>
      auditKeyring(readConfig({ ...production, TILSKUDD_AUDIT_KEY: key }));
    expect(withKey('k1:c2hvcnQ=')).toThrow(
      /TILSKUDD_AUDIT_KEY, entry 1 \(key k1\): the secret must be at least 32 bytes/,
    );
    expect(withKey(`${KEY_1},bad id:${secret()}`)).toThrow(/entry 2: expected id:secret/);
    expect(withKey(`${KEY_1},${KEY_1}`)).toThrow(/key id k1 twice/);
  });
});
