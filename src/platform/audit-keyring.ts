/**
 * The key that signs audit checkpoints (docs/adr/0013), never kept in the database. From
 * TILSKUDD_AUDIT_KEY (entries `id:secret`, separated by commas or new lines) or
 * TILSKUDD_AUDIT_KEY_FILE (the same entries, one a line, `#` comments). The first entry signs;
 * the others are earlier keys, kept so checkpoints they signed still verify (rotation: put the new
 * key first, keep the old ones after it). A secret is at least 32 bytes, base64 or hex.
 *
 * Production refuses to start without a key. The demo generates one into the data dir (outside
 * the database, beside it) and says so.
 */
import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import { existsSync, linkSync, mkdirSync, readFileSync, unlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { SignatureState } from '../domain/audit/verification-report.js';
import { ConfigError, type Config } from './config.js';

export interface AuditKey {
  id: string;
  secret: Buffer;
}

export interface AuditKeyring {
  signing: AuditKey;
  byId: ReadonlyMap<string, AuditKey>;
  /** Where the keys came from, for messages (never the secrets). */
  origin: string;
}

const KEY_ID = /^[A-Za-z0-9._-]{1,64}$/;
const MIN_SECRET_BYTES = 32;

function decodeSecret(text: string): Buffer | undefined {
  if (/^[0-9a-fA-F]+$/.test(text) && text.length % 2 === 0) return Buffer.from(text, 'hex');
  if (/^[A-Za-z0-9+/_-]+={0,2}$/.test(text)) return Buffer.from(text, 'base64');
  return undefined;
}

/** Parses key entries; throws a ConfigError naming the setting and the entry that is wrong. */
export function parseAuditKeys(text: string, origin: string): AuditKey[] {
  const entries = text
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => !line.startsWith('#'))
    .flatMap((line) => line.split(','))
    .map((entry) => entry.trim())
    .filter((entry) => entry !== '');
  if (entries.length === 0) throw new ConfigError(`${origin}: holds no key (expected id:secret)`);
  const keys: AuditKey[] = [];
  entries.forEach((entry, i) => {
    const at = entry.indexOf(':');
    const id = at > 0 ? entry.slice(0, at) : '';
    const secret = at > 0 ? decodeSecret(entry.slice(at + 1)) : undefined;
    const where = `${origin}, entry ${i + 1}`;
    if (!KEY_ID.test(id)) {
      throw new ConfigError(`${where}: expected id:secret, the id of letters, digits, . _ -`);
    }
    if (!secret || secret.length < MIN_SECRET_BYTES) {
      throw new ConfigError(
        `${where} (key ${id}): the secret must be at least ${MIN_SECRET_BYTES} bytes, base64 or hex`,
      );
    }
    if (keys.some((k) => k.id === id)) throw new ConfigError(`${where}: key id ${id} twice`);
    keys.push({ id, secret });
  });
  return keys;
}

function keyringOf(keys: AuditKey[], origin: string): AuditKeyring {
  const [signing] = keys;
  if (!signing) throw new ConfigError(`${origin}: holds no key`);
  return { signing, byId: new Map(keys.map((k) => [k.id, k])), origin };
}

/** Where the demo keeps its generated key: the data dir, never the database. */
export function demoKeyPath(config: Config): string {
  return join(config.dataDir, 'audit-key');
}

const keyrings = new WeakMap<Config, AuditKeyring>();

/**
 * The keyring of this configuration, read once. `warn` hears about a generated demo key.
 * Throws a ConfigError in production without a key.
 */
export function auditKeyring(
  config: Config,
  warn: (line: string) => void = (line) => console.warn(line),
): AuditKeyring {
  const known = keyrings.get(config);
  if (known) return known;
  const { key, keyFile } = config.audit;
  let ring: AuditKeyring;
  if (key && keyFile) {
    throw new ConfigError(
      'Invalid configuration:\n  - TILSKUDD_AUDIT_KEY, TILSKUDD_AUDIT_KEY_FILE: set one, not both',
    );
  } else if (key) {
    ring = keyringOf(parseAuditKeys(key, 'TILSKUDD_AUDIT_KEY'), 'TILSKUDD_AUDIT_KEY');
  } else if (keyFile) {
    const origin = `TILSKUDD_AUDIT_KEY_FILE (${keyFile})`;
    let text: string;
    try {
      text = readFileSync(keyFile, 'utf8');
    } catch (error) {
      throw new ConfigError(`${origin}: cannot be read (${(error as Error).message})`);
    }
    ring = keyringOf(parseAuditKeys(text, origin), origin);
  } else if (config.production) {
    throw new ConfigError(
      'Invalid configuration:\n  - TILSKUDD_AUDIT_KEY or TILSKUDD_AUDIT_KEY_FILE: required in production; the key that signs audit checkpoints must not live in the database (README, "The audit key")',
    );
  } else {
    ring = demoKeyring(config, warn);
  }
  keyrings.set(config, ring);
  return ring;
}

function demoKeyring(config: Config, warn: (line: string) => void): AuditKeyring {
  const path = demoKeyPath(config);
  const origin = `the demo key in ${path}`;
  if (!existsSync(path)) {
    mkdirSync(config.dataDir, { recursive: true });
    const stamp = new Date().toISOString().slice(0, 10).replace(/-/g, '');
    const entry = `demo-${stamp}:${randomBytes(32).toString('base64')}`;
    // Written whole to a file of its own, then linked into place: a process starting at the same
    // moment either wins or reads the other's complete key, never a half-written one.
    const draft = `${path}.${process.pid}.tmp`;
    writeFileSync(
      draft,
      `# Demo audit key, generated; production sets TILSKUDD_AUDIT_KEY.\n${entry}\n`,
      { mode: 0o600 },
    );
    try {
      linkSync(draft, path);
      warn(
        `No TILSKUDD_AUDIT_KEY: generated a demo key for audit checkpoints in ${path}. Production refuses to start without a key kept outside the data dir and the database.`,
      );
    } catch (error) {
      if ((error as { code?: unknown }).code !== 'EEXIST') throw error;
    } finally {
      unlinkSync(draft);
    }
  }
  return keyringOf(parseAuditKeys(readFileSync(path, 'utf8'), origin), origin);
}

export function signPayload(
  ring: AuditKeyring,
  payload: string,
): { keyId: string; signature: string } {
  return {
    keyId: ring.signing.id,
    signature: createHmac('sha256', ring.signing.secret).update(payload, 'utf8').digest('hex'),
  };
}

export function checkSignature(
  ring: AuditKeyring,
  keyId: string,
  payload: string,
  signature: string,
): SignatureState {
  const key = ring.byId.get(keyId);
  if (!key) return 'unknown-key';
  const expected = createHmac('sha256', key.secret).update(payload, 'utf8').digest();
  const given = /^[0-9a-f]{64}$/.test(signature) ? Buffer.from(signature, 'hex') : Buffer.alloc(0);
  return given.length === expected.length && timingSafeEqual(given, expected) ? 'valid' : 'invalid';
}
