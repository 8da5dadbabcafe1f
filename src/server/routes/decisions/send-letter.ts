import type { FastifyReply } from 'fastify';
import type { LetterFile } from '../../services/decisions/read-letter.js';
import { sendFile } from '../documents/send-file.js';

/** A letter as a download, with the SHA-256 it was stored with when it is the letter sent. */
export function sendLetter(reply: FastifyReply, file: LetterFile): FastifyReply {
  if (file.sha256) reply.header('x-content-sha256', file.sha256);
  return sendFile(reply, {
    bytes: file.pdf,
    fileName: file.fileName,
    mediaType: 'application/pdf',
  });
}
