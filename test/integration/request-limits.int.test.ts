/**
 * The boundary protects itself: an oversized body is refused from its Content-Length before it is
 * read, and a client that sends too slowly is cut off instead of holding a socket.
 */
import { connect } from 'node:net';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../helpers/test-app.js';

describe('request limits', () => {
  let t: TestApp;
  let port: number;
  beforeAll(async () => {
    t = await createTestApp('sqlite', {
      env: { TILSKUDD_REQUEST_TIMEOUT_MS: '1000', TILSKUDD_BODY_LIMIT_BYTES: '65536' },
    });
    await t.app.listen({ port: 0, host: '127.0.0.1' });
    port = (t.app.server.address() as AddressInfo).port;
  });
  afterAll(async () => {
    await t.close();
  });

  /** Sends raw bytes and collects whatever the server answers until it closes the socket. */
  function rawExchange(
    head: string,
    bodyChunk: string,
    keepOpenMs: number,
  ): Promise<{ answer: string; closedAfterMs: number }> {
    return new Promise((resolve, reject) => {
      const started = Date.now();
      const socket = connect(port, '127.0.0.1');
      let answer = '';
      socket.on('data', (d) => (answer += d.toString()));
      socket.on('error', reject);
      socket.on('close', () => resolve({ answer, closedAfterMs: Date.now() - started }));
      socket.write(head + bodyChunk);
      setTimeout(() => socket.destroy(), keepOpenMs);
    });
  }

  it('refuses a body over the limit from its Content-Length, before reading it', async () => {
    const head = [
      'PUT /api/applications/00000000-0000-4000-8000-000000000000/sections/project HTTP/1.1',
      'Host: localhost',
      `Authorization: Bearer ${await t.tokenFor('applicant-ntnu')}`,
      'Content-Type: application/json',
      `Content-Length: ${50 * 1024 * 1024}`,
      '',
      '',
    ].join('\r\n');
    const { answer } = await rawExchange(head, '{"title":"', 3000);
    expect(answer).toMatch(/^HTTP\/1\.1 413/);
    expect(answer).toContain('application/problem+json');
    expect(answer).toContain('"code":"payload_too_large"');
  });

  it('cuts off a client that sends its request too slowly', async () => {
    const head = [
      'POST /api/applications HTTP/1.1',
      'Host: localhost',
      `Authorization: Bearer ${await t.tokenFor('applicant-ntnu')}`,
      'Content-Type: application/json',
      'Content-Length: 100',
      '',
      '',
    ].join('\r\n');
    const { answer, closedAfterMs } = await rawExchange(head, '{"callId":', 10_000);
    expect(closedAfterMs).toBeLessThan(8_000);
    expect(answer).toMatch(/^HTTP\/1\.1 408/);
  });
});
