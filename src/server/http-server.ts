/**
 * The HTTP server under Fastify, with timeouts that tell a stalled client from a slow one:
 *
 * - headers: all of a request's headers must arrive within `headersTimeoutMs`, however steadily
 *   they trickle in (slowloris); Node answers 408 and closes.
 * - idle: a request whose body stops arriving for `idleTimeoutMs` is answered 408 and closed, and
 *   so is a connection whose client stops reading the answer. A slow upload that keeps moving is
 *   never cut off: there is no limit on the whole request's duration.
 * - a complete request the app is still working on is not the client's fault and is left alone.
 */
import { createServer, type RequestListener, type Server, type ServerResponse } from 'node:http';
import type { Socket } from 'node:net';
import type { FastifyRequest } from 'fastify';
import { localeOf, type Localized } from './i18n/locale.js';

export interface HttpTimeouts {
  headersTimeoutMs: number;
  idleTimeoutMs: number;
}

const TIMEOUT_TITLE: Localized = {
  nb: 'Forespørselen stoppet opp før den var mottatt. Prøv igjen',
  nn: 'Førespurnaden stoppa opp før han var motteken. Prøv igjen',
  en: 'The request stalled before it was received. Try again',
};

/** Written straight to the socket: Fastify has not answered, and will not be able to. */
function timeoutAnswer(response: ServerResponse): string {
  // localeOf reads only the headers, which the raw request has too.
  const locale = localeOf({ headers: response.req.headers } as FastifyRequest);
  const body = JSON.stringify({
    type: '/problems/request-timeout',
    title: TIMEOUT_TITLE[locale],
    status: 408,
    code: 'request_timeout',
  });
  return [
    'HTTP/1.1 408 Request Timeout',
    'Connection: close',
    'Content-Type: application/problem+json; charset=utf-8',
    `Content-Length: ${Buffer.byteLength(body)}`,
    '',
    body,
  ].join('\r\n');
}

/** What the socket of an idle connection is doing, to decide whether to cut it. */
export type IdleVerdict = 'answer-408' | 'close' | 'keep';

export function idleVerdict(response: ServerResponse | undefined): IdleVerdict {
  // No request in flight: an idle keep-alive connection, or headers that stopped coming.
  if (!response || response.writableFinished) return 'close';
  // The body stopped arriving.
  if (!response.req.complete) return response.headersSent ? 'close' : 'answer-408';
  // The answer is on its way but the client stopped reading it.
  if (response.headersSent) return 'close';
  // The whole request arrived; the app is still working on it.
  return 'keep';
}

export function createHttpServer(timeouts: HttpTimeouts, handler: RequestListener): Server {
  const server = createServer(
    {
      // No limit on the whole request: the idle timeout below cuts what stalls, not what is slow.
      requestTimeout: 0,
      headersTimeout: timeouts.headersTimeoutMs,
      // Node checks the headers deadline only this often (30 s by default).
      connectionsCheckingInterval: Math.max(50, Math.min(1_000, timeouts.headersTimeoutMs / 4)),
    },
    handler,
  );
  const inFlight = new WeakMap<Socket, ServerResponse>();
  server.on('request', (request, response) => inFlight.set(request.socket, response));
  // A socket times out after this long without a byte in either direction; with a listener on
  // 'timeout' Node leaves the decision to it.
  server.setTimeout(timeouts.idleTimeoutMs);
  server.on('timeout', (socket: Socket) => {
    const response = inFlight.get(socket);
    const verdict = idleVerdict(response);
    if (verdict === 'keep') return;
    if (verdict === 'answer-408' && response && socket.writable) {
      // Closed once the answer is out; a client that reads nothing at all is dropped soon after.
      socket.end(timeoutAnswer(response), () => socket.destroy());
      setTimeout(() => socket.destroy(), 1_000).unref();
      return;
    }
    socket.destroy();
  });
  return server;
}

/**
 * Fastify's `trustProxy` for the configured setting. A hop count becomes the function Fastify
 * would make of it at run time (its types take no number): trust the `hops` nearest addresses.
 */
export function trustProxyOption(
  setting: false | number | string[],
): false | string[] | ((address: string, hop: number) => boolean) {
  if (typeof setting !== 'number') return setting;
  return (_address, hop) => hop < setting;
}
