/**
 * What a Word file (.docx, a zip) holds, judged from its central directory and by inflating every
 * entry for real: declared sizes are the uploader's word and a zip bomb lies in them, so the
 * inflated bytes are counted as they come and inflation stops as soon as they pass the bound.
 * Memory stays small: inflated bytes are counted and dropped, never kept.
 */
import { createInflateRaw } from 'node:zlib';

export interface ZipLimits {
  /** Never more than this many inflated bytes in all, whatever the file's size. */
  maxInflatedBytes: number;
  /** Above `ratioFloorBytes`, never more than this many times the file's own size. */
  maxRatio: number;
  ratioFloorBytes: number;
  maxEntries: number;
}

const MIB = 1024 * 1024;

/** A Word file of 20 MB inflates to a few times that; these bounds leave room and stop bombs. */
export const DEFAULT_ZIP_LIMITS: ZipLimits = {
  maxInflatedBytes: 256 * MIB,
  maxRatio: 100,
  ratioFloorBytes: 8 * MIB,
  maxEntries: 5000,
};

export type ZipInspection =
  | { readable: true; inflatedBytes: number; macros: boolean }
  /** Inflates past the bound: refused, never offered to staff. */
  | { readable: true; inflatesTooMuch: true; inflatedBytes: number }
  /** Not a zip we can check (broken, encrypted, ZIP64, unknown compression): refused. */
  | { readable: false; why: string };

const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;
const MACRO_PART = /(^|\/)vba(Project\.bin|Data\.xml)$/i;

interface Entry {
  name: string;
  flags: number;
  method: number;
  compressedSize: number;
  declaredSize: number;
  localOffset: number;
}

export function inflationBound(fileSize: number, limits: ZipLimits): number {
  return Math.min(
    limits.maxInflatedBytes,
    Math.max(limits.ratioFloorBytes, fileSize * limits.maxRatio),
  );
}

export async function inspectZip(
  bytes: Uint8Array,
  limits: ZipLimits = DEFAULT_ZIP_LIMITS,
): Promise<ZipInspection> {
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const entries = readCentralDirectory(buf, limits);
  if (typeof entries === 'string') return { readable: false, why: entries };
  const bound = inflationBound(buf.length, limits);
  // The cheap refusal first: a directory that admits to a bomb is not inflated at all.
  const declared = entries.reduce((sum, e) => sum + e.declaredSize, 0);
  if (declared > bound) return { readable: true, inflatesTooMuch: true, inflatedBytes: declared };
  let macros = false;
  let inflated = 0;
  for (const entry of entries) {
    if (MACRO_PART.test(entry.name)) macros = true;
    if (entry.flags & 1) return { readable: false, why: `encrypted entry ${entry.name}` };
    const data = entryData(buf, entry);
    if (typeof data === 'string') return { readable: false, why: data };
    if (entry.method === 0) {
      inflated += data.length;
    } else if (entry.method === 8) {
      const counted = await countInflated(data, bound - inflated);
      if (counted === 'too-much') {
        return { readable: true, inflatesTooMuch: true, inflatedBytes: bound + 1 };
      }
      if (counted === 'broken') return { readable: false, why: `broken data in ${entry.name}` };
      inflated += counted;
    } else {
      return { readable: false, why: `compression method ${entry.method} in ${entry.name}` };
    }
    if (inflated > bound) return { readable: true, inflatesTooMuch: true, inflatedBytes: inflated };
  }
  return { readable: true, inflatedBytes: inflated, macros };
}

function readCentralDirectory(buf: Buffer, limits: ZipLimits): Entry[] | string {
  // The end record is the last 22 bytes plus a comment of at most 65 535.
  let eocd = -1;
  for (let i = buf.length - 22; i >= Math.max(0, buf.length - 22 - 0xffff); i -= 1) {
    if (buf.readUInt32LE(i) === EOCD) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) return 'no end of central directory';
  const count = buf.readUInt16LE(eocd + 10);
  const size = buf.readUInt32LE(eocd + 12);
  const offset = buf.readUInt32LE(eocd + 16);
  if (count === 0xffff || size === 0xffffffff || offset === 0xffffffff) return 'ZIP64';
  if (count > limits.maxEntries) return `${count} entries`;
  if (offset + size > eocd) return 'central directory out of bounds';
  const entries: Entry[] = [];
  let at = offset;
  for (let n = 0; n < count; n += 1) {
    if (at + 46 > eocd || buf.readUInt32LE(at) !== CENTRAL) return 'broken central directory';
    const nameLength = buf.readUInt16LE(at + 28);
    const extraLength = buf.readUInt16LE(at + 30);
    const commentLength = buf.readUInt16LE(at + 32);
    const entry: Entry = {
      flags: buf.readUInt16LE(at + 8),
      method: buf.readUInt16LE(at + 10),
      compressedSize: buf.readUInt32LE(at + 20),
      declaredSize: buf.readUInt32LE(at + 24),
      localOffset: buf.readUInt32LE(at + 42),
      name: buf.toString('utf8', at + 46, at + 46 + nameLength),
    };
    if (entry.compressedSize === 0xffffffff || entry.declaredSize === 0xffffffff) return 'ZIP64';
    entries.push(entry);
    at += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}

function entryData(buf: Buffer, entry: Entry): Buffer | string {
  const at = entry.localOffset;
  if (at + 30 > buf.length || buf.readUInt32LE(at) !== LOCAL) {
    return `no local header for ${entry.name}`;
  }
  const start = at + 30 + buf.readUInt16LE(at + 26) + buf.readUInt16LE(at + 28);
  const end = start + entry.compressedSize;
  if (end > buf.length) return `data of ${entry.name} out of bounds`;
  return buf.subarray(start, end);
}

/** The inflated size of one raw deflate stream, or 'too-much' as soon as it passes `room`. */
function countInflated(data: Buffer, room: number): Promise<number | 'too-much' | 'broken'> {
  return new Promise((resolve) => {
    const inflate = createInflateRaw();
    let total = 0;
    let settled = false;
    const settle = (result: number | 'too-much' | 'broken') => {
      if (settled) return;
      settled = true;
      resolve(result);
    };
    inflate.on('data', (chunk: Buffer) => {
      total += chunk.length;
      if (total > room) {
        settle('too-much');
        inflate.destroy();
      }
    });
    inflate.once('end', () => settle(total));
    inflate.once('error', () => settle('broken'));
    inflate.end(data);
  });
}
