/**
 * Slow clients over a real socket (issue 14.7): an honest upload that is slow but keeps moving is
 * received, however long it takes in all; a request that stalls is cut off after the idle timeout;
 * headers that trickle in forever are still cut at the headers timeout (slowloris). The timeouts
 * are small here (1.5 s) so the test stays fast; the upload takes well over that in all.
 */
import { connect, type AddressInfo } from 'node:net';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createDraft } from '../../test/helpers/applications.js';
import { describeEachDialect } from '../../test/helpers/dialects.js';
import { createTestApp, type TestApp } from '../../test/helpers/test-app.js';
import { signedAgreementPdf } from '../../test/fixtures/files/build-files.js';
import { multipartBody, multipartContentType } from '../../test/fixtures/files/multipart.js';

const TIMEOUT_MS = 1500;

interface Exchange {
  answer: string;
  closedAfterMs: number;
}

/**
 * Writes `head`, then each chunk `everyMs` apart, then waits for the server to close (or gives up
 * after `giveUpMs`). `stallAfter` stops sending after that many chunks, as a stalled client does.
 */
function exchange(
  port: number,
  head: string,
  chunks: readonly Buffer[],
  options: { everyMs: number; stallAfter?: number; giveUpMs: number },
): Promise<Exchange> {
  return new Promise((resolve, reject) => {
    const started = Date.now();
    const socket = connect(port, '127.0.0.1');
    let answer = '';
    let sent = 0;
    let timer: NodeJS.Timeout | undefined;
    socket.on('data', (d) => (answer += d.toString()));
    socket.on('error', reject);
    socket.on('close', () => {
      clearTimeout(timer);
      clearTimeout(giveUp);
      resolve({ answer, closedAfterMs: Date.now() - started });
    });
    const giveUp = setTimeout(() => socket.destroy(), options.giveUpMs);
    const sendNext = () => {
      if (socket.destroyed || sent >= chunks.length) return;
      if (options.stallAfter !== undefined && sent >= options.stallAfter) return;
      socket.write(chunks[sent] ?? Buffer.alloc(0));
      sent += 1;
      timer = setTimeout(sendNext, options.everyMs);
    };
    socket.write(head, sendNext);
  });
}

function split(bytes: Buffer, parts: number): Buffer[] {
  const size = Math.ceil(bytes.length / parts);
  const chunks: Buffer[] = [];
  for (let at = 0; at < bytes.length; at += size) chunks.push(bytes.subarray(at, at + size));
  return chunks;
}

describeEachDialect('slow clients', (dialect) => {
  let t: TestApp;
  let port: number;
  let draftId: string;
  let token: string;
  beforeAll(async () => {
    t = await createTestApp(dialect, {
      env: {
        TILSKUDD_REQUEST_TIMEOUT_MS: String(TIMEOUT_MS),
        TILSKUDD_HEADERS_TIMEOUT_MS: String(TIMEOUT_MS),
      },
    });
    await t.app.listen({ port: 0, host: '127.0.0.1' });
    port = (t.app.server.address() as AddressInfo).port;
    draftId = await createDraft(t);
    token = await t.tokenFor('applicant-ntnu');
  });
  afterAll(async () => {
    await t?.close();
  });

  async function uploadHead(body: Buffer, language = 'nb'): Promise<string> {
    return [
      `POST /api/applications/${draftId}/attachments HTTP/1.1`,
      'Host: 127.0.0.1',
      `Authorization: Bearer ${token}`,
      `Content-Type: ${multipartContentType}`,
      `Content-Length: ${body.length}`,
      `Accept-Language: ${language}`,
      'Connection: close',
      '',
      '',
    ].join('\r\n');
  }

  const uploadBody = async () =>
    multipartBody({
      kind: 'signed-agreement',
      fileName: 'samarbeidsavtale-signert.pdf',
      bytes: await signedAgreementPdf('Samarbeidsavtale, sendt over en treg forbindelse'),
    });

  it('receives a slow upload that keeps moving, though it takes longer than the timeout (14.7)', async () => {
    const body = await uploadBody();
    // 40 pieces 100 ms apart: about 4 s in all, never more than 0.1 s without a byte.
    const { answer, closedAfterMs } = await exchange(
      port,
      await uploadHead(body),
      split(body, 40),
      {
        everyMs: 100,
        giveUpMs: 30_000,
      },
    );
    expect(closedAfterMs).toBeGreaterThan(2 * TIMEOUT_MS);
    expect(answer).toMatch(/^HTTP\/1\.1 201/);
    expect(answer).toContain('"fileName":"samarbeidsavtale-signert.pdf"');
  });

  const storedFiles = async () =>
    (
      await t.ctx.store.db
        .selectFrom('attachment')
        .select('id')
        .where('application_id', '=', draftId)
        .execute()
    ).length;

  it('cuts off an upload that stops moving, with a 408 in the user’s language (14.7)', async () => {
    const body = await uploadBody();
    const before = await storedFiles();
    const { answer, closedAfterMs } = await exchange(
      port,
      await uploadHead(body, 'en'),
      split(body, 10),
      { everyMs: 50, stallAfter: 5, giveUpMs: 20_000 },
    );
    expect(answer).toMatch(/^HTTP\/1\.1 408/);
    expect(answer).toContain('"code":"request_timeout"');
    expect(answer).toContain('The request stalled');
    // Generous: the idle timeout is 1.5 s; without it the socket would stay open until giveUpMs.
    expect(closedAfterMs).toBeLessThan(10_000);
    // Half a file is never stored.
    expect(await storedFiles()).toBe(before);
  });

  it('still cuts off headers that trickle in without end (slowloris) (14.7)', async () => {
    const head = `GET /api/calls HTTP/1.1\r\nHost: 127.0.0.1\r\n`;
    const trickle = Array.from({ length: 200 }, (_, i) => Buffer.from(`X-Pad-${i}: 1\r\n`));
    const { answer, closedAfterMs } = await exchange(port, head, trickle, {
      everyMs: 100,
      giveUpMs: 20_000,
    });
    expect(answer).toMatch(/^HTTP\/1\.1 408/);
    expect(closedAfterMs).toBeLessThan(10_000);
  });
});
