/**
 * The page a browser gets when a navigation fails (a sign-in callback, a link to a receipt PDF
 * without access, an address that does not exist): HTML in the user's language with a way on,
 * instead of the problem+json an API client gets. Decided by content negotiation: a GET or HEAD
 * whose Accept ranks text/html above JSON. The texts are the web app's (`errorPages` in
 * src/web/i18n), the style sheet is served from this plugin, and nothing inline breaks the CSP.
 */
import type { FastifyRequest } from 'fastify';
import en from '../../web/i18n/en.json' with { type: 'json' };
import nb from '../../web/i18n/nb.json' with { type: 'json' };
import nn from '../../web/i18n/nn.json' with { type: 'json' };
import type { ErrorCode } from '../errors/catalogue.js';
import { localeOf, type Locale } from '../i18n/locale.js';
import { isSafeReturnTo } from '../routes/auth/return-to.js';

export const ERROR_PAGE_CSS_PATH = '/static/error-page.css';
/** The web app's language choice, mirrored in a cookie so server-made pages can follow it. */
export const LANGUAGE_COOKIE = 'tilskudd_language';

const texts = { nb: nb.errorPages, nn: nn.errorPages, en: en.errorPages };
type Kind =
  | 'unauthenticated'
  | 'forbidden'
  | 'notFound'
  | 'signInFailed'
  | 'rateLimited'
  | 'badRequest'
  | 'other';

/** How much a client wants a media type, by the Accept header's q-values (exact ranges only). */
function quality(accept: string, types: readonly string[]): number {
  let best = 0;
  for (const part of accept.split(',')) {
    const [range = '', ...params] = part.trim().toLowerCase().split(';');
    if (!types.includes(range.trim())) continue;
    const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
    const value = q ? Number(q.slice(2)) : 1;
    if (!Number.isNaN(value)) best = Math.max(best, value);
  }
  return best;
}

/** A browser navigation: a GET/HEAD that asks for HTML before JSON. API clients never do. */
export function wantsHtml(request: FastifyRequest): boolean {
  if (request.method !== 'GET' && request.method !== 'HEAD') return false;
  const accept = request.headers.accept ?? '';
  const html = quality(accept, ['text/html', 'application/xhtml+xml']);
  const json = quality(accept, ['application/json', 'application/problem+json']);
  return html > 0 && html > json;
}

/** The language the user chose in the app (its cookie), else the browser's Accept-Language. */
export function pageLocale(request: FastifyRequest): Locale {
  const chosen = request.cookies?.[LANGUAGE_COOKIE];
  if (chosen === 'nb' || chosen === 'nn' || chosen === 'en') return chosen;
  return localeOf(request);
}

function kindOf(code: ErrorCode, status: number): Kind {
  if (code === 'sign_in_failed') return 'signInFailed';
  if (status === 401) return 'unauthenticated';
  if (status === 403) return 'forbidden';
  if (status === 404) return 'notFound';
  if (status === 429) return 'rateLimited';
  if (status < 500) return 'badRequest';
  return 'other';
}

const HTML_ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};
const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => HTML_ESCAPES[c] ?? c);
const fill = (text: string, values: Record<string, string | number>) =>
  text.replace(/{{\s*(\w+)\s*}}/g, (_, key: string) => String(values[key] ?? ''));

export interface ErrorPageInput {
  locale: Locale;
  status: number;
  code: ErrorCode;
  title: string;
  detail: string | undefined;
  /** What was wrong with the address's parameters, each naming its field. */
  fieldErrors: readonly { path: string; message: string }[];
  requestId: string;
  /** The address that failed, as the browser asked for it (path and query). */
  url: string;
}

interface Action {
  href: string;
  label: string;
}

function actionsFor(kind: Kind, input: ErrorPageInput): Action[] {
  const t = texts[input.locale];
  const home = { href: '/', label: t.home };
  const back = isSafeReturnTo(input.url) ? input.url : '/';
  const signIn = (label: string, returnTo: string) => ({
    href: `/auth/login?returnTo=${encodeURIComponent(returnTo)}`,
    label,
  });
  switch (kind) {
    case 'unauthenticated':
      return [signIn(t.unauthenticated.action, back), home];
    case 'forbidden':
      return [home, signIn(t.forbidden.action, back)];
    case 'signInFailed':
      return [signIn(t.signInFailed.action, '/'), home];
    case 'other':
      return [{ href: back, label: t.retry }, home];
    default:
      return [home];
  }
}

export function renderErrorPage(input: ErrorPageInput): string {
  const t = texts[input.locale];
  const kind = kindOf(input.code, input.status);
  const [primary, ...others] = actionsFor(kind, input);
  const own = t[kind];
  // The catalogue's title, unless the page has a heading of its own for this kind.
  const heading = 'heading' in own ? own.heading : input.title;
  const links = [
    primary
      ? `<a class="action primary" href="${escapeHtml(primary.href)}">${escapeHtml(primary.label)}</a>`
      : '',
    ...others.map(
      (a) => `<a class="action" href="${escapeHtml(a.href)}">${escapeHtml(a.label)}</a>`,
    ),
  ].join('\n        ');
  const detail = input.detail ? `\n      <p>${escapeHtml(input.detail)}</p>` : '';
  const fields =
    input.fieldErrors.length > 0
      ? `\n      <ul class="fields">${input.fieldErrors
          .map((f) => `<li><code>${escapeHtml(f.path)}</code>: ${escapeHtml(f.message)}</li>`)
          .join('')}</ul>`
      : '';
  return `<!DOCTYPE html>
<html lang="${input.locale}">
  <head>
    <meta charset="utf-8">
    <meta name="viewport" content="width=device-width, initial-scale=1">
    <meta name="robots" content="noindex">
    <title>${escapeHtml(fill(t.documentTitle, { title: input.title }))}</title>
    <link rel="icon" href="data:,">
    <link rel="stylesheet" href="${ERROR_PAGE_CSS_PATH}">
  </head>
  <body>
    <header class="site"><a href="/" class="brand" aria-label="${escapeHtml(t.homeLink)}">tilskudd</a></header>
    <main id="main">
      <p class="status">${escapeHtml(fill(t.statusLabel, { status: input.status }))}</p>
      <h1>${escapeHtml(heading)}</h1>${detail}
      <p>${escapeHtml(own.lead)}</p>${fields}
      <div class="actions">
        ${links}
      </div>
      <p class="reference">${escapeHtml(fill(t.requestId, { id: input.requestId }))}</p>
    </main>
  </body>
</html>
`;
}

export const ERROR_PAGE_CSS = `:root { color-scheme: light; font-family: system-ui, -apple-system, 'Segoe UI', sans-serif; line-height: 1.5; }
body { margin: 0; background: #fff; color: #1e2b3c; }
.site { border-bottom: 1px solid #d2d8de; padding: 1rem clamp(1rem, 4vw, 2.5rem); }
.brand { font-weight: 700; font-size: 1.25rem; color: #1e2b3c; text-decoration: none; }
.brand:hover { text-decoration: underline; }
main { max-width: 40rem; margin: clamp(1.5rem, 6vw, 4rem) auto; padding: 0 clamp(1rem, 4vw, 2.5rem); }
.status { margin: 0; color: #4b5a6b; font-weight: 600; }
h1 { font-size: clamp(1.5rem, 5vw, 2.25rem); line-height: 1.2; margin: 0.25rem 0 1rem; overflow-wrap: anywhere; }
p { margin: 0 0 1rem; max-width: 65ch; }
.actions { display: flex; flex-wrap: wrap; gap: 0.75rem; margin: 1.75rem 0; }
.action { display: inline-block; padding: 0.625rem 1.25rem; border: 2px solid #0062ba; border-radius: 0.375rem;
  color: #0062ba; font-weight: 600; text-decoration: none; }
.action:hover { background: #e6f0fa; }
.action.primary { background: #0062ba; color: #fff; }
.action.primary:hover { background: #004f96; }
a:focus-visible { outline: 3px solid #1e2b3c; outline-offset: 2px; }
.reference { color: #4b5a6b; font-size: 0.875rem; }
.fields { margin: 0 0 1rem; padding-left: 1.25rem; overflow-wrap: anywhere; }
@media (max-width: 30rem) { .action { flex: 1 1 100%; text-align: center; } }
`;
