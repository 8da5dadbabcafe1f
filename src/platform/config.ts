/**
 * Every setting the app reads from the environment, in one place, validated on start. The README's
 * configuration table mirrors this file.
 */
import { availableParallelism } from 'node:os';
import { resolve } from 'node:path';
import { z } from 'zod';

const flag = z.enum(['0', '1', 'true', 'false']).transform((v) => v === '1' || v === 'true');

const envSchema = z.object({
  NODE_ENV: z.string().default('development'),
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: z.string().default('127.0.0.1'),
  PUBLIC_URL: z.url().optional(),
  TILSKUDD_DATA_DIR: z.string().default('./data'),
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
  /** Demo mode: built-in identity provider, simulated clock, demo data, bearer tokens. */
  demo: boolean;
  port: number;
  host: string;
  /** The address browsers use; redirect URIs and the built-in issuer derive from it. */
  publicUrl: string;
  dataDir: string;
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
  /** A request (headers and body) must arrive within this time, so slow clients cannot hold sockets. */
  requestTimeoutMs: number;
  /** After SIGTERM, how long /readyz says "not ready" before the server stops taking requests. */
  shutdownGraceMs: number;
  enhetsregisteret: { baseUrl: string | undefined; timeoutMs: number; cacheHours: number };
  /** Upload inspection: worker threads, wall time per file, heap per worker, files waiting. */
  inspection: { workers: number; budgetMs: number; memoryMb: number; maxWaiting: number };
  logLevel: z.infer<typeof envSchema>['LOG_LEVEL'];
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

export function readConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = envSchema.safeParse(env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  - ${i.path.join('.')}: ${i.message}`);
    throw new ConfigError(`Invalid configuration:\n${lines.join('\n')}`);
  }
  const e = parsed.data;
  const production = e.NODE_ENV === 'production';
  const demo = e.TILSKUDD_DEMO ?? !production;
  if (production && demo) {
    throw new ConfigError(
      'Invalid configuration:\n  - TILSKUDD_DEMO: demo mode (built-in sign-in, simulated clock) is refused when NODE_ENV=production',
    );
  }
  if (!demo) {
    const missing = (
      ['OIDC_ISSUER', 'OIDC_CLIENT_ID', 'OIDC_CLIENT_SECRET', 'PUBLIC_URL'] as const
    ).filter((k) => !e[k]);
    if (missing.length > 0) {
      throw new ConfigError(
        `Invalid configuration:\n${missing.map((k) => `  - ${k}: required outside demo mode`).join('\n')}`,
      );
    }
  }
  const dataDir = resolve(e.TILSKUDD_DATA_DIR);
  return {
    production,
    demo,
    port: e.PORT,
    host: e.HOST,
    publicUrl: (e.PUBLIC_URL ?? `http://localhost:${e.PORT}`).replace(/\/$/, ''),
    dataDir,
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
    requestTimeoutMs: e.TILSKUDD_REQUEST_TIMEOUT_MS,
    enhetsregisteret: {
      baseUrl: e.ENHETSREGISTERET_URL,
      timeoutMs: e.ENHETSREGISTERET_TIMEOUT_MS,
      cacheHours: e.ENHETSREGISTERET_CACHE_HOURS,
    },
    inspection: {
      workers:
        e.TILSKUDD_INSPECTION_WORKERS ?? Math.max(1, Math.min(2, availableParallelism() - 1)),
      budgetMs: e.TILSKUDD_INSPECTION_BUDGET_MS,
      memoryMb: e.TILSKUDD_INSPECTION_MEMORY_MB,
      maxWaiting: e.TILSKUDD_INSPECTION_QUEUE,
    },
    logLevel: e.LOG_LEVEL,
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
