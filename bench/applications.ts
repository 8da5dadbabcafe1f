/** Builds benchmark data through the real API: complete applications with a signed agreement. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type autocannon from 'autocannon';
import { PDFDocument } from 'pdf-lib';
import { ROOT, type ChildServer, type PlannedRequest } from './support.js';

const CALL_ID = 'kompetanseloft-industriklynger-2021';
const NTNU = '974767880';

const base = JSON.parse(readFileSync(join(ROOT, 'test/cases/base-application.json'), 'utf8')) as {
  content: Record<string, unknown>;
};

export function caseSection(n: number): Record<string, string> {
  const text = (label: string, size: number) =>
    `${label} ${n}: ${'Klyngen er utsatt for internasjonal konkurranse. '.repeat(size)}`.slice(
      0,
      size * 48,
    );
  return {
    vulnerability: text('Sårbarhet', 30),
    competitiveSituation: text('Konkurranse', 25),
    restructuringNeed: text('Omstilling', 30),
    effect: text('Effekt', 20),
  };
}

async function agreementPdf(n: number): Promise<Buffer> {
  const pdf = await PDFDocument.create();
  pdf.addPage();
  pdf.setTitle(`Samarbeidsavtale ${n}`);
  pdf.setCreationDate(new Date('2021-09-01T10:00:00Z'));
  return Buffer.from(await pdf.save());
}

export async function prepareApplication(
  server: ChildServer,
  token: string,
  n: number,
): Promise<string> {
  const auth = { authorization: `Bearer ${token}` };
  const created = await fetch(`${server.baseUrl}/api/applications`, {
    method: 'POST',
    headers: { ...auth, 'content-type': 'application/json' },
    body: JSON.stringify({ callId: CALL_ID, institutionOrgnr: NTNU }),
  });
  const { id } = (await created.json()) as { id: string };
  for (const [sectionId, content] of Object.entries(base.content)) {
    if (sectionId === 'attachments') continue;
    const res = await fetch(`${server.baseUrl}/api/applications/${id}/sections/${sectionId}`, {
      method: 'PUT',
      headers: { ...auth, 'content-type': 'application/json', 'if-match': '"0"' },
      body: JSON.stringify(content),
    });
    if (!res.ok) throw new Error(`setup save ${sectionId}: ${res.status}`);
  }
  const form = new FormData();
  form.append('kind', 'signed-agreement');
  form.append(
    'file',
    new Blob([new Uint8Array(await agreementPdf(n))], { type: 'application/pdf' }),
    'avtale.pdf',
  );
  const upload = await fetch(`${server.baseUrl}/api/applications/${id}/attachments`, {
    method: 'POST',
    headers: auth,
    body: form,
  });
  if (!upload.ok) throw new Error(`setup upload: ${upload.status} ${await upload.text()}`);
  return id;
}

export async function inParallel<T>(
  count: number,
  width: number,
  make: (i: number) => Promise<T>,
): Promise<T[]> {
  const out: T[] = new Array<T>(count);
  let next = 0;
  await Promise.all(
    Array.from({ length: width }, async () => {
      while (next < count) {
        const i = next++;
        out[i] = await make(i);
      }
    }),
  );
  return out;
}

/**
 * Autosave load for autocannon: each connection keeps to one application (handed out in turn) and
 * saves its case section from the version its last save returned, as a browser does. After a 409
 * (a response lost to a client timeout, then the retry based on a stale version) it goes on from
 * the version the server reports, as the browser's merge would.
 *
 * The state lives in a closure per connection (`setupClient`), not in autocannon's context: the
 * context is cleared after every pass over `requests`, and a long `requests` list to avoid that is
 * deep-cloned per connection (200 × 100 000 entries cost the load generator 24 s of CPU at the
 * start of the window, which stalled every connection and showed up as server latency).
 */
export function autosaveLoad(
  ids: readonly string[],
  headers: Record<string, string>,
): Pick<autocannon.Options, 'requests' | 'setupClient'> {
  let next = 0;
  return {
    // Replaced per connection in setupClient; only the first build of each client uses it.
    requests: [{ method: 'PUT', path: '/api/healthz' }],
    setupClient: (client: autocannon.Client) => {
      const id = ids[next++ % ids.length] ?? '';
      let version = 1;
      let n = 0;
      client.setRequests([
        {
          method: 'PUT',
          setupRequest: (req: autocannon.Request) => {
            n += 1;
            return {
              ...req,
              path: `/api/applications/${id}/sections/case`,
              headers: { ...headers, 'if-match': `"${version}"` },
              body: JSON.stringify(caseSection(n)),
            };
          },
          onResponse: (status: number, body: string) => {
            if (status === 200) version = (JSON.parse(body) as { version: number }).version;
            if (status === 409) {
              const current = (JSON.parse(body) as { current?: { version?: number } }).current;
              if (typeof current?.version === 'number') version = current.version;
            }
          },
        },
      ]);
    },
  };
}

/**
 * Paced autosave for `runPaced`: client `i` saves the case section of `ids[i]` from the version its
 * last save returned (`versions`, updated in place).
 */
export function pacedAutosaveLoad(
  ids: readonly string[],
  versions: number[],
  authorization: string,
): {
  request: (client: number, n: number) => PlannedRequest;
  onResponse: (client: number, status: number, body: string) => void;
} {
  return {
    request: (client, n) => ({
      method: 'PUT',
      path: `/api/applications/${ids[client] ?? ''}/sections/case`,
      headers: {
        authorization,
        'content-type': 'application/json',
        'if-match': `"${versions[client] ?? 0}"`,
      },
      body: JSON.stringify(caseSection(n)),
    }),
    onResponse: (client, status, body) => {
      if (status === 200) versions[client] = (JSON.parse(body) as { version: number }).version;
    },
  };
}
