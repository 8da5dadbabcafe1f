/**
 * The built-in identity provider's secrets: its signing key, its cookie keys and the client
 * secret of the one client. Generated once and kept in the `setting` table, so a restart and every
 * other process on the same database sign and verify with the same keys.
 */
import { generateKeyPairSync, randomBytes, randomUUID } from 'node:crypto';
import { z } from 'zod';
import type { Store } from '../../../store/create-store.js';
import { claimSetting } from '../../../store/repositories/oidc-payload.repository.js';
import { readSetting } from '../../../store/repositories/settings.repository.js';

const SETTING_KEY = 'dev-idp.secrets';
export const DEV_IDP_CLIENT_ID = 'tilskudd-web';

const secretsSchema = z.object({
  signingKey: z.looseObject({ kty: z.literal('RSA'), kid: z.string(), d: z.string() }),
  cookieKeys: z.array(z.string().min(32)).min(1),
  clientSecret: z.string().min(32),
});
export type DevIdpSecrets = z.infer<typeof secretsSchema>;

function generateSecrets(): DevIdpSecrets {
  const { privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  const jwk = privateKey.export({ format: 'jwk' });
  return {
    signingKey: {
      ...jwk,
      kty: 'RSA',
      d: String(jwk.d),
      kid: randomUUID(),
      alg: 'RS256',
      use: 'sig',
    },
    cookieKeys: [randomBytes(32).toString('base64url')],
    clientSecret: randomBytes(32).toString('base64url'),
  };
}

/** Reads the stored secrets, generating and storing them on first use. */
export async function loadDevIdpSecrets(store: Store): Promise<DevIdpSecrets> {
  let raw = await readSetting(store.db, SETTING_KEY);
  raw ??= await claimSetting(store.db, SETTING_KEY, JSON.stringify(generateSecrets()), new Date());
  return secretsSchema.parse(JSON.parse(raw));
}
