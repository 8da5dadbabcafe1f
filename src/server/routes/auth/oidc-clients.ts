/**
 * The app as an OpenID Connect client: which issuer signs whom in, and its discovered
 * configuration. Discovery is lazy (the server is not listening yet when routes register) and
 * retried after a failure. In demo mode the built-in issuer lives in this very process, so its
 * HTTP calls (discovery, token, JWKS) go through `app.inject` instead of the network.
 */
import type { FastifyInstance, HTTPMethods } from 'fastify';
import * as client from 'openid-client';
import { DEV_IDP_SUBJECT_PREFIX } from '../../../platform/seed-demo-data.js';
import { devIdpIssuer } from '../../auth/dev-idp/create-provider.js';
import { DEV_IDP_CLIENT_ID, loadDevIdpSecrets } from '../../auth/dev-idp/secrets.js';
import type { AppContext } from '../../context.js';

export const audiences = ['applicant', 'staff'] as const;
export type Audience = (typeof audiences)[number];

export interface IssuerSettings {
  issuer: string;
  clientId: string;
  clientSecret: () => Promise<string>;
  /** ID-porten wants e.g. "idporten-loa-substantial"; only sent to the applicants' issuer. */
  acrValues: string | undefined;
  scopes: string;
  /** The ID-token claim that identifies the person (`pid` for ID-porten). */
  subjectClaim: string;
  builtIn: boolean;
}

export function issuerSettingsFor(ctx: AppContext, audience: Audience): IssuerSettings {
  const { config } = ctx;
  if (config.demo) {
    return {
      issuer: devIdpIssuer(config.publicUrl),
      clientId: DEV_IDP_CLIENT_ID,
      clientSecret: async () => (await loadDevIdpSecrets(ctx.store)).clientSecret,
      acrValues: undefined,
      scopes: 'openid profile email',
      subjectClaim: 'sub',
      builtIn: true,
    };
  }
  const { oidc } = config;
  if (audience === 'staff' && oidc.staff) {
    const { staff } = oidc;
    return {
      issuer: staff.issuer,
      clientId: staff.clientId,
      clientSecret: async () => staff.clientSecret,
      acrValues: undefined,
      scopes: oidc.scopes,
      subjectClaim: 'sub',
      builtIn: false,
    };
  }
  if (!oidc.issuer || !oidc.clientId || !oidc.clientSecret) {
    throw new Error(
      'OIDC_ISSUER, OIDC_CLIENT_ID and OIDC_CLIENT_SECRET are required outside demo mode',
    );
  }
  const secret = oidc.clientSecret;
  return {
    issuer: oidc.issuer,
    clientId: oidc.clientId,
    clientSecret: async () => secret,
    acrValues: oidc.acrValues,
    scopes: oidc.scopes,
    subjectClaim: oidc.subjectClaim,
    builtIn: false,
  };
}

/** Every issuer this deployment trusts, for matching an ID token's `iss` at logout. */
export function allIssuerSettings(ctx: AppContext): IssuerSettings[] {
  const applicant = issuerSettingsFor(ctx, 'applicant');
  const staff = issuerSettingsFor(ctx, 'staff');
  return staff.issuer === applicant.issuer ? [applicant] : [applicant, staff];
}

/** The user's subject in app_user: stable per issuer, independent of the built-in IdP's URL. */
export function subjectOf(settings: IssuerSettings, claims: client.IDToken): string | undefined {
  const value = claims[settings.subjectClaim];
  if (typeof value !== 'string' && typeof value !== 'number') return undefined;
  const id = String(value);
  if (id === '') return undefined;
  return settings.builtIn ? `${DEV_IDP_SUBJECT_PREFIX}${id}` : `${claims.iss}|${id}`;
}

function toPayload(body: client.CustomFetchOptions['body']): string | Buffer | undefined {
  if (body === undefined || body === null) return undefined;
  if (typeof body === 'string') return body;
  if (body instanceof URLSearchParams) return body.toString();
  if (body instanceof ArrayBuffer) return Buffer.from(body);
  if (body instanceof Uint8Array) return Buffer.from(body.buffer, body.byteOffset, body.byteLength);
  throw new Error('a streamed request body cannot be sent to the built-in identity provider');
}

/** fetch() for the in-process issuer: the request never leaves the process. */
function createInjectFetch(app: FastifyInstance, publicUrl: string): client.CustomFetch {
  const site = new URL(publicUrl);
  return async (url, options) => {
    const target = new URL(url);
    if (target.origin !== site.origin) {
      throw new Error(
        `demo mode reaches only the built-in identity provider, not ${target.origin}`,
      );
    }
    const payload = toPayload(options.body);
    const response = await app.inject({
      method: options.method as HTTPMethods,
      url: `${target.pathname}${target.search}`,
      headers: {
        ...options.headers,
        host: site.host,
        'x-forwarded-proto': site.protocol.slice(0, -1),
      },
      ...(payload !== undefined ? { payload } : {}),
    });
    const headers = new Headers();
    for (const [name, value] of Object.entries(response.headers)) {
      if (value === undefined) continue;
      for (const v of Array.isArray(value) ? value : [String(value)]) headers.append(name, v);
    }
    const empty = response.rawPayload.length === 0 || [204, 304].includes(response.statusCode);
    return new Response(empty ? null : new Uint8Array(response.rawPayload), {
      status: response.statusCode,
      headers,
    });
  };
}

export interface OidcClients {
  configurationFor(settings: IssuerSettings): Promise<client.Configuration>;
}

export function createOidcClients(app: FastifyInstance, ctx: AppContext): OidcClients {
  const cache = new Map<string, Promise<client.Configuration>>();
  const discover = async (settings: IssuerSettings) => {
    const secret = await settings.clientSecret();
    const auth = client.ClientSecretBasic(secret);
    if (!settings.builtIn) {
      return client.discovery(
        new URL(settings.issuer),
        settings.clientId,
        { client_secret: secret },
        auth,
      );
    }
    return client.discovery(
      new URL(settings.issuer),
      settings.clientId,
      { client_secret: secret },
      auth,
      {
        [client.customFetch]: createInjectFetch(app, ctx.config.publicUrl),
        // The built-in issuer shares the app's URL, which is plain http on a laptop.
        execute: ctx.config.publicUrl.startsWith('http://') ? [client.allowInsecureRequests] : [],
      },
    );
  };
  return {
    configurationFor(settings) {
      const key = `${settings.issuer} ${settings.clientId}`;
      let pending = cache.get(key);
      if (!pending) {
        pending = discover(settings);
        cache.set(key, pending);
        // A failed discovery (issuer down) is tried again on the next login, not cached forever.
        pending.catch(() => cache.delete(key));
      }
      return pending;
    },
  };
}
