/**
 * The daily backup, off the critical path and incremental. Before the first accepted change of a day
 * the data files are kept as they are by hard links into backups/.pending-<time>/ (no bytes copied:
 * the store never changes a file in place, it renames a new one over it, so a link keeps the old
 * content). After the change is written, the backup is made from there in the background: each file's
 * content goes once into backups/blobs/<sha256>.gz, so a file unchanged since an earlier backup is not
 * stored again, and a small .wcbak (format 3) lists which blob holds each file.
 */
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { gzip } from 'node:zlib';
import { META_FILE, parseCollectionFileName, type MetaFile } from '../../shared/schema/records';
import { BACKUP_EXT, BACKUP_FORMAT, BLOBS_DIR, countRecords, listBackups, type BackupFileInfo, type BackupManifest } from './backups';
import type { DataPaths } from './dataFolder';
import { realDisk, removeStaleTempFiles, writeFileDurable, type DiskOps } from './durableWrite';
import { collectEvidenceRefs, sha256Of, type EvidenceRef } from './evidenceRefs';
import { identityOf, isSameFile, readIdentities, writeIdentities, type KnownIdentities } from './fileIdentities';

const gzipAsync = promisify(gzip);
const PENDING_PREFIX = '.pending-';
const PENDING_INFO = 'pending.json';

function stamp(iso: string): string {
  return iso.replace(/[:.]/g, '-');
}

/** Keeps the listed data files as they are now; returns the pending folder. */
export async function preserveDayStart(paths: DataPaths, names: string[], createdAt: string, disk: DiskOps = realDisk): Promise<string> {
  const dir = path.join(paths.backups, `${PENDING_PREFIX}${stamp(createdAt)}`);
  await fs.rm(dir, { recursive: true, force: true });
  await fs.mkdir(dir, { recursive: true });
  for (const name of names) {
    const from = path.join(paths.db, name);
    const to = path.join(dir, name);
    try {
      await fs.link(from, to);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code === 'ENOENT') continue;
      // A file system without hard links: copy (slower, still correct).
      await fs.copyFile(from, to);
    }
  }
  // Written last: a pending folder without it was cut short and is dropped.
  await writeFileDurable(path.join(dir, PENDING_INFO), JSON.stringify({ createdAt }), disk);
  return dir;
}

/** Pending folders left to finish (complete ones), oldest first; incomplete ones are removed. */
export async function pendingDayStarts(paths: DataPaths): Promise<string[]> {
  const names = (await fs.readdir(paths.backups).catch(() => [] as string[])).filter((n) => n.startsWith(PENDING_PREFIX)).sort();
  const complete: string[] = [];
  for (const name of names) {
    const dir = path.join(paths.backups, name);
    if (await fs.stat(path.join(dir, PENDING_INFO)).catch(() => null)) complete.push(dir);
    else await fs.rm(dir, { recursive: true, force: true });
  }
  return complete;
}

/** Stores a file's content (its bytes, with their hash) as a blob unless that content is already there. */
async function storeBlob(blobs: string, sha: string, bytes: Buffer, disk: DiskOps): Promise<void> {
  const file = path.join(blobs, `${sha}.gz`);
  if (!(await fs.stat(file).catch(() => null))) await writeFileDurable(file, await gzipAsync(bytes), disk);
}

interface BlobSummary {
  sha: string;
  counts: Record<string, number>;
  evidence: EvidenceRef[];
  meta?: Partial<MetaFile>;
}

/** The summary kept beside a blob, when both are there (a file known unchanged: fileIdentities.ts). */
async function knownSummary(blobs: string, sha: string, disk: DiskOps): Promise<BlobSummary | null> {
  const known = await disk.read(path.join(blobs, `${sha}.json`)).then((b) => JSON.parse(b.toString('utf8')) as BlobSummary).catch(() => null);
  if (!known || known.sha !== sha || !(await fs.stat(path.join(blobs, `${sha}.gz`)).catch(() => null))) return null;
  return known;
}

/**
 * Stores a file's content as a blob (unless there) with what a manifest needs from it beside
 * (<sha>.json: record counts, evidence named), so an unchanged file is neither stored nor parsed again.
 * Works on the file's bytes as read (UTF-8): an unchanged file is hashed only, never made into a string.
 */
async function summaryOf(blobs: string, name: string, bytes: Buffer, disk: DiskOps, pause: () => Promise<void>): Promise<BlobSummary | null> {
  const sha = sha256Of(bytes);
  const sidecar = path.join(blobs, `${sha}.json`);
  const known = name === META_FILE ? null : await knownSummary(blobs, sha, disk);
  if (known) return known;
  // A changed file is parsed (the longest step, tens of milliseconds for a large year): a write queued meanwhile goes first.
  await pause();
  let value: unknown;
  try {
    value = JSON.parse(bytes.toString('utf8'));
  } catch {
    return null;
  }
  await storeBlob(blobs, sha, bytes, disk);
  const summary: BlobSummary = { sha, counts: countRecords({ [name]: value }), evidence: collectEvidenceRefs({ [name]: value }) };
  if (name === META_FILE) summary.meta = value as MetaFile;
  else await writeFileDurable(sidecar, JSON.stringify(summary), disk);
  return summary;
}

/**
 * Makes the backup of a pending folder and removes the folder. `pause` is awaited before each data
 * file (backgroundBackups.ts: the store's writes go first); the pending folder's links keep the day's
 * starting content however long that takes.
 */
export async function finishDayStart(paths: DataPaths, dir: string, disk: DiskOps = realDisk, pause: () => Promise<void> = async () => undefined): Promise<BackupFileInfo> {
  const { createdAt } = JSON.parse((await disk.read(path.join(dir, PENDING_INFO))).toString('utf8')) as { createdAt: string };
  const blobsFolder = path.join(paths.backups, BLOBS_DIR);
  await fs.mkdir(blobsFolder, { recursive: true });
  await removeStaleTempFiles(blobsFolder);
  const names = (await fs.readdir(dir)).filter((n) => n === META_FILE || parseCollectionFileName(n)).sort();
  const blobs: Record<string, string> = {};
  const counts: Record<string, number> = {};
  const evidence = new Map<string, EvidenceRef>();
  let meta: Partial<MetaFile> = {};
  const identities = await readIdentities(paths.backups, disk);
  const nextIdentities: KnownIdentities = {};
  for (const name of names) {
    await pause();
    const identity = await identityOf(path.join(dir, name));
    const was = identities[name];
    // Unchanged since the last backup read it (the same file on disk): its summary as then, nothing read.
    let summary = identity && was && name !== META_FILE && isSameFile(identity, was) ? await knownSummary(blobsFolder, was.sha, disk) : null;
    if (!summary) {
      const bytes = await disk.read(path.join(dir, name)).catch(() => null);
      if (bytes === null) continue; // a file that cannot be unsealed is never put into a backup
      summary = await summaryOf(blobsFolder, name, bytes, disk, pause);
    }
    if (!summary) continue; // a damaged file is never put into a backup
    if (identity) nextIdentities[name] = { ...identity, sha: summary.sha };
    blobs[name] = summary.sha;
    if (name === META_FILE) meta = summary.meta ?? {};
    for (const [kind, n] of Object.entries(summary.counts)) counts[kind] = (counts[kind] ?? 0) + n;
    for (const ref of summary.evidence) evidence.set(ref.name, ref);
  }
  const manifest: BackupManifest = {
    format: BACKUP_FORMAT, formatVersion: 3, createdAt, reason: 'daily', schemaVersion: meta.schemaVersion ?? 0, wardName: meta.ward?.name ?? '',
    counts, files: Object.keys(blobs), evidence: [...evidence.values()].sort((a, b) => a.name.localeCompare(b.name)), evidenceIncluded: [], blobs,
  };
  const file = path.join(paths.backups, `backup-${stamp(createdAt)}-daily${BACKUP_EXT}`);
  await writeFileDurable(file, await gzipAsync(JSON.stringify(manifest)), disk);
  await writeIdentities(paths.backups, nextIdentities, disk);
  await fs.rm(dir, { recursive: true, force: true });
  const { size } = await fs.stat(file);
  return { ...manifest, file, sizeBytes: size };
}

/** Removes blobs no kept backup names any more. */
export async function removeUnusedBlobs(paths: DataPaths, disk: DiskOps = realDisk): Promise<number> {
  const blobsFolder = path.join(paths.backups, BLOBS_DIR);
  const names = await fs.readdir(blobsFolder).catch(() => [] as string[]);
  if (names.length === 0) return 0;
  const used = new Set<string>();
  for (const info of await listBackups(paths.backups, disk)) for (const sha of Object.values(info.blobs ?? {})) used.add(`${sha}.gz`);
  let removed = 0;
  for (const name of names.filter((n) => (n.endsWith('.gz') || n.endsWith('.json')) && !used.has(n.replace(/\.json$/, '.gz')))) {
    await fs.rm(path.join(blobsFolder, name), { force: true });
    if (name.endsWith('.gz')) removed += 1;
  }
  return removed;
}
