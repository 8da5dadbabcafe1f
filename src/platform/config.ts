/**
 * Every setting the app reads from the environment, in one place, validated on start. The README's
 * configuration table mirrors this file.
 */
import { isIP } from 'node:net';
import { availableParallelism } from 'node:os';
import { resolve } from 'node:path';
import { z } from 'zod';
import {
  ClamdAddressError,
  parseClamdAddress,
  type ClamdAddress,
} from '../integrations/clamav/clamd-address.js';

const flag = z.enum(['0', '1', 'true', 'false']).transform((v) => v === '1' || v === 'true');

/** proxy-addr's names for address ranges, accepted beside addresses and CIDR ranges. */
const TRUSTED_RANGE_NAMES = new Set(['loopback', 'linklocal', 'uniquelocal']);

function isAddressOrRange(entry: string): boolean {
  if (TRUSTED_RANGE_NAMES.has(entry) || isIP(entry) !== 0) return true;
  const [address = '', bits, ...rest] = entry.split('/');
  const family = isIP(address);
  if (family === 0 || bits === undefined || rest.length > 0 || !/^\d{1,3}$/.test(bits))
    return false;
  return Number(bits) <= (family === 4 ? 32 : 128);
}

/**
 * TILSKUDD_TRUST_PROXY: which reverse proxies may say who the client is (X-Forwarded-For, -Proto,
 * -Host). Unset or 0: none, the socket's address is the client. A number: that many proxy hops
 * in front of the app. Otherwise the proxies' addresses or CIDR ranges, comma-separated. "Trust
 * everyone" is refused: any client could then name its own address and escape the rate limits.
 */
const trustProxySetting = z
  .string()
  .trim()
  .transform((value, ctx): false | number | string[] => {
    if (value === '' || value === '0' || value === 'false') return false;
    if (/^\d+$/.test(value)) return Number(value);
    if (value === 'true' || value === '*') {
      ctx.addIssue({
        code: 'custom',
        message:
          'trusting every address lets any client choose its own address; name the proxies (addresses or CIDR ranges) or the number of hops',
      });
      return z.NEVER;
    }
    const entries = value.split(',').map((entry) => entry.trim());
    const bad = entries.filter((entry) => !isAddressOrRange(entry));
    if (bad.length > 0) {
      ctx.addIssue({
        code: 'custom',
        message: `not an IP address, CIDR range, hop count or one of loopback, linklocal, uniquelocal: ${bad.join(', ')}`,
      });
      return z.NEVER;
    }
    return entries;
  });

const envSchema = z.object({
  NODE_ENV: z.string().default('development'),
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: z.string().default('127.0.0.1'),
  TILSKUDD_TRUST_PROXY: trustProxySetting.default(false),
  PUBLIC_URL: z.url().optional(),
  TILSKUDD_DATA_DIR: z.string().default('./data'),
  // The audit checkpoints' key stays out of the database (docs/adr/0013): a value or a file.
  TILSKUDD_AUDIT_KEY: z.string().min(1).optional(),
  TILSKUDD_AUDIT_KEY_FILE: z.string().min(1).optional(),
  TILSKUDD_AUDIT_CHECKPOINT_FILE: z.string().min(1).optional(),
  TILSKUDD_AUDIT_CHECKPOINT_MINUTES: z.coerce
    .number()
    .min(0.01)
    .max(24 * 60)
    .default(10),
  DATABASE_URL: z.string().optional(),
  TILSKUDD_PG_SCHEMA: z
    .string()
    .regex(/^[a-z_][a-z0-9_]*$/, 'a lower-case SQL identifier')
    .optional(),
  TILSKUDD_CALLS_DIR: z.string().default('./calls'),
  TILSKUDD_DEMO: flag.optional(),
  TILSKUDD_DEMO_CLOCK: z.string().default('open'),
  TILSKUDD_SEED: flag.default(true),
  TILSKUDD_SESSION_IDLE_MINUTES: z.coerce
    .number()
    .int()
    .min(1)
    .max(24 * 60)
    .default(30),
  TILSKUDD_SESSION_MAX_HOURS: z.coerce.number().int().min(1).max(72).default(12),
  TILSKUDD_TOKEN_TTL_MINUTES: z.coerce
    .number()
    .int()
    .min(1)
    .max(7 * 24 * 60)
    .default(120),
  TILSKUDD_BODY_LIMIT_BYTES: z.coerce.number().int().min(1024).default(1_048_576),
  TILSKUDD_BUILD_WEB: flag.default(true),
  TILSKUDD_REQUEST_TIMEOUT_MS: z.coerce.number().int().min(100).max(600_000).default(30_000),
  TILSKUDD_HEADERS_TIMEOUT_MS: z.coerce.number().int().min(100).max(120_000).default(20_000),
  TILSKUDD_SHUTDOWN_GRACE_MS: z.coerce.number().int().min(0).max(120_000).default(1000),
  // Upload inspection in worker threads (docs/adr/0014); the default leaves a core to the server.
  TILSKUDD_INSPECTION_WORKERS: z.coerce.number().int().min(1).max(32).optional(),
  TILSKUDD_INSPECTION_BUDGET_MS: z.coerce.number().int().min(100).max(300_000).default(8000),
  TILSKUDD_INSPECTION_MEMORY_MB: z.coerce.number().int().min(32).max(4096).default(256),
  TILSKUDD_INSPECTION_QUEUE: z.coerce.number().int().min(0).max(1000).default(16),
  ENHETSREGISTERET_URL: z.url().optional(),
  ENHETSREGISTERET_TIMEOUT_MS: z.coerce.number().int().min(100).max(60_000).default(3000),
  ENHETSREGISTERET_CACHE_HOURS: z.coerce
    .number()
    .min(0)
    .max(24 * 30)
    .default(24),
  TILSKUDD_CLAMD: z.string().optional(),
  TILSKUDD_CLAMD_TIMEOUT_MS: z.coerce.number().int().min(100).max(600_000).default(15_000),
  // E-mail (docs/adr/0020): an SMTP relay, or without one the in-process server and dev mailbox.
  SMTP_URL: z
    .union([
      z.literal(''),
      z
        .string()
        .regex(/^smtps?:\/\/\S+$/, 'an smtp:// or smtps:// URL, e.g. smtp://user:pass@relay:587'),
    ])
    .optional(),
  SMTP_FROM: z.string().min(3).default('Tilskudd <noreply@tilskudd.localhost>'),
  TILSKUDD_DEV_SMTP_PORT: z.coerce.number().int().min(0).max(65535).default(0),
  TILSKUDD_JOB_POLL_MS: z.coerce.number().int().min(50).max(600_000).default(5000),
  TILSKUDD_JOB_LEASE_MS: z.coerce.number().int().min(500).max(3_600_000).default(300_000),
  TILSKUDD_METRICS_TOKEN: z.string().min(16, 'at least 16 characters').optional(),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  OIDC_ISSUER: z.url().optional(),
  OIDC_CLIENT_ID: z.string().optional(),
  OIDC_CLIENT_SECRET: z.string().optional(),
  OIDC_ACR_VALUES: z.string().optional(),
  OIDC_SUBJECT_CLAIM: z.string().default('sub'),
  OIDC_SCOPES: z.string().default('openid profile email'),
  // Staff may sign in with another provider than applicants (ID-porten): all three or none.
  OIDC_STAFF_ISSUER: z.url().optional(),
  OIDC_STAFF_CLIENT_ID: z.string().optional(),
  OIDC_STAFF_CLIENT_SECRET: z.string().optional(),
});

export interface Config {
  production: boolean;
  /**
   * Demo mode: built-in identity provider, simulated clock, demo data, bearer tokens. Never in
   * production, and never when OIDC_ISSUER or OIDC_STAFF_ISSUER names a real issuer.
   */
  demo: boolean;
  port: number;
  host: string;
  /**
   * The reverse proxies whose X-Forwarded-* headers are believed: false (none), a hop count, or
   * their addresses and CIDR ranges. Decides request.ip, which the rate limits are keyed on.
   */
  trustProxy: false | number | string[];
  /** The address browsers use; redirect URIs and the built-in issuer derive from it. */
  publicUrl: string;
  dataDir: string;
  /** Audit checkpoints (docs/adr/0013): key as `id:secret` entries or a file of them. */
  audit: {
    key: string | undefined;
    keyFile: string | undefined;
    checkpointFile: string | undefined;
    checkpointMinutes: number;
  };
  databaseUrl: string | undefined;
  pgSchema: string | undefined;
  sqlitePath: string;
  callsDir: string;
  /** A phase name (before-open, open, last-hour, after-deadline) or an ISO instant. */
  demoClockStart: string;
  seed: boolean;
  sessionIdleMinutes: number;
  sessionMaxHours: number;
  tokenTtlMinutes: number;
  bodyLimitBytes: number;
  buildWebIfMissing: boolean;
  /**
   * A request whose bytes stop arriving for this long is cut off (408), and so is a connection
   * whose client stops reading; a slow upload that keeps moving is not (TILSKUDD_REQUEST_TIMEOUT_MS).
   */
  requestIdleTimeoutMs: number;
  /** All of a request's headers must arrive within this time, however steadily (slowloris). */
  headersTimeoutMs: number;
  /** After SIGTERM, how long /readyz says "not ready" before the server stops taking requests. */
  shutdownGraceMs: number;
  enhetsregisteret: { baseUrl: string | undefined; timeoutMs: number; cacheHours: number };
  /** ClamAV's daemon (TILSKUDD_CLAMD); absent: uploads are stored as not scanned. */
  clamd: { address: ClamdAddress; timeoutMs: number } | undefined;
  /** Upload inspection: worker threads, wall time per file, heap per worker, files waiting. */
  inspection: { workers: number; budgetMs: number; memoryMb: number; maxWaiting: number };
  /**
   * Outgoing e-mail: an SMTP relay (SMTP_URL), or none, and then the in-process SMTP server of
   * the embedded default on 127.0.0.1:devSmtpPort (0: a free port) that fills the dev mailbox.
   */
  mail: { smtpUrl: string | undefined; from: string; devSmtpPort: number };
  /** Durable jobs: how often each process looks for due jobs, and how long a claim holds. */
  jobs: { pollMs: number; leaseMs: number };
  logLevel: z.infer<typeof envSchema>['LOG_LEVEL'];
  /** The bearer token a Prometheus scraper sends to /metrics; absent: /metrics is off (404). */
  metricsToken: string | undefined;
  oidc: {
    issuer: string | undefined;
    clientId: string | undefined;
    clientSecret: string | undefined;
    acrValues: string | undefined;
    subjectClaim: string;
    scopes: string;
    /** The staff provider (`/auth/login?as=staff`); absent: staff use the issuer above. */
    staff: { issuer: string; clientId: string; clientSecret: string } | undefined;
  };
}

export class ConfigError extends Error {}

/** The optional staff sign-in provider: all three OIDC_STAFF_* settings, or none. */
function readStaffProvider(e: z.infer<typeof envSchema>): Config['oidc']['staff'] {
  const {
    OIDC_STAFF_ISSUER: issuer,
    OIDC_STAFF_CLIENT_ID: clientId,
    OIDC_STAFF_CLIENT_SECRET: clientSecret,
  } = e;
  if (issuer && clientId && clientSecret) return { issuer, clientId, clientSecret };
  if (issuer || clientId || clientSecret) {
    throw new ConfigError(
      'Invalid configuration:\n  - OIDC_STAFF_ISSUER, OIDC_STAFF_CLIENT_ID, OIDC_STAFF_CLIENT_SECRET: set all three or none',
    );
  }
  return undefined;
}

function readClamd(e: z.infer<typeof envSchema>): Config['clamd'] {
  if (!e.TILSKUDD_CLAMD) return undefined;
  try {
    return { address: parseClamdAddress(e.TILSKUDD_CLAMD), timeoutMs: e.TILSKUDD_CLAMD_TIMEOUT_MS };
  } catch (error) {
    if (!(error instanceof ClamdAddressError)) throw error;
    throw new ConfigError(`Invalid configuration:\n  - TILSKUDD_CLAMD: ${error.message}`);
  }
}

export function readConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = envSchema.safeParse(env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  - ${i.path.join('.')}: ${i.message}`);
    throw new ConfigError(`Invalid configuration:\n${lines.join('\n')}`);
  }
  const e = parsed.data;
  const production = e.NODE_ENV === 'production';
  // A configuration that names a real issuer is meant for real people: the built-in provider
  // (persona picker, `npm run token`) would let anyone in as anyone, so it never runs beside one.
  const realIssuer = e.OIDC_ISSUER ?? e.OIDC_STAFF_ISSUER;
  const demo = e.TILSKUDD_DEMO ?? (!production && realIssuer === undefined);
  if (production && demo) {
    throw new ConfigError(
      'Invalid configuration:\n  - TILSKUDD_DEMO: demo mode (built-in sign-in, simulated clock) is refused when NODE_ENV=production',
    );
  }
  if (demo && realIssuer !== undefined) {
    const name = e.OIDC_ISSUER !== undefined ? 'OIDC_ISSUER' : 'OIDC_STAFF_ISSUER';
    throw new ConfigError(
      `Invalid configuration:\n  - TILSKUDD_DEMO: demo mode (built-in sign-in with personas, npm run token) is refused when ${name} names a real issuer (${realIssuer}); unset TILSKUDD_DEMO to sign in with that issuer, or unset ${name} for the demo`,
    );
  }
  if (!demo) {
    const missing = (
      ['OIDC_ISSUER', 'OIDC_CLIENT_ID', 'OIDC_CLIENT_SECRET', 'PUBLIC_URL'] as const
    ).filter((k) => !e[k]);
    if (missing.length > 0) {
      const why = realIssuer !== undefined && !production ? ' (an OIDC issuer is set)' : '';
      throw new ConfigError(
        `Invalid configuration:\n${missing.map((k) => `  - ${k}: required outside demo mode${why}`).join('\n')}`,
      );
    }
  }
  const dataDir = resolve(e.TILSKUDD_DATA_DIR);
  return {
    production,
    demo,
    port: e.PORT,
    host: e.HOST,
    trustProxy: e.TILSKUDD_TRUST_PROXY,
    publicUrl: (e.PUBLIC_URL ?? `http://localhost:${e.PORT}`).replace(/\/$/, ''),
    dataDir,
    audit: {
      key: e.TILSKUDD_AUDIT_KEY,
      keyFile: e.TILSKUDD_AUDIT_KEY_FILE ? resolve(e.TILSKUDD_AUDIT_KEY_FILE) : undefined,
      checkpointFile: e.TILSKUDD_AUDIT_CHECKPOINT_FILE
        ? resolve(e.TILSKUDD_AUDIT_CHECKPOINT_FILE)
        : undefined,
      checkpointMinutes: e.TILSKUDD_AUDIT_CHECKPOINT_MINUTES,
    },
    databaseUrl: e.DATABASE_URL || undefined,
    pgSchema: e.TILSKUDD_PG_SCHEMA,
    sqlitePath: resolve(dataDir, 'tilskudd.sqlite'),
    callsDir: resolve(e.TILSKUDD_CALLS_DIR),
    demoClockStart: e.TILSKUDD_DEMO_CLOCK,
    seed: e.TILSKUDD_SEED,
    sessionIdleMinutes: e.TILSKUDD_SESSION_IDLE_MINUTES,
    sessionMaxHours: e.TILSKUDD_SESSION_MAX_HOURS,
    tokenTtlMinutes: e.TILSKUDD_TOKEN_TTL_MINUTES,
    bodyLimitBytes: e.TILSKUDD_BODY_LIMIT_BYTES,
    buildWebIfMissing: e.TILSKUDD_BUILD_WEB,
    shutdownGraceMs: e.TILSKUDD_SHUTDOWN_GRACE_MS,
    requestIdleTimeoutMs: e.TILSKUDD_REQUEST_TIMEOUT_MS,
    headersTimeoutMs: e.TILSKUDD_HEADERS_TIMEOUT_MS,
    enhetsregisteret: {
      baseUrl: e.ENHETSREGISTERET_URL,
      timeoutMs: e.ENHETSREGISTERET_TIMEOUT_MS,
      cacheHours: e.ENHETSREGISTERET_CACHE_HOURS,
    },
    clamd: readClamd(e),
    inspection: {
      workers:
        e.TILSKUDD_INSPECTION_WORKERS ?? Math.max(1, Math.min(2, availableParallelism() - 1)),
      budgetMs: e.TILSKUDD_INSPECTION_BUDGET_MS,
      memoryMb: e.TILSKUDD_INSPECTION_MEMORY_MB,
      maxWaiting: e.TILSKUDD_INSPECTION_QUEUE,
    },
    mail: {
      smtpUrl: e.SMTP_URL || undefined,
      from: e.SMTP_FROM,
      devSmtpPort: e.TILSKUDD_DEV_SMTP_PORT,
    },
    jobs: { pollMs: e.TILSKUDD_JOB_POLL_MS, leaseMs: e.TILSKUDD_JOB_LEASE_MS },
    logLevel: e.LOG_LEVEL,
    metricsToken: e.TILSKUDD_METRICS_TOKEN || undefined,
    oidc: {
      issuer: e.OIDC_ISSUER,
      clientId: e.OIDC_CLIENT_ID,
      clientSecret: e.OIDC_CLIENT_SECRET,
      acrValues: e.OIDC_ACR_VALUES,
      subjectClaim: e.OIDC_SUBJECT_CLAIM,
      scopes: e.OIDC_SCOPES,
      staff: readStaffProvider(e),
    },
  };
}
