/**
 * A lock file on the data folder so only one app window or CLI writer uses it at a time.
 *
 * Taking the lock is one atomic step: the owner's record is written whole to a file of its own and
 * hard-linked to the lock name (a link never replaces an existing file). A lock left by a crashed
 * process is taken over under a second, create-exclusive "takeover" file named after that stale lock,
 * and removed only after checking it is still the same stale lock (moved aside first, put back if it
 * is not). So two processes finding the same stale lock never both end up holding the folder. The
 * owner is known by PID plus process start time (a PID is reused), and the store checks it still
 * holds the lock before every write (verify).
 */
import { createHash, randomBytes } from 'node:crypto';
import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { isProcessAlive, processStartTime, processStartedAtMs } from './processIdentity';

export const LOCK_FILE = '.ward-conduct.lock';

export interface LockOwner {
  pid: number;
  host: string;
  app: string;
  since: string;
  /** Random per opening: tells this holder from any other, even with the same PID. */
  token?: string;
  /** Start time of the owning process (Linux clock ticks), null where the OS does not tell. */
  started?: string | null;
}

export interface DataLock {
  owner: LockOwner;
  /** Whether the lock file still names this holder. */
  verify(): Promise<boolean>;
  release(): Promise<void>;
}

export class LockedError extends Error {
  constructor(readonly owner: LockOwner | null) {
    super('locked');
    this.name = 'LockedError';
  }
}

interface Found {
  owner: LockOwner | null;
  raw: string;
  mtimeMs: number;
}

async function readLockFile(file: string): Promise<Found | null> {
  let raw: string;
  let mtimeMs: number;
  try {
    [raw, { mtimeMs }] = await Promise.all([fs.readFile(file, 'utf8'), fs.stat(file)]);
  } catch {
    return null;
  }
  try {
    const parsed = JSON.parse(raw) as Partial<LockOwner>;
    if (typeof parsed.pid !== 'number' || typeof parsed.host !== 'string') return { owner: null, raw, mtimeMs };
    return { owner: parsed as LockOwner, raw, mtimeMs };
  } catch {
    return { owner: null, raw, mtimeMs };
  }
}

/**
 * A lock is stale when its process is gone on this computer, or when that PID now belongs to another
 * process: a different start time, or (older locks without one) a process started after the lock was written.
 */
export function isStaleOwner(owner: LockOwner, lockWrittenAtMs: number): boolean {
  if (owner.host !== os.hostname()) return false;
  if (!isProcessAlive(owner.pid)) return true;
  const started = processStartTime(owner.pid);
  if (owner.started && started) return owner.started !== started;
  const startedAt = processStartedAtMs(owner.pid);
  // Boot time is known to the second and ticks to 10 ms: two seconds of slack.
  return startedAt !== null && startedAt > lockWrittenAtMs + 2000;
}

/** An unreadable lock file is one being written by an older version for a moment; stale after 2 s. */
function isStale(found: Found): boolean {
  if (!found.owner) return Date.now() - found.mtimeMs >= 2000;
  return isStaleOwner(found.owner, found.mtimeMs);
}

async function writeWhole(file: string, text: string, flags: 'w' | 'wx'): Promise<void> {
  const handle = await fs.open(file, flags);
  try {
    await handle.writeFile(text);
    await handle.sync();
  } finally {
    await handle.close();
  }
}

/** Creates `file` with the content of `source` only if `file` does not exist; false when it does. */
async function createFrom(source: string, file: string, text: string): Promise<boolean> {
  try {
    await fs.link(source, file);
    return true;
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EEXIST') return false;
    if (code === 'ENOENT') throw error;
  }
  // A file system without hard links (FAT on a USB stick): create-exclusive, then write.
  try {
    await writeWhole(file, text, 'wx');
    return true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw error;
  }
}

/** Removes `file` only if it still holds exactly `raw`; anything else found there is put back. */
export async function removeIfSame(file: string, raw: string): Promise<boolean> {
  const aside = `${file}.gone-${randomBytes(6).toString('hex')}`;
  try {
    await fs.rename(file, aside);
  } catch {
    return false;
  }
  const moved = await fs.readFile(aside, 'utf8').catch(() => null);
  if (moved === raw) {
    await fs.rm(aside, { force: true });
    return true;
  }
  await createFrom(aside, file, moved ?? '').catch(() => false);
  await fs.rm(aside, { force: true });
  return false;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Takes a stale lock away, one process at a time per stale lock. */
async function takeOverStale(file: string, stale: Found, me: string): Promise<void> {
  const mutex = `${file}.takeover-${createHash('sha256').update(stale.raw).digest('hex').slice(0, 16)}`;
  const mine = `${me}\n`;
  try {
    await writeWhole(mutex, mine, 'wx');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    // Another process is taking it over; if that one died doing so, clear its takeover file.
    const other = await readLockFile(mutex);
    if (other && (other.owner ? isStaleOwner(other.owner, other.mtimeMs) : Date.now() - other.mtimeMs > 10_000)) {
      await removeIfSame(mutex, other.raw);
    }
    await sleep(2 + Math.random() * 8);
    return;
  }
  try {
    // Only if it is still that stale lock (another program may have taken it over and released the takeover file).
    if ((await readLockFile(file))?.raw === stale.raw) await removeIfSame(file, stale.raw);
  } finally {
    await removeIfSame(mutex, mine);
  }
}

/** Removes leftovers of crashed takeovers (…lock.<token>.new, …lock.gone-*, …lock.takeover-*) older than a minute. */
async function clearLeftovers(folder: string): Promise<void> {
  const names = await fs.readdir(folder).catch(() => [] as string[]);
  for (const name of names.filter((n) => n.startsWith(`${LOCK_FILE}.`))) {
    const file = path.join(folder, name);
    const stat = await fs.stat(file).catch(() => null);
    if (!stat || Date.now() - stat.mtimeMs < 60_000) continue;
    if (name.includes('.takeover-')) {
      const found = await readLockFile(file);
      if (found?.owner && !isStaleOwner(found.owner, found.mtimeMs)) continue;
    }
    await fs.rm(file, { force: true });
  }
}

export async function acquireLock(folder: string, app: string, now: Date = new Date()): Promise<DataLock> {
  const file = path.join(folder, LOCK_FILE);
  const owner: LockOwner = {
    pid: process.pid, host: os.hostname(), app, since: now.toISOString(), token: randomBytes(12).toString('hex'), started: processStartTime(process.pid),
  };
  const text = JSON.stringify(owner);
  const staged = `${file}.${owner.token}.new`;
  await writeWhole(staged, text, 'w');
  try {
    for (let attempt = 0; attempt < 50; attempt += 1) {
      if (await createFrom(staged, file, text)) {
        // Ownership is checked once more: only a file naming this token counts as held.
        if ((await readLockFile(file))?.raw !== text) continue;
        await clearLeftovers(folder);
        return heldLock(file, owner, text);
      }
      const found = await readLockFile(file);
      if (!found) continue;
      if (!isStale(found)) throw new LockedError(found.owner);
      await takeOverStale(file, found, text);
    }
    throw new LockedError((await readLockFile(file))?.owner ?? null);
  } finally {
    await fs.rm(staged, { force: true });
  }
}

function heldLock(file: string, owner: LockOwner, text: string): DataLock {
  let released = false;
  return {
    owner,
    async verify() {
      if (released) return false;
      return (await fs.readFile(file, 'utf8').catch(() => null)) === text;
    },
    async release() {
      if (released) return;
      released = true;
      await removeIfSame(file, text);
    },
  };
}
