/**
 * Reads a zip file's central directory (the list of parts of an .xlsx or .docx) without unpacking
 * anything, and inflates one part as a stream so it can be measured before a parser sees it.
 */
import { createInflateRaw } from 'node:zlib';

export interface ZipEntry {
  name: string;
  method: number;
  compressedSize: number;
  uncompressedSize: number;
  localHeaderOffset: number;
}

/** A file refused before parsing; the message is Vietnamese and says what to do. */
export class ImportRefusedError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ImportRefusedError';
  }
}

const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;
const DAMAGED = 'Tệp bị hỏng: không đọc được danh mục các phần bên trong tệp nén.';

function findEndOfDirectory(view: DataView): number {
  const last = view.byteLength - 22;
  for (let at = last; at >= Math.max(0, last - 65_535); at -= 1) {
    if (view.getUint32(at, true) === EOCD) return at;
  }
  throw new ImportRefusedError(DAMAGED);
}

/** The entries the central directory declares, checked to lie inside the file. */
export function readZipDirectory(bytes: Uint8Array): ZipEntry[] {
  if (bytes.byteLength < 22) throw new ImportRefusedError(DAMAGED);
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const end = findEndOfDirectory(view);
  const count = view.getUint16(end + 10, true);
  const size = view.getUint32(end + 12, true);
  const offset = view.getUint32(end + 16, true);
  if (count === 0xffff || offset === 0xffffffff) throw new ImportRefusedError('Tệp nén quá lớn (dạng Zip64), không phải tệp Office thông thường.');
  if (offset + size > end) throw new ImportRefusedError(DAMAGED);
  const decoder = new TextDecoder('utf-8');
  const entries: ZipEntry[] = [];
  let at = offset;
  for (let i = 0; i < count; i += 1) {
    if (at + 46 > end || view.getUint32(at, true) !== CENTRAL) throw new ImportRefusedError(DAMAGED);
    const nameLength = view.getUint16(at + 28, true);
    const extraLength = view.getUint16(at + 30, true);
    const commentLength = view.getUint16(at + 32, true);
    const entry: ZipEntry = {
      method: view.getUint16(at + 10, true),
      compressedSize: view.getUint32(at + 20, true),
      uncompressedSize: view.getUint32(at + 24, true),
      localHeaderOffset: view.getUint32(at + 42, true),
      name: decoder.decode(bytes.subarray(at + 46, Math.min(end, at + 46 + nameLength))),
    };
    if (entry.localHeaderOffset + 30 > bytes.byteLength) throw new ImportRefusedError(DAMAGED);
    entries.push(entry);
    at += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}

/** The compressed bytes of an entry, located through its local header. */
export function entryData(bytes: Uint8Array, entry: ZipEntry): Uint8Array {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const at = entry.localHeaderOffset;
  if (view.getUint32(at, true) !== LOCAL) throw new ImportRefusedError(DAMAGED);
  const start = at + 30 + view.getUint16(at + 26, true) + view.getUint16(at + 28, true);
  if (start + entry.compressedSize > bytes.byteLength) throw new ImportRefusedError(DAMAGED);
  return bytes.subarray(start, start + entry.compressedSize);
}

/**
 * Inflates an entry chunk by chunk, handing each chunk of text to `onText` (when given); stops as soon
 * as more than `maxBytes` come out (whatever size the directory declared) or `onText` throws.
 * Resolves to the number of bytes the entry really holds.
 */
export async function scanEntryText(bytes: Uint8Array, entry: ZipEntry, maxBytes: number, tooBig: string, onText?: (text: string) => void): Promise<number> {
  const data = entryData(bytes, entry);
  if (entry.method === 0) {
    if (data.byteLength > maxBytes) throw new ImportRefusedError(tooBig);
    onText?.(new TextDecoder('utf-8').decode(data));
    return data.byteLength;
  }
  if (entry.method !== 8) throw new ImportRefusedError('Tệp dùng kiểu nén không được hỗ trợ. Hãy mở tệp và lưu lại.');
  return new Promise<number>((resolve, reject) => {
    const inflate = createInflateRaw({ chunkSize: 256 * 1024 });
    const decoder = new TextDecoder('utf-8');
    let produced = 0;
    let failed = false;
    const fail = (error: unknown) => {
      if (failed) return;
      failed = true;
      inflate.destroy();
      reject(error instanceof ImportRefusedError ? error : new ImportRefusedError(DAMAGED));
    };
    inflate.on('data', (chunk: Buffer) => {
      if (failed) return;
      produced += chunk.byteLength;
      if (produced > maxBytes) return fail(new ImportRefusedError(tooBig));
      try {
        onText?.(decoder.decode(chunk, { stream: true }));
      } catch (error) {
        fail(error);
      }
    });
    inflate.on('error', fail);
    inflate.on('end', () => {
      if (!failed) resolve(produced);
    });
    inflate.end(Buffer.from(data.buffer, data.byteOffset, data.byteLength));
  });
}

/** Counts matches of a global regex across chunks, each match once, even when it straddles two chunks. */
export function chunkCounter(pattern: RegExp, overlap = 512, onMatch?: (match: RegExpExecArray) => void): { feed: (text: string) => number; count: () => number } {
  let tail = '';
  let total = 0;
  return {
    feed(text: string) {
      const combined = tail + text;
      pattern.lastIndex = 0;
      for (let m = pattern.exec(combined); m; m = pattern.exec(combined)) {
        if (m.index + m[0].length > tail.length) {
          total += 1;
          onMatch?.(m);
        }
        if (m[0].length === 0) pattern.lastIndex += 1;
      }
      tail = combined.slice(-overlap);
      return total;
    },
    count: () => total,
  };
}
