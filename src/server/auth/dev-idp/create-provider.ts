/**
 * The configuration of the built-in identity provider: one confidential client (the app itself)
 * using the authorization code flow with PKCE S256, personas as accounts, consent implied because
 * the client is first-party, and pages that obey the app's CSP.
 */
import Provider, { type GrantInstance, type KoaContextWithOIDC } from 'oidc-provider';
import type { Persona } from '../../../platform/seed-demo-data.js';
import type { Store } from '../../../store/create-store.js';
import { createPayloadAdapter } from './payload-adapter.js';
import { renderIdpError, renderLogoutConfirmation, renderSignedOut } from './pages.js';
import { DEV_IDP_CLIENT_ID, type DevIdpSecrets } from './secrets.js';

export const IDP_PATH = '/idp';

export function devIdpIssuer(publicUrl: string): string {
  return `${publicUrl}${IDP_PATH}`;
}

function sendHtml(ctx: KoaContextWithOIDC, html: string, status?: number): void {
  ctx.type = 'html';
  if (status !== undefined) ctx.status = status;
  ctx.body = html;
}

/** The client is the app itself, so consent is implied: grant exactly what it asked for. */
async function loadFirstPartyGrant(ctx: KoaContextWithOIDC): Promise<GrantInstance | undefined> {
  const { oidc } = ctx;
  const client = oidc.client;
  const accountId = oidc.session?.accountId;
  if (!client || !accountId) return undefined;
  const grantId = oidc.result?.consent?.grantId ?? oidc.session?.grantIdFor(client.clientId);
  if (grantId) {
    const existing = await oidc.provider.Grant.find(grantId);
    if (existing) return existing;
  }
  const grant = new oidc.provider.Grant({ clientId: client.clientId, accountId });
  grant.addOIDCScope([...oidc.requestParamScopes].join(' '));
  if (oidc.requestParamClaims.size > 0) grant.addOIDCClaims([...oidc.requestParamClaims]);
  await grant.save();
  return grant;
}

export function createDevIdentityProvider(input: {
  publicUrl: string;
  store: Store;
  secrets: DevIdpSecrets;
  personas: readonly Persona[];
}): Provider {
  const { publicUrl, store, secrets, personas } = input;
  const provider = new Provider(devIdpIssuer(publicUrl), {
    adapter: (kind) => createPayloadAdapter(store, kind),
    clients: [
      {
        client_id: DEV_IDP_CLIENT_ID,
        client_secret: secrets.clientSecret,
        redirect_uris: [`${publicUrl}/auth/callback`],
        post_logout_redirect_uris: [`${publicUrl}/`],
        grant_types: ['authorization_code'],
        response_types: ['code'],
        token_endpoint_auth_method: 'client_secret_basic',
      },
    ],
    responseTypes: ['code'],
    pkce: { required: () => true },
    scopes: ['openid', 'profile', 'email'],
    claims: { openid: ['sub'], profile: ['name'], email: ['email'] },
    // The app reads name and e-mail from the ID token, as it does with ID-porten's.
    conformIdTokenClaims: false,
    jwks: { keys: [secrets.signingKey] },
    cookies: { keys: secrets.cookieKeys },
    findAccount: async (_ctx, sub) => {
      const persona = personas.find((p) => p.id === sub);
      if (!persona) return undefined;
      return {
        accountId: persona.id,
        claims: () => ({ sub: persona.id, name: persona.name, email: persona.email }),
      };
    },
    interactions: {
      url: async (_ctx, interaction) => `${IDP_PATH}/interaction/${interaction.uid}`,
    },
    loadExistingGrant: loadFirstPartyGrant,
    features: {
      devInteractions: { enabled: false },
      rpInitiatedLogout: {
        enabled: true,
        logoutSource: async (ctx, form) => sendHtml(ctx, renderLogoutConfirmation(form)),
        postLogoutSuccessSource: async (ctx) => sendHtml(ctx, renderSignedOut()),
      },
    },
    renderError: async (ctx, out) => sendHtml(ctx, renderIdpError(out)),
    clientBasedCORS: () => false,
    ttl: {
      AccessToken: 600,
      AuthorizationCode: 60,
      IdToken: 3600,
      Interaction: 600,
      Session: 12 * 3600,
      Grant: 12 * 3600,
    },
  });
  // It reads its host and scheme from X-Forwarded-Host/-Proto, which the mount (register.ts)
  // always sets to the public URL's: a request's own Host never shapes its URLs or cookies.
  provider.proxy = true;
  return provider;
}
