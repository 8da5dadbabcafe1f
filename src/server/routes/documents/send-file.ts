import type { FastifyReply } from 'fastify';

/** An ASCII stand-in for old clients, and the exact UTF-8 name for the rest (RFC 6266). */
export function contentDisposition(fileName: string): string {
  const ascii = fileName
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/æ/g, 'ae')
    .replace(/Æ/g, 'AE')
    .replace(/ø/g, 'o')
    .replace(/Ø/g, 'O')
    .replace(/[^\x20-\x7e]|["\\%]/g, '_');
  const encoded = encodeURIComponent(fileName).replace(
    /['()*]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`,
  );
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encoded}`;
}

/** A download: never rendered inline, never sniffed into another type by the browser. */
export function sendFile(
  reply: FastifyReply,
  file: { bytes: Buffer; fileName: string; mediaType: string },
): FastifyReply {
  return reply
    .header('content-type', file.mediaType)
    .header('content-disposition', contentDisposition(file.fileName))
    .header('x-content-type-options', 'nosniff')
    .header('cache-control', 'private, no-store')
    .send(file.bytes);
}

/** A CSV download (UTF-8), as every CSV export answers. */
export function sendCsv(reply: FastifyReply, fileName: string, text: string): FastifyReply {
  return sendFile(reply, {
    bytes: Buffer.from(text, 'utf8'),
    fileName,
    mediaType: 'text/csv; charset=utf-8',
  });
}
