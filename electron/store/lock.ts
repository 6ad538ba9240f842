/** A lock file on the data folder so only one app window or CLI writer uses it at a time. */
import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

export const LOCK_FILE = '.ward-conduct.lock';

export interface LockOwner {
  pid: number;
  host: string;
  app: string;
  since: string;
}

export interface DataLock {
  owner: LockOwner;
  release(): Promise<void>;
}

export class LockedError extends Error {
  constructor(readonly owner: LockOwner | null) {
    super('locked');
    this.name = 'LockedError';
  }
}

function isProcessAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

async function readOwner(file: string): Promise<LockOwner | null> {
  try {
    const parsed = JSON.parse(await fs.readFile(file, 'utf8')) as Partial<LockOwner>;
    if (typeof parsed.pid !== 'number' || typeof parsed.host !== 'string') return null;
    return parsed as LockOwner;
  } catch {
    return null;
  }
}

/** A lock is stale when its process is gone on this machine, or when its file is unreadable. */
function isStale(owner: LockOwner | null): boolean {
  if (!owner) return true;
  if (owner.host !== os.hostname()) return false;
  if (owner.pid === process.pid) return false;
  return !isProcessAlive(owner.pid);
}

/** A lock file still being written by its creator looks unreadable for a moment. */
async function isFresh(file: string): Promise<boolean> {
  try {
    const stat = await fs.stat(file);
    return Date.now() - stat.mtimeMs < 2000;
  } catch {
    return false;
  }
}

export async function acquireLock(folder: string, app: string, now: Date = new Date()): Promise<DataLock> {
  const file = path.join(folder, LOCK_FILE);
  const owner: LockOwner = { pid: process.pid, host: os.hostname(), app, since: now.toISOString() };
  for (let attempt = 0; attempt < 3; attempt += 1) {
    try {
      const handle = await fs.open(file, 'wx');
      try {
        await handle.writeFile(JSON.stringify(owner));
        await handle.sync();
      } finally {
        await handle.close();
      }
      let released = false;
      return {
        owner,
        async release() {
          if (released) return;
          released = true;
          const current = await readOwner(file);
          if (current && current.pid === owner.pid && current.since === owner.since) await fs.rm(file, { force: true });
        },
      };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const existing = await readOwner(file);
      if (!existing && (await isFresh(file))) throw new LockedError(null);
      if (!isStale(existing)) throw new LockedError(existing);
      // A crashed process left the lock behind: take it over.
      await fs.rm(file, { force: true });
    }
  }
  throw new LockedError(await readOwner(file));
}
