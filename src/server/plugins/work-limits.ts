/**
 * Limits on expensive work per caller, kept in this process (each process of a cluster counts on
 * its own, so a caller gets at most that many times the limit): PDF documents rendered per user,
 * and failed bearer tokens per client address.
 */
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { AppContext } from '../context.js';
import { AppError } from '../errors/catalogue.js';
import type { Localized } from '../i18n/locale.js';

export interface WindowLimit {
  max: number;
  windowMs: number;
}

/** Rendering a PDF/A costs real CPU; a person reading receipts never needs more than this. */
export const PDF_PER_USER: WindowLimit = { max: 20, windowMs: 60_000 };
/** Guessing tokens: a script with a stale token stops here instead of hammering the database. */
export const FAILED_TOKENS_PER_CLIENT: WindowLimit = { max: 10, windowMs: 60_000 };

/** Counts per key in fixed windows; forgets keys whose window has passed. */
export class WindowCounter {
  private readonly windows = new Map<string, { start: number; count: number }>();

  constructor(
    readonly limit: WindowLimit,
    private readonly now: () => number = Date.now,
  ) {}

  private current(key: string) {
    const now = this.now();
    const window = this.windows.get(key);
    if (window && now - window.start < this.limit.windowMs) return window;
    if (this.windows.size > 10_000) this.forgetExpired(now);
    const fresh = { start: now, count: 0 };
    this.windows.set(key, fresh);
    return fresh;
  }

  private forgetExpired(now: number) {
    for (const [key, w] of this.windows) {
      if (now - w.start >= this.limit.windowMs) this.windows.delete(key);
    }
  }

  /** Seconds until the key may go on, or 0 when it is within the limit. */
  blockedFor(key: string): number {
    const window = this.current(key);
    if (window.count < this.limit.max) return 0;
    return Math.max(1, Math.ceil((window.start + this.limit.windowMs - this.now()) / 1000));
  }

  record(key: string): void {
    this.current(key).count += 1;
  }
}

function perMinute(limit: WindowLimit): number {
  return Math.round((limit.max * 60_000) / limit.windowMs);
}

/** 429 naming the limit and the wait, with Retry-After. */
export function refuseOverLimit(
  reply: FastifyReply,
  seconds: number,
  limit: 'pdfPerUser' | 'failedTokensPerClient',
  detail: Localized,
): never {
  reply.header('retry-after', String(seconds));
  throw new AppError('rate_limited', { detail, extensions: { limit, retryAfterSeconds: seconds } });
}

interface Counters {
  pdf: WindowCounter;
  failedTokens: WindowCounter;
}

// One set per app, so two apps in one process (tests) never count for each other.
const countersByApp = new WeakMap<AppContext, Counters>();

function countersOf(ctx: AppContext): Counters {
  let counters = countersByApp.get(ctx);
  if (!counters) {
    counters = {
      pdf: new WindowCounter(PDF_PER_USER),
      failedTokens: new WindowCounter(FAILED_TOKENS_PER_CLIENT),
    };
    countersByApp.set(ctx, counters);
  }
  return counters;
}

/** A route hook: at most PDF_PER_USER documents per user (per address when signed out). */
export function limitPdfPerUser(ctx: AppContext) {
  return async (request: FastifyRequest, reply: FastifyReply) => {
    const counter = countersOf(ctx).pdf;
    const key = request.principal?.userId ?? `ip:${request.ip}`;
    const seconds = counter.blockedFor(key);
    if (seconds > 0) {
      const n = perMinute(PDF_PER_USER);
      refuseOverLimit(reply, seconds, 'pdfPerUser', {
        nb: `Du har laget for mange PDF-dokumenter på kort tid (høyst ${n} i minuttet). Vent ${seconds} sekunder og prøv igjen.`,
        nn: `Du har laga for mange PDF-dokument på kort tid (høgst ${n} i minuttet). Vent ${seconds} sekund og prøv igjen.`,
        en: `You have made too many PDF documents in a short time (at most ${n} a minute). Wait ${seconds} seconds and try again.`,
      });
    }
    counter.record(key);
  };
}

/** Before a bearer token is looked up: refuses a client that has sent too many bad ones. */
export function refuseClientWithFailedTokens(
  ctx: AppContext,
  request: FastifyRequest,
  reply: FastifyReply,
): void {
  const seconds = countersOf(ctx).failedTokens.blockedFor(request.ip);
  if (seconds === 0) return;
  const n = perMinute(FAILED_TOKENS_PER_CLIENT);
  refuseOverLimit(reply, seconds, 'failedTokensPerClient', {
    nb: `For mange ugyldige tilgangsnøkler (bearer-token) fra denne adressen (høyst ${n} i minuttet). Vent ${seconds} sekunder, og lag en ny nøkkel med «npm run token».`,
    nn: `For mange ugyldige tilgangsnøklar (bearer-token) frå denne adressa (høgst ${n} i minuttet). Vent ${seconds} sekund, og lag ein ny nøkkel med «npm run token».`,
    en: `Too many invalid bearer tokens from this address (at most ${n} a minute). Wait ${seconds} seconds, and make a new token with "npm run token".`,
  });
}

export function recordFailedToken(ctx: AppContext, request: FastifyRequest): void {
  countersOf(ctx).failedTokens.record(request.ip);
}
