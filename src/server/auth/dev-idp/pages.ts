/**
 * The built-in identity provider's pages: server-rendered HTML that obeys the app's strict CSP (no
 * inline script, no inline style; the style sheet and the one small script come from
 * /idp/static). Bokmål only: the dev IdP is a stand-in for ID-porten, not part of the product.
 */
import type { Persona } from '../../../platform/seed-demo-data.js';

export const IDP_STATIC_PREFIX = '/idp/static';

const HTML_ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => HTML_ESCAPES[c] ?? c);
}

function renderLayout(title: string, body: string, options: { script?: string } = {}): string {
  const script = options.script
    ? `\n    <script src="${IDP_STATIC_PREFIX}/${options.script}" defer></script>`
    : '';
  return `<!DOCTYPE html>
<html lang="nb">
  <head>
    <meta charset="utf-8">
    <meta name="viewport" content="width=device-width, initial-scale=1">
    <meta name="robots" content="noindex">
    <title>${escapeHtml(title)} – Tilskudd testinnlogging</title>
    <link rel="icon" href="data:,">
    <link rel="stylesheet" href="${IDP_STATIC_PREFIX}/idp.css">${script}
  </head>
  <body>
    <header class="banner"><p>Testinnlogging for utvikling og demo – ikke ID-porten</p></header>
    <main>
${body}
    </main>
  </body>
</html>
`;
}

export function renderPersonaPicker(input: {
  action: string;
  personas: readonly Persona[];
}): string {
  const items = input.personas
    .map(
      (p) => `          <li>
            <button type="submit" name="persona" value="${escapeHtml(p.id)}">
              <span class="persona-name">${escapeHtml(p.name)}</span>
              <span class="persona-description">${escapeHtml(p.description.nb)}</span>
            </button>
          </li>`,
    )
    .join('\n');
  return renderLayout(
    'Velg testperson',
    `      <h1>Logg inn som testperson</h1>
      <p>Velg hvem du vil logge inn som. Personene er oppdiktede og har ferdige roller.</p>
      <form method="post" action="${escapeHtml(input.action)}">
        <ul class="personas">
${items}
        </ul>
      </form>`,
  );
}

/** oidc-provider supplies the form (with its anti-forgery field); the buttons submit it. */
export function renderLogoutConfirmation(form: string): string {
  return renderLayout(
    'Logg ut',
    `      <h1>Logg ut av testinnloggingen</h1>
      <p>Du logges ut av testinnloggingen og sendes tilbake til Tilskudd.</p>
      ${form}
      <p class="actions">
        <button type="submit" form="op.logoutForm" name="logout" value="yes" id="confirm-logout">Logg ut</button>
      </p>`,
    { script: 'logout.js' },
  );
}

export function renderSignedOut(): string {
  return renderLayout(
    'Logget ut',
    `      <h1>Du er logget ut</h1>
      <p><a href="/">Gå til forsiden</a></p>`,
  );
}

export function renderIdpError(error: { error: string; error_description?: string }): string {
  const description = error.error_description
    ? `\n      <p>${escapeHtml(error.error_description)}</p>`
    : '';
  return renderLayout(
    'Innloggingen mislyktes',
    `      <h1>Innloggingen mislyktes</h1>
      <p>Feilkode: <code>${escapeHtml(error.error)}</code></p>${description}
      <p><a href="/">Gå til forsiden og prøv igjen</a></p>`,
  );
}

export const IDP_CSS = `:root { color-scheme: light; font-family: system-ui, sans-serif; line-height: 1.5; }
body { margin: 0; background: #f4f5f6; color: #1e2b3c; }
.banner { background: #7a2e00; color: #fff; padding: 0.5rem 1rem; }
.banner p { margin: 0; font-weight: 600; }
main { max-width: 40rem; margin: 2rem auto; padding: 0 1rem; }
h1 { font-size: 1.75rem; margin: 0 0 0.5rem; }
.personas { list-style: none; padding: 0; margin: 1.5rem 0; display: grid; gap: 0.75rem; }
button { font: inherit; cursor: pointer; border-radius: 0.5rem; }
.personas button { width: 100%; text-align: left; padding: 0.75rem 1rem; background: #fff;
  border: 2px solid #0062ba; color: inherit; display: flex; flex-direction: column; }
.personas button:hover { background: #e6f0fa; }
button:focus-visible, a:focus-visible { outline: 3px solid #1e2b3c; outline-offset: 2px; }
.persona-name { font-weight: 700; color: #0062ba; }
.persona-description { color: #3b4a5c; }
.actions button { padding: 0.6rem 1.25rem; background: #0062ba; color: #fff; border: 0; }
a { color: #0062ba; }
`;

/** Submits the logout form on load; without script the visible button does the same. */
export const LOGOUT_SCRIPT = `document.getElementById('confirm-logout')?.click();\n`;
