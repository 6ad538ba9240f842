/**
 * All-or-nothing changes of several data files (restore, demo data, migrations): every new file is
 * written into db/.journal first, then one commit file marks the set complete, then the files are
 * renamed into place. Opening the folder replays a committed journal (renames are repeatable) and
 * drops an uncommitted one, so after a crash the data is wholly the old set or wholly the new one.
 * Every file a batch writes carries the batch's id, as meta.json does, so `check` can tell a folder
 * whose files come from different batches.
 */
import { randomBytes } from 'node:crypto';
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { META_FILE, parseCollectionFileName } from '../../shared/schema/records';
import { realDisk, withFsRetry, writeFileDurable, type DiskOps } from './durableWrite';
import { stringifyNfc } from './jsonAdapter';

export const JOURNAL_DIR = '.journal';
const COMMIT_FILE = 'commit.json';

interface Commit {
  batch: string;
  files: string[];
  remove: string[];
}

function isDataFileName(name: string): boolean {
  return name === META_FILE || parseCollectionFileName(name) !== null;
}

export function newBatchId(): string {
  return randomBytes(8).toString('hex');
}

/** The value with the batch id set (data files are objects: meta and collection envelopes). */
export function stampBatch<T>(value: T, batch: string): T {
  return value && typeof value === 'object' && !Array.isArray(value) ? ({ ...value, batch } as T) : value;
}

async function apply(dbFolder: string, commit: Commit, disk: DiskOps): Promise<void> {
  const dir = path.join(dbFolder, JOURNAL_DIR);
  for (const name of commit.files.filter(isDataFileName)) {
    const staged = path.join(dir, name);
    // A file already moved by an earlier, interrupted replay is simply not there any more.
    if (!(await fs.stat(staged).catch(() => null))) continue;
    await withFsRetry(() => disk.rename(staged, path.join(dbFolder, name)));
  }
  for (const name of commit.remove.filter(isDataFileName)) await fs.rm(path.join(dbFolder, name), { force: true });
  await disk.syncFolder(dbFolder);
  await fs.rm(dir, { recursive: true, force: true });
}

/**
 * Writes the given files (values, stamped with the batch id) and removes the listed ones, all or nothing.
 * Returns the values as written.
 */
export async function commitBatch(
  dbFolder: string, values: Record<string, unknown>, remove: string[], batch: string, disk: DiskOps = realDisk,
): Promise<Record<string, unknown>> {
  const dir = path.join(dbFolder, JOURNAL_DIR);
  await fs.rm(dir, { recursive: true, force: true });
  await fs.mkdir(dir, { recursive: true });
  const stamped: Record<string, unknown> = {};
  try {
    for (const [name, value] of Object.entries(values)) {
      if (!isDataFileName(name)) throw new Error(`not a data file: ${name}`);
      stamped[name] = stampBatch(value, batch);
      await writeFileDurable(path.join(dir, name), stringifyNfc(stamped[name]), disk);
    }
    const commit: Commit = { batch, files: Object.keys(values), remove: remove.filter((n) => !(n in values)) };
    await writeFileDurable(path.join(dir, COMMIT_FILE), JSON.stringify(commit), disk);
  } catch (error) {
    // Not committed: the old files are all still in place.
    await fs.rm(dir, { recursive: true, force: true }).catch(() => undefined);
    throw error;
  }
  const commit = JSON.parse((await disk.read(path.join(dir, COMMIT_FILE))).toString('utf8')) as Commit;
  await apply(dbFolder, commit, disk);
  return stamped;
}

/** Whether a committed batch is waiting to be put in place. */
export async function isJournalCommitted(dbFolder: string): Promise<boolean> {
  return (await fs.stat(path.join(dbFolder, JOURNAL_DIR, COMMIT_FILE)).catch(() => null)) !== null;
}

/** Finishes a committed batch a crash interrupted, or drops an uncommitted one. */
export async function replayJournal(dbFolder: string, disk: DiskOps = realDisk): Promise<'none' | 'finished' | 'dropped'> {
  const dir = path.join(dbFolder, JOURNAL_DIR);
  if (!(await fs.stat(dir).catch(() => null))) return 'none';
  let commit: Commit | null = null;
  try {
    const parsed = JSON.parse((await disk.read(path.join(dir, COMMIT_FILE))).toString('utf8')) as Partial<Commit>;
    if (typeof parsed.batch === 'string' && Array.isArray(parsed.files) && Array.isArray(parsed.remove)) commit = parsed as Commit;
  } catch {
    commit = null;
  }
  if (!commit) {
    await fs.rm(dir, { recursive: true, force: true });
    return 'dropped';
  }
  await apply(dbFolder, commit, disk);
  return 'finished';
}

/** The batch a data file's value belongs to (undefined for files written before batches existed). */
export function batchOf(value: unknown): string | undefined {
  const batch = (value as { batch?: unknown } | null)?.batch;
  return typeof batch === 'string' ? batch : undefined;
}
