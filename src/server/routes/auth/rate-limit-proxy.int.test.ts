/**
 * The sign-in rate limit behind a reverse proxy (issue 14.6): a tiny HTTP proxy in front of the
 * app adds X-Forwarded-For, as nginx or a load balancer would, and the clients connect to it from
 * different loopback addresses (127.0.0.2, 127.0.0.3, …). With TILSKUDD_TRUST_PROXY naming the
 * proxy, one client using up its limit does not lock out another; a client cannot escape its own
 * limit by writing X-Forwarded-For itself.
 */
import { createServer, request, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeEachDialect } from '../../../../test/helpers/dialects.js';
import { startTestServer, type TestServer } from '../../../../test/helpers/test-server.js';

/** The sign-in routes' limit per client and minute (routes.ts). */
const SIGN_IN_LIMIT = 120;

/** Forwards every request to `target`, appending the connecting address to X-Forwarded-For. */
function startProxy(target: URL): Promise<{ url: string; server: Server }> {
  const server = createServer((incoming, outgoing) => {
    const forwardedFor = [incoming.headers['x-forwarded-for'], incoming.socket.remoteAddress]
      .filter(Boolean)
      .join(', ');
    const upstream = request(
      {
        host: target.hostname,
        port: target.port,
        method: incoming.method,
        path: incoming.url,
        headers: { ...incoming.headers, 'x-forwarded-for': forwardedFor },
      },
      (answer) => {
        outgoing.writeHead(answer.statusCode ?? 502, answer.headers);
        answer.pipe(outgoing);
      },
    );
    upstream.on('error', () => outgoing.writeHead(502).end());
    incoming.pipe(upstream);
  });
  return new Promise((resolve) => {
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as AddressInfo;
      resolve({ url: `http://127.0.0.1:${port}`, server });
    });
  });
}

/** One GET from a chosen local address; the body is drained and dropped. */
function getFrom(
  localAddress: string,
  url: string,
  headers: Record<string, string> = {},
): Promise<{ status: number; headers: IncomingHttpHeaders }> {
  return new Promise((resolve, reject) => {
    const target = new URL(url);
    const req = request(
      {
        host: target.hostname,
        port: target.port,
        path: `${target.pathname}${target.search}`,
        localAddress,
        agent: false,
        headers: { accept: 'application/json', ...headers },
      },
      (res) => {
        res.resume();
        res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers }));
      },
    );
    req.on('error', reject);
    req.end();
  });
}

async function useUpLimit(localAddress: string, url: string): Promise<void> {
  for (let i = 0; i < SIGN_IN_LIMIT; i += 1) {
    const { status } = await getFrom(localAddress, url);
    if (status !== 302) throw new Error(`request ${i + 1} from ${localAddress} answered ${status}`);
  }
}

describeEachDialect('the sign-in rate limit behind a reverse proxy', (dialect) => {
  let s: TestServer;
  let proxy: { url: string; server: Server };
  beforeAll(async () => {
    s = await startTestServer(dialect, { TILSKUDD_TRUST_PROXY: '127.0.0.1' });
    proxy = await startProxy(new URL(s.baseUrl));
  });
  afterAll(async () => {
    await new Promise((resolve) => proxy?.server.close(resolve));
    await s?.close();
  });

  it('keys the limit on the real client: one address using it up locks out no one else (14.6)', async () => {
    const login = `${proxy.url}/auth/login`;
    await useUpLimit('127.0.0.2', login);
    const attacker = await getFrom('127.0.0.2', login);
    expect(attacker.status).toBe(429);
    expect(Number(attacker.headers['retry-after'])).toBeGreaterThan(0);
    // Another person behind the same proxy still signs in.
    expect((await getFrom('127.0.0.3', login)).status).toBe(302);
  });

  it('ignores an X-Forwarded-For the client wrote itself, through the proxy or around it (14.6)', async () => {
    const login = `${proxy.url}/auth/login`;
    await useUpLimit('127.0.0.4', login);
    const spoof = { 'x-forwarded-for': '127.0.0.99' };
    // Through the proxy: the proxy appends the real address, and only the proxy is trusted.
    expect((await getFrom('127.0.0.4', login, spoof)).status).toBe(429);
    // Straight to the app from an address that is not the proxy: the header is not believed.
    expect((await getFrom('127.0.0.4', `${s.baseUrl}/auth/login`, spoof)).status).toBe(429);
    // The address it named is untouched.
    expect((await getFrom('127.0.0.99', login)).status).toBe(302);
  });
});
