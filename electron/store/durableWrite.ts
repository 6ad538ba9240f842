/** The one module that writes data to disk: temp file → fsync → rename → fsync folder. */
import { createReadStream, promises as fs } from 'node:fs';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import type { Readable, Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';

const RETRY_CODES = new Set(['EPERM', 'EBUSY', 'EACCES']);

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/** Retries an operation that Windows antivirus or indexers can briefly block. */
export async function withFsRetry<T>(operation: () => Promise<T>, attempts = 8): Promise<T> {
  let lastError: unknown;
  for (let attempt = 0; attempt < attempts; attempt += 1) {
    try {
      return await operation();
    } catch (error) {
      lastError = error;
      const code = (error as NodeJS.ErrnoException).code ?? '';
      if (!RETRY_CODES.has(code)) throw error;
      await sleep(Math.min(20 * 2 ** attempt, 500));
    }
  }
  throw lastError;
}

/** How strictly a read checks what it finds (DiskOps.read). */
export type ReadMode = 'store' | 'either' | 'raw';

/** The handle of a temp file being written. */
export interface WriteHandle {
  write(data: string | Uint8Array): Promise<void>;
  sync(): Promise<void>;
  close(): Promise<void>;
}

/**
 * The disk operations a durable write is made of. Passed in (Store.open's `disk`) so tests can fail
 * any one step — a full disk on write, a failing fsync or rename — and see what the store does.
 */
export interface DiskOps {
  create(file: string): Promise<WriteHandle>;
  /**
   * Reads a file back as it was handed to `create` (the encrypting disk unseals it). 'store' (the
   * default): a file the store wrote; 'either': a file from outside (a chosen backup), sealed or plain;
   * 'raw': the bytes as they are (a damaged file kept aside).
   */
  read(file: string, mode?: ReadMode): Promise<Buffer>;
  /** The same as a stream (a plain backup can be larger than one buffer; a sealed one is read whole). */
  readStream(file: string, mode?: ReadMode): Readable;
  rename(from: string, to: string): Promise<void>;
  syncFolder(folder: string): Promise<void>;
}

export const realDisk: DiskOps = {
  async create(file) {
    const handle = await fs.open(file, 'w');
    return {
      // writeFile writes all of it from the current position (write() may stop short on a full disk).
      write: (data) => handle.writeFile(data),
      sync: () => handle.sync(),
      close: () => handle.close(),
    };
  },
  read: (file) => fs.readFile(file),
  readStream: (file) => createReadStream(file),
  rename: (from, to) => fs.rename(from, to),
  async syncFolder(folder) {
    if (process.platform === 'win32') return; // Windows cannot open a folder for fsync.
    const handle = await fs.open(folder, 'r');
    try {
      await handle.sync();
    } finally {
      await handle.close();
    }
  },
};

function tempNameFor(target: string): string {
  return path.join(path.dirname(target), `.${path.basename(target)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
}

/** Writes a temp file whole (pieces from `fill`), renames it over the target and syncs the folder; the temp never stays. */
async function writeVia(target: string, disk: DiskOps, fill: (handle: WriteHandle) => Promise<void>): Promise<void> {
  const temp = tempNameFor(target);
  try {
    const handle = await disk.create(temp);
    try {
      await fill(handle);
      await handle.sync();
    } finally {
      await handle.close();
    }
    await withFsRetry(() => disk.rename(temp, target));
  } catch (error) {
    await fs.rm(temp, { force: true }).catch(() => undefined);
    throw error;
  }
  await disk.syncFolder(path.dirname(target));
}

/** Writes data so that after a crash the file holds either the old or the new content, whole. */
export function writeFileDurable(target: string, data: string | Uint8Array, disk: DiskOps = realDisk): Promise<void> {
  return writeVia(target, disk, (handle) => handle.write(data));
}

/** Like writeFileDurable, for content produced piece by piece (a backup carrying evidence files). */
export function writeStreamDurable(target: string, source: Readable, transform: Transform, disk: DiskOps = realDisk): Promise<void> {
  return writeVia(target, disk, async (handle) => {
    // The disk's own error (a full disk) is reported, not the abort it causes upstream.
    let writeError: unknown = null;
    try {
      await pipeline(source, transform, async (chunks: AsyncIterable<Buffer>) => {
        for await (const chunk of chunks) {
          try {
            await handle.write(chunk);
          } catch (error) {
            writeError = error;
            throw error;
          }
        }
      });
    } catch (error) {
      throw writeError ?? error;
    }
  });
}

/** Copies a file durably, its bytes as they are (used for corrupt copies). */
export async function copyFileDurable(source: string, target: string, disk: DiskOps = realDisk): Promise<void> {
  const bytes = await disk.read(source, 'raw');
  await writeFileDurable(target, bytes, disk);
}

/** Removes temp files left by a writer that was killed mid-write. */
export async function removeStaleTempFiles(folder: string): Promise<number> {
  let removed = 0;
  let names: string[];
  try {
    names = await fs.readdir(folder);
  } catch {
    return 0;
  }
  for (const name of names) {
    if (name.startsWith('.') && name.endsWith('.tmp')) {
      await fs.rm(path.join(folder, name), { force: true });
      removed += 1;
    }
  }
  return removed;
}
