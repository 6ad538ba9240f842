/**
 * The way out of "damaged beyond recovery": the damaged data files go (their .corrupt copies stay in
 * db/), a fresh meta.json is written when meta itself was damaged, and the rest opens as it was. Done by
 * the store, under the folder's lock, so no other program writes meanwhile.
 */
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { META_FILE, emptyMeta } from '../../shared/schema/records';
import { dataPaths } from './dataFolder';
import { realDisk, writeFileDurable, type DiskOps } from './durableWrite';
import { stringifyNfc } from './jsonAdapter';
import { acquireLock } from './lock';
import { keyedDisk } from './encryption/encryptingDisk';
import { openKeyState } from './encryption/folderEncryption';
import type { OsKeyKeeper } from './encryption/osKeys';

export class NoCorruptCopyError extends Error {}

export async function startFreshFiles(
  folder: string, app: string, damaged: string[], now: Date, disk: DiskOps = realDisk, passphrase?: () => Promise<string | null>, osKeys?: OsKeyKeeper,
): Promise<void> {
  const db = dataPaths(folder).db;
  // An encrypted folder's fresh meta.json is sealed like every other file (refused without the passphrase).
  const sealing = keyedDisk(disk, (await openKeyState(dataPaths(folder), passphrase, osKeys)).state);
  const lock = await acquireLock(folder, app, now);
  try {
    const present = new Set(await fs.readdir(db));
    // Check every damaged file first, so nothing is removed unless all of them have a kept copy.
    for (const name of damaged) {
      const hasCopy = [...present].some((n) => n.startsWith(`${name}.corrupt-`));
      if (present.has(name) && !hasCopy) throw new NoCorruptCopyError(name);
    }
    for (const name of damaged) await fs.rm(path.join(db, name), { force: true });
    // The store refuses to invent meta.json next to existing data files, so a fresh one is written here.
    if (damaged.includes(META_FILE)) await writeFileDurable(path.join(db, META_FILE), stringifyNfc(emptyMeta(now.toISOString())), sealing);
  } finally {
    await lock.release();
  }
}
