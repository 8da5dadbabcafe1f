/**
 * `npm run token -- <persona>`: an API token for a demo persona, for scripts and benchmarks
 * (`Authorization: Bearer <token>`). Demo mode only. Works beside a running server on the same
 * database. The explanation goes to stderr; the bare token is the last line of stdout.
 */
import { ConfigError, readConfig } from '../platform/config.js';
import { DEV_IDP_SUBJECT_PREFIX, readPersonas, seedDemoData } from '../platform/seed-demo-data.js';
import { openStore } from '../platform/start-context.js';
import { migrateToLatest } from '../store/create-store.js';
import { recordAuditEvent } from '../store/repositories/audit.repository.js';
import { createApiToken } from '../store/repositories/sessions.repository.js';
import { findUserBySubject } from '../store/repositories/users.repository.js';

class CliError extends Error {}

const DEMO_ONLY =
  'npm run token works in demo mode only: API tokens for personas are refused in production (NODE_ENV=production), with TILSKUDD_DEMO=0, and when OIDC_ISSUER or OIDC_STAFF_ISSUER names a real issuer.';

async function issueToken(personaId: string | undefined): Promise<string> {
  // Before reading the configuration, whose production errors would say less than this.
  const { NODE_ENV, OIDC_ISSUER, OIDC_STAFF_ISSUER } = process.env;
  if (NODE_ENV === 'production' || OIDC_ISSUER || OIDC_STAFF_ISSUER) throw new CliError(DEMO_ONLY);
  const config = readConfig();
  if (config.production || !config.demo) throw new CliError(DEMO_ONLY);
  const personas = readPersonas();
  const persona = personas.find((p) => p.id === personaId);
  if (!persona) {
    const list = personas
      .map((p) => `  ${p.id.padEnd(22)} ${p.name} (${p.description.en})`)
      .join('\n');
    const asked = personaId ? `Unknown persona "${personaId}".` : 'Name a persona.';
    throw new CliError(`${asked} Usage: npm run token -- <persona>. The personas are:\n${list}`);
  }

  const store = openStore(config);
  try {
    await migrateToLatest(store);
    const subject = `${DEV_IDP_SUBJECT_PREFIX}${persona.id}`;
    let user = await findUserBySubject(store.db, subject);
    if (!user) {
      await seedDemoData(store, new Date());
      user = await findUserBySubject(store.db, subject);
    }
    if (!user) throw new CliError(`The persona ${persona.id} could not be seeded.`);
    const now = new Date();
    const { token, expiresAt } = await createApiToken(
      store.db,
      {
        userId: user.id,
        label: `npm run token -- ${persona.id}`,
        ttlMinutes: config.tokenTtlMinutes,
      },
      now,
    );
    await recordAuditEvent(store.db, {
      actor: null,
      actorLabel: 'npm run token',
      action: 'auth.token-issued',
      entityType: 'user',
      entityId: user.id,
      detail: { persona: persona.id, expiresAt },
      at: now,
    });
    console.error(
      [
        `API token for ${persona.name} (${persona.id}), valid until ${expiresAt}.`,
        `Use it as: curl -H "Authorization: Bearer <token>" ${config.publicUrl}/api/me`,
      ].join('\n'),
    );
    return token;
  } finally {
    await store.close();
  }
}

try {
  console.log(await issueToken(process.argv[2]));
} catch (error) {
  const known = error instanceof CliError || error instanceof ConfigError;
  console.error(known ? error.message : `npm run token failed: ${String(error)}`);
  process.exitCode = 1;
}
