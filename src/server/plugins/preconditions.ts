/**
 * Which routes require which precondition header, declared once. The same table makes the
 * route's OpenAPI document mark the header required (with its pattern) and makes the server answer
 * 428 when it is missing, so the document says what the server does.
 */
import type { FastifyInstance, FastifyRequest, RouteOptions } from 'fastify';
import fp from 'fastify-plugin';
import { z } from 'zod';
import { AppError } from '../errors/catalogue.js';
import type { Localized } from '../i18n/locale.js';

interface Precondition {
  /** What the header must look like; a value that does not match counts as missing. */
  pattern: RegExp;
  maxLength: number;
  description: string;
  /** The 428's detail: what to send. */
  missing: Localized;
}

export const PRECONDITION_HEADERS = {
  'if-match': {
    pattern: /^(?:W\/)?"?\d{1,9}"?$/,
    maxLength: 40,
    description: 'The version the edit is based on, e.g. "3" (0 for a new section)',
    missing: {
      nb: 'Send versjonen endringen bygger på i If-Match, for eksempel "3" (0 for en ny del).',
      nn: 'Send versjonen endringa byggjer på i If-Match, til dømes "3" (0 for ein ny del).',
      en: 'Send the version the edit is based on in If-Match, e.g. "3" (0 for a new section).',
    },
  },
  'idempotency-key': {
    pattern: /^[A-Za-z0-9_.:-]{8,200}$/,
    maxLength: 200,
    description:
      'A unique key per intended submission (8–200 of A–Z a–z 0–9 _ . : -); repeating it returns the same receipt',
    missing: {
      nb: 'Send en unik Idempotency-Key (8–200 tegn) med innsendingen.',
      nn: 'Send ein unik Idempotency-Key (8–200 teikn) med innsendinga.',
      en: 'Send a unique Idempotency-Key (8–200 characters) with the submission.',
    },
  },
} as const satisfies Record<string, Precondition>;

export type PreconditionHeader = keyof typeof PRECONDITION_HEADERS;

/** The one declaration: "METHOD url" → the header that route requires. */
export const PRECONDITION_ROUTES: Readonly<Record<string, PreconditionHeader>> = {
  'PUT /api/applications/:id/sections/:sectionId': 'if-match',
  'PATCH /api/applications/:id/sections/:sectionId': 'if-match',
  'POST /api/applications/:id/submissions': 'idempotency-key',
};

export function preconditionSchema(header: PreconditionHeader) {
  const { pattern, maxLength, description } = PRECONDITION_HEADERS[header];
  return z.string().max(maxLength).regex(pattern).describe(description);
}

/** The header's value when it is present and well-formed; otherwise 428 saying what to send. */
export function requirePrecondition(request: FastifyRequest, header: PreconditionHeader): string {
  const value = request.headers[header];
  const { pattern, missing } = PRECONDITION_HEADERS[header];
  if (typeof value === 'string' && pattern.test(value.trim())) return value.trim();
  throw new AppError('precondition_required', { detail: missing });
}

type HeadersSchema = z.ZodObject<z.ZodRawShape>;

function withPrecondition(route: RouteOptions, header: PreconditionHeader): void {
  const schema = route.schema ?? {};
  const existing = schema.headers as HeadersSchema | undefined;
  route.schema = {
    ...schema,
    headers: (existing ?? z.object({})).extend({ [header]: preconditionSchema(header) }),
  };
  // Before validation, so a missing header is a 428 (not a 422 about the header's schema).
  const check = async (request: FastifyRequest) => {
    requirePrecondition(request, header);
  };
  route.preValidation = [check, ...[route.preValidation ?? []].flat()];
}

async function preconditions(app: FastifyInstance): Promise<void> {
  const seen = new Set<string>();
  app.addHook('onRoute', (route) => {
    for (const method of [route.method].flat()) {
      const key = `${method} ${route.url}`;
      const header = PRECONDITION_ROUTES[key];
      if (!header) continue;
      seen.add(key);
      withPrecondition(route, header);
    }
  });
  // A renamed route must not silently lose its precondition.
  app.addHook('onReady', async () => {
    const unmatched = Object.keys(PRECONDITION_ROUTES).filter((key) => !seen.has(key));
    if (unmatched.length > 0) {
      throw new Error(`precondition routes not registered: ${unmatched.join(', ')}`);
    }
  });
}

export const preconditionsPlugin = fp(preconditions, { name: 'preconditions' });
