/**
 * The one boundary mapper: every error leaves as application/problem+json (RFC 9457) with a code
 * from the catalogue, a title and detail in the user's language, field errors for invalid input,
 * and the request id. Unknown errors are logged in full and answered with a generic message. A
 * browser navigation that fails gets the same answer as a page in its language (error-page.ts).
 */
import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import { AppError, errorCatalogue, type ErrorCode, type FieldError } from '../errors/catalogue.js';
import { fieldPath, localizeIssue, type ValidationIssue } from '../errors/field-messages.js';
import { localeOf } from '../i18n/locale.js';
import {
  ERROR_PAGE_CSS,
  ERROR_PAGE_CSS_PATH,
  pageLocale,
  renderErrorPage,
  wantsHtml,
} from './error-page.js';

export interface ProblemDocument {
  type: string;
  title: string;
  status: number;
  code: ErrorCode;
  detail?: string;
  errors?: FieldError[];
  requestId: string;
  [extension: string]: unknown;
}

export function sendProblem(
  request: FastifyRequest,
  reply: FastifyReply,
  error: AppError,
): FastifyReply {
  const entry = errorCatalogue[error.code];
  if (wantsHtml(request)) {
    const pageLanguage = pageLocale(request);
    const html = renderErrorPage({
      locale: pageLanguage,
      status: entry.status,
      code: error.code,
      title: entry.title[pageLanguage],
      detail: error.detail?.[pageLanguage],
      fieldErrors: error.fieldErrors ?? [],
      requestId: request.id,
      url: request.url,
    });
    return reply
      .code(entry.status)
      .header('content-type', 'text/html; charset=utf-8')
      .header('cache-control', 'no-store')
      .header('vary', 'Accept, Accept-Language, Cookie')
      .send(html);
  }
  const locale = localeOf(request);
  const body: ProblemDocument = {
    ...error.extensions,
    type: `/problems/${error.code.replaceAll('_', '-')}`,
    title: entry.title[locale],
    status: entry.status,
    code: error.code,
    ...(error.detail ? { detail: error.detail[locale] } : {}),
    ...(error.fieldErrors ? { errors: error.fieldErrors } : {}),
    requestId: request.id,
  };
  return reply
    .code(entry.status)
    .header('content-type', 'application/problem+json; charset=utf-8')
    .send(body);
}

/** Fastify's own client errors (bad JSON, wrong content type, too large) mapped to the catalogue. */
function mapFastifyError(error: FastifyError): ErrorCode | undefined {
  switch (error.code) {
    case 'FST_ERR_CTP_INVALID_MEDIA_TYPE':
    case 'FST_ERR_CTP_INVALID_CONTENT_LENGTH':
      return error.code === 'FST_ERR_CTP_INVALID_MEDIA_TYPE'
        ? 'unsupported_media_type'
        : 'malformed_request';
    case 'FST_ERR_CTP_BODY_TOO_LARGE':
      return 'payload_too_large';
    case 'FST_ERR_CTP_EMPTY_JSON_BODY':
    case 'FST_ERR_CTP_INVALID_JSON_BODY':
    case 'FST_ERR_CTP_EMPTY_TYPE':
    case 'FST_ERR_CTP_INVALID_TYPE':
      return 'malformed_request';
    // A path the static files refuse (a null byte, a name too long for the file system, an
    // escape from the folder) names no file: not found, not our failure.
    case 'FST_STATIC_FORBIDDEN_PATH':
      return 'not_found';
    default:
      break;
  }
  // The client closed the connection or was cut off for sending too slowly: nothing to answer.
  if (error.code === 'ECONNRESET' || error.code === 'ERR_STREAM_PREMATURE_CLOSE') {
    return 'malformed_request';
  }
  if (error.statusCode === 429) return 'rate_limited';
  if (error instanceof SyntaxError && error.statusCode === 400) return 'malformed_request';
  if (error.statusCode === 415) return 'unsupported_media_type';
  if (error.statusCode === 413) return 'payload_too_large';
  if (error.statusCode === 400 && error.code?.startsWith('FST_')) return 'malformed_request';
  return undefined;
}

async function problemJson(app: FastifyInstance): Promise<void> {
  app.get(ERROR_PAGE_CSS_PATH, { schema: { hide: true }, logLevel: 'warn' }, (_request, reply) =>
    reply
      .header('content-type', 'text/css; charset=utf-8')
      .header('cache-control', 'public, max-age=3600')
      .send(ERROR_PAGE_CSS),
  );
  app.setErrorHandler((error: FastifyError, request, reply) => {
    if (error instanceof AppError) return sendProblem(request, reply, error);
    if (error.code === 'ECONNRESET' || request.raw.socket?.destroyed) {
      // The client went away, or was cut off for stalling: nobody to answer, nothing broken here.
      request.log.info({ reason: error.message }, 'the client went away mid-request');
      return sendProblem(request, reply, new AppError('malformed_request'));
    }
    if (hasZodFastifySchemaValidationErrors(error)) {
      const locale = wantsHtml(request) ? pageLocale(request) : localeOf(request);
      const issues = error.validation as unknown as ValidationIssue[];
      const fieldErrors = issues.map((issue) => ({
        path: fieldPath(error.validationContext, issue.instancePath),
        message: localizeIssue(issue, locale),
      }));
      return sendProblem(request, reply, new AppError('validation_failed', { fieldErrors }));
    }
    const code = mapFastifyError(error);
    if (code) {
      // The client's mistake, not ours: one line without a stack trace.
      request.log.info({ code: error.code, reason: error.message }, 'client error');
      return sendProblem(request, reply, new AppError(code));
    }
    request.log.error({ err: error }, 'unhandled error');
    return sendProblem(request, reply, new AppError('internal'));
  });
}

export const problemJsonPlugin = fp(problemJson, { name: 'problem-json' });
