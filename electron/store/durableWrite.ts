/** The one module that writes data to disk: temp file → fsync → rename → fsync folder. */
import { createWriteStream, promises as fs } from 'node:fs';
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

async function fsyncFolder(folder: string): Promise<void> {
  if (process.platform === 'win32') return; // Windows cannot open a folder for fsync.
  const handle = await fs.open(folder, 'r');
  try {
    await handle.sync();
  } finally {
    await handle.close();
  }
}

/** Writes data so that after a crash the file holds either the old or the new content, whole. */
export async function writeFileDurable(target: string, data: string | Uint8Array): Promise<void> {
  const folder = path.dirname(target);
  const temp = path.join(folder, `.${path.basename(target)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
  const handle = await fs.open(temp, 'w');
  try {
    await handle.writeFile(data);
    await handle.sync();
  } finally {
    await handle.close();
  }
  try {
    await withFsRetry(() => fs.rename(temp, target));
  } catch (error) {
    await fs.rm(temp, { force: true });
    throw error;
  }
  await fsyncFolder(folder);
}

/** Like writeFileDurable, for content produced piece by piece (a backup carrying evidence files). */
export async function writeStreamDurable(target: string, source: Readable, transform: Transform): Promise<void> {
  const folder = path.dirname(target);
  const temp = path.join(folder, `.${path.basename(target)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
  try {
    await pipeline(source, transform, createWriteStream(temp));
    const handle = await fs.open(temp, 'r+');
    try {
      await handle.sync();
    } finally {
      await handle.close();
    }
    await withFsRetry(() => fs.rename(temp, target));
  } catch (error) {
    await fs.rm(temp, { force: true });
    throw error;
  }
  await fsyncFolder(folder);
}

/** Copies a file durably (used for corrupt copies and evidence). */
export async function copyFileDurable(source: string, target: string): Promise<void> {
  const bytes = await fs.readFile(source);
  await writeFileDurable(target, bytes);
}

/** Removes temp files left by a writer that was killed mid-write. */
export async function removeStaleTempFiles(folder: string): Promise<number> {
  let removed = 0;
  for (const name of await fs.readdir(folder)) {
    if (name.startsWith('.') && name.endsWith('.tmp')) {
      await fs.rm(path.join(folder, name), { force: true });
      removed += 1;
    }
  }
  return removed;
}
