/**
 * Reads one upload from a multipart body: the field `kind` (and optionally `itemId`) first, then
 * the file. The file is counted as it streams in and kept no further than the kind's limit, so
 * an oversized file is never held in memory and the answer comes as soon as the limit is passed.
 */
import type { Readable } from 'node:stream';
import type { FastifyRequest } from 'fastify';
import { z } from 'zod';
import { sanitizeFileName } from '../../../documents/inspection/sanitize-file-name.js';
import type { AttachmentKind, CallDefinition } from '../../../domain/call/call-schema.js';
import type { Locale } from '../../../domain/time/oslo.js';
import { AppError } from '../../errors/catalogue.js';
import type { ReceivedFile } from '../../services/documents/upload-attachment.js';
import { refusalError } from '../../services/documents/upload-messages.js';

const itemIdSchema = z.string().regex(/^[A-Za-z0-9_-]{1,64}$/);

const FORM_MESSAGES = {
  kind: (ids: string[]) => ({
    nb: `send feltet kind før filen, med en vedleggstype i utlysningen: ${ids.join(', ')}`,
    nn: `send feltet kind før fila, med ein vedleggstype i utlysinga: ${ids.join(', ')}`,
    en: `send the field kind before the file, with an attachment kind of the call: ${ids.join(', ')}`,
  }),
  itemId: {
    nb: 'må være en id på 1–64 tegn (bokstaver, sifre, - og _)',
    nn: 'må vere ein id på 1–64 teikn (bokstavar, siffer, - og _)',
    en: 'must be an id of 1–64 characters (letters, digits, - and _)',
  },
  file: {
    nb: 'send nøyaktig én fil i feltet file',
    nn: 'send nøyaktig éi fil i feltet file',
    en: 'send exactly one file in the field file',
  },
} as const;

function formError(
  path: 'kind' | 'itemId' | 'file',
  message: Record<Locale, string>,
  locale: Locale,
) {
  return new AppError('validation_failed', { fieldErrors: [{ path, message: message[locale] }] });
}

/**
 * The bytes of one file part, refused as soon as they pass `kind.maxBytes`. The rest of the body
 * is then read and thrown away (up to as much again), so the client, still sending, gets to read
 * the answer; a client that keeps going past that is cut off.
 */
function readLimited(
  request: FastifyRequest,
  file: Readable,
  kind: AttachmentKind,
  fileName: string,
): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let refused = false;
    file.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (refused) {
        if (size > 2 * kind.maxBytes) request.raw.destroy();
        return;
      }
      if (size > kind.maxBytes) {
        refused = true;
        chunks.length = 0;
        reject(refusalError({ reason: 'too-large' }, fileName, kind));
        return;
      }
      chunks.push(chunk);
    });
    file.once('end', () => {
      if (!refused) resolve(Buffer.concat(chunks, size));
    });
    file.once('error', reject);
  });
}

export async function readUpload(
  request: FastifyRequest,
  call: CallDefinition,
  locale: Locale,
): Promise<ReceivedFile> {
  if (!request.isMultipart()) {
    throw new AppError('unsupported_media_type', {
      detail: {
        nb: 'Send filen som multipart/form-data: feltet kind, så filen.',
        nn: 'Send fila som multipart/form-data: feltet kind, så fila.',
        en: 'Send the file as multipart/form-data: the field kind, then the file.',
      },
    });
  }
  let kind: AttachmentKind | undefined;
  let itemId: string | undefined;
  let received: ReceivedFile | undefined;
  const kindIds = call.attachmentKinds.map((k) => k.id);
  try {
    for await (const part of request.parts()) {
      if (part.type === 'field') {
        const value = typeof part.value === 'string' ? part.value : '';
        if (part.fieldname === 'kind') {
          kind = call.attachmentKinds.find((k) => k.id === value);
          if (!kind) throw formError('kind', FORM_MESSAGES.kind(kindIds), locale);
        } else if (part.fieldname === 'itemId') {
          if (!itemIdSchema.safeParse(value).success) {
            throw formError('itemId', FORM_MESSAGES.itemId, locale);
          }
          itemId = value;
        }
        continue;
      }
      if (!kind) throw formError('kind', FORM_MESSAGES.kind(kindIds), locale);
      if (received) throw formError('file', FORM_MESSAGES.file, locale);
      const fileName = sanitizeFileName(part.filename, kind.label[locale]);
      const bytes = await readLimited(request, part.file, kind, fileName);
      received = { kind, itemId, fileName, bytes };
    }
  } catch (error) {
    throw asClientError(error);
  }
  if (!received) throw formError('file', FORM_MESSAGES.file, locale);
  return received;
}

/** The multipart parser's own errors (a broken body, too many parts) are the client's. */
function asClientError(error: unknown): unknown {
  if (error instanceof AppError) return error;
  const status = (error as { statusCode?: unknown }).statusCode;
  if (typeof status === 'number' && status >= 400 && status < 500) {
    return new AppError(status === 413 ? 'payload_too_large' : 'malformed_request');
  }
  return error;
}

/** Reads the one file of a multipart body whose kind the route knows (a klage's attachment). */
export async function readOneFile(
  request: FastifyRequest,
  kind: AttachmentKind,
  locale: Locale,
): Promise<{ fileName: string; bytes: Buffer }> {
  if (!request.isMultipart()) {
    throw new AppError('unsupported_media_type', {
      detail: {
        nb: 'Send filen som multipart/form-data i feltet file.',
        nn: 'Send fila som multipart/form-data i feltet file.',
        en: 'Send the file as multipart/form-data in the field file.',
      },
    });
  }
  let received: { fileName: string; bytes: Buffer } | undefined;
  try {
    for await (const part of request.parts()) {
      if (part.type === 'field') continue;
      if (received) throw formError('file', FORM_MESSAGES.file, locale);
      const fileName = sanitizeFileName(part.filename, kind.label[locale]);
      received = { fileName, bytes: await readLimited(request, part.file, kind, fileName) };
    }
  } catch (error) {
    throw asClientError(error);
  }
  if (!received) throw formError('file', FORM_MESSAGES.file, locale);
  return received;
}
