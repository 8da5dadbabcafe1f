/**
 * A client of ClamAV's daemon over its socket: INSTREAM sends the bytes in length-prefixed chunks
 * (the file never touches the disk here), then clamd answers with one line. Every call has a
 * deadline, and every failure is a ClamdError saying whether it is worth retrying.
 */
import net from 'node:net';
import { describeClamdAddress, type ClamdAddress } from './clamd-address.js';
import { ClamdError, parseScanReply, type ScanVerdict } from './clamd-reply.js';

export interface ClamdOptions {
  /** The whole exchange (connect, send, answer) must finish within this time. */
  timeoutMs: number;
  /** Bytes per INSTREAM chunk; clamd reads each chunk into memory. */
  chunkBytes?: number;
}

const DEFAULT_CHUNK = 64 * 1024;
const END_OF_STREAM = Buffer.alloc(4);

function connect(address: ClamdAddress): net.Socket {
  return address.kind === 'unix'
    ? net.createConnection({ path: address.path })
    : net.createConnection({ host: address.host, port: address.port });
}

/**
 * Sends `command` and, when given, the chunks of `body`; resolves with clamd's whole answer
 * (clamd closes the connection after one reply of a z-command).
 */
function exchange(
  address: ClamdAddress,
  command: string,
  body: Buffer | undefined,
  options: ClamdOptions,
): Promise<string> {
  const where = describeClamdAddress(address);
  return new Promise<string>((resolve, reject) => {
    const socket = connect(address);
    const received: Buffer[] = [];
    let connected = false;
    let settled = false;
    const finish = (error: ClamdError | null) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      socket.destroy();
      if (error) reject(error);
      else resolve(Buffer.concat(received).toString('utf8'));
    };
    const timer = setTimeout(() => {
      finish(
        new ClamdError(
          connected ? 'timeout' : 'unreachable',
          connected
            ? `clamd at ${where} gave no answer within ${options.timeoutMs} ms`
            : `clamd at ${where} could not be reached within ${options.timeoutMs} ms`,
        ),
      );
    }, options.timeoutMs);

    socket.on('data', (chunk: Buffer) => received.push(chunk));
    socket.on('end', () => {
      if (received.length === 0) {
        finish(
          new ClamdError('protocol', `clamd at ${where} closed the connection without an answer`),
        );
      } else finish(null);
    });
    socket.on('error', (error: NodeJS.ErrnoException) => {
      // clamd may close early with its answer (a size limit) while chunks are still being sent.
      if (connected && received.length > 0) return finish(null);
      finish(
        new ClamdError(
          connected ? 'protocol' : 'unreachable',
          `clamd at ${where} ${connected ? 'broke the connection' : 'could not be reached'}: ${error.code ?? error.message}`,
        ),
      );
    });
    socket.on('connect', () => {
      connected = true;
      void send(socket, command, body, options.chunkBytes ?? DEFAULT_CHUNK).catch(() => {
        // A write error is reported by the socket's 'error' event.
      });
    });
  });
}

async function send(
  socket: net.Socket,
  command: string,
  body: Buffer | undefined,
  chunkBytes: number,
): Promise<void> {
  const write = (bytes: Buffer) =>
    socket.write(bytes) ? Promise.resolve() : new Promise<void>((r) => socket.once('drain', r));
  await write(Buffer.from(`z${command}\0`, 'latin1'));
  if (body === undefined) return;
  for (let offset = 0; offset < body.byteLength; offset += chunkBytes) {
    const chunk = body.subarray(offset, Math.min(offset + chunkBytes, body.byteLength));
    const length = Buffer.alloc(4);
    length.writeUInt32BE(chunk.byteLength);
    await write(length);
    await write(chunk);
    if (socket.destroyed) return;
  }
  await write(END_OF_STREAM);
}

/** Scans bytes with clamd's INSTREAM: clean, or infected with the signature's name. */
export async function scanBytes(
  address: ClamdAddress,
  bytes: Buffer,
  options: ClamdOptions,
): Promise<ScanVerdict> {
  return parseScanReply(await exchange(address, 'INSTREAM', bytes, options));
}

/** True when clamd answers PING with PONG in time. */
export async function pingClamd(address: ClamdAddress, options: ClamdOptions): Promise<boolean> {
  try {
    return (await exchange(address, 'PING', undefined, options)).replace(/\0+$/, '') === 'PONG';
  } catch {
    return false;
  }
}
