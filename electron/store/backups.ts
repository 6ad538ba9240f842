/**
 * Backups: one gzip file each, holding a manifest line and then one line per data file
 * ({ name, content }). A backup written to a chosen file also carries the evidence files the data
 * names, one line each ({ name: 'evidence/…', base64 }), so a copy on a USB stick is complete; the
 * automatic ones only list them (evidence is content-addressed and never changes, so the folder
 * keeps them). The manifest comes first so a list can be shown without unpacking whole files.
 * formatVersion 1 (before evidence) is still read. formatVersion 3 (the daily backups, see dailyBackup.ts)
 * holds only the manifest: each data file's content is in backups/blobs/<sha256>.gz, shared by backups.
 */
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { createGunzip, createGzip, gunzipSync } from 'node:zlib';
import { realDisk, writeStreamDurable, type DiskOps, type ReadMode } from './durableWrite';
import { hashOfEvidenceName, sha256Of, type EvidenceRef } from './evidenceRefs';
import { stringifyNfc } from './jsonAdapter';
import { ServiceError } from '../../shared/api/result';

export const BACKUP_FORMAT = 'ward-conduct-backup';
export const BACKUP_EXT = '.wcbak';
export const BACKUP_FORMAT_VERSION = 2;
/** The folder (next to the .wcbak files) holding the content of format-3 backups, one gzip file per content hash. */
export const BLOBS_DIR = 'blobs';
/** A manifest longer than this is not one this app wrote (30,000 evidence files take about 5 MB). */
export const MANIFEST_MAX_BYTES = 16 * 1024 * 1024;
/** One line (one data file, or one evidence file as base64) longer than this is refused, not read into memory. */
export const LINE_MAX_BYTES = 256 * 1024 * 1024;

export type BackupReason = 'daily' | 'manual' | 'beforeMigration' | 'beforeRestore' | 'beforeRecovery' | 'beforeEncryption';

export interface BackupManifest {
  format: typeof BACKUP_FORMAT;
  /** 1: data files only (older backups); 2: with the evidence list; 3: contents in blobs/ (daily backups). */
  formatVersion: 1 | 2 | 3;
  createdAt: string;
  reason: BackupReason;
  schemaVersion: number;
  wardName: string;
  counts: Record<string, number>;
  files: string[];
  /** Every evidence file the data names (version 2). */
  evidence?: EvidenceRef[];
  /** The names of those this backup carries as lines (version 2). */
  evidenceIncluded?: string[];
  /** Format 3: the content hash of each data file, stored in blobs/<sha256>.gz. */
  blobs?: Record<string, string>;
}

export interface BackupFileInfo extends BackupManifest {
  file: string;
  sizeBytes: number;
}

/** What a backup carries besides the data files: the list, and how to read the bytes of those to include. */
export interface BackupEvidence {
  refs: EvidenceRef[];
  /** Names (of refs) whose bytes go into the backup, read one at a time while writing. */
  included: string[];
  read: (name: string) => Promise<Uint8Array>;
}

export class BackupInvalidError extends Error {
  constructor(reason: string) {
    super(reason);
    this.name = 'BackupInvalidError';
  }
}

function stamp(iso: string): string {
  return iso.replace(/[:.]/g, '-');
}

export function countRecords(files: Record<string, unknown>): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const content of Object.values(files)) {
    const c = content as { kind?: unknown; records?: unknown[] } | null;
    if (c && typeof c.kind === 'string' && Array.isArray(c.records)) {
      const live = c.records.filter((r) => !(r as { deletedAt?: unknown }).deletedAt).length;
      counts[c.kind] = (counts[c.kind] ?? 0) + live;
    }
  }
  return counts;
}

/** Writes a backup of the given raw file texts (and evidence, when given); returns its info. */
export async function writeBackup(
  folder: string,
  fileTexts: Record<string, string>,
  manifest: Omit<BackupManifest, 'format' | 'formatVersion' | 'files' | 'evidence' | 'evidenceIncluded'>,
  target?: string,
  evidence?: BackupEvidence,
  disk: DiskOps = realDisk,
): Promise<BackupFileInfo> {
  await fs.mkdir(folder, { recursive: true });
  const names = Object.keys(fileTexts).sort();
  const included = evidence?.included ?? [];
  const full: BackupManifest = {
    format: BACKUP_FORMAT, formatVersion: BACKUP_FORMAT_VERSION, ...manifest, files: names, evidence: evidence?.refs ?? [], evidenceIncluded: included,
  };
  // One line per file: line breaks in JSON text can only be whitespace between tokens (never inside a string),
  // so a pretty-printed file (the v1 pilot export) is made single-line without changing its meaning.
  const oneLine = (text: string) => text.replace(/\r\n|\r|\n/g, ' ');
  async function* lines(): AsyncGenerator<string> {
    yield stringifyNfc(full);
    for (const name of names) yield `\n{"name":${JSON.stringify(name)},"content":${oneLine(fileTexts[name] ?? 'null')}}`;
    for (const name of included) {
      const bytes = await evidence!.read(name);
      yield `\n{"name":${JSON.stringify(name)},"base64":"${Buffer.from(bytes).toString('base64')}"}`;
    }
  }
  const file = target ?? path.join(folder, `backup-${stamp(manifest.createdAt)}-${manifest.reason}${BACKUP_EXT}`);
  await writeStreamDurable(file, Readable.from(lines()), createGzip({ level: 6 }), disk);
  const { size } = await fs.stat(file);
  return { ...full, file, sizeBytes: size };
}

/** A sealed backup read without the folder's key: said as it is, not as a damaged file. */
function isKeyRefusal(error: unknown): error is ServiceError {
  return error instanceof ServiceError && error.code === 'FORBIDDEN';
}

function checkManifest(value: unknown): BackupManifest {
  const m = value as Partial<BackupManifest> | null;
  if (!m || m.format !== BACKUP_FORMAT || (m.formatVersion !== 1 && m.formatVersion !== 2 && m.formatVersion !== 3) || !Array.isArray(m.files) || typeof m.createdAt !== 'string') {
    throw new BackupInvalidError('Không phải tệp sao lưu của Ward Conduct');
  }
  return m as BackupManifest;
}

/** Counts what reading a manifest cost (tests check it stays bounded whatever the file). */
export interface ManifestReadStats {
  inflatedBytes: number;
}

/**
 * Reads only the manifest line of a backup: each unpacked piece is searched for the line end once
 * (never the text gathered so far), and reading stops after MANIFEST_MAX_BYTES, so a file without
 * line breaks costs at most that much work.
 */
export async function readBackupManifest(file: string, stats: ManifestReadStats = { inflatedBytes: 0 }, disk: DiskOps = realDisk, mode: ReadMode = 'store'): Promise<BackupFileInfo> {
  const stat = await fs.stat(file).catch(() => {
    throw new BackupInvalidError('Không tìm thấy tệp sao lưu');
  });
  const firstLine = await new Promise<string>((resolve, reject) => {
    const input = disk.readStream(file, mode);
    const gunzip = createGunzip();
    const pieces: Buffer[] = [];
    let done = false;
    const finish = (error: Error | null) => {
      if (done) return;
      done = true;
      input.destroy();
      gunzip.destroy();
      if (error) reject(error);
      else resolve(Buffer.concat(pieces).toString('utf8'));
    };
    gunzip.on('data', (chunk: Buffer) => {
      if (done) return;
      stats.inflatedBytes += chunk.length;
      const newline = chunk.indexOf(10);
      pieces.push(newline >= 0 ? chunk.subarray(0, newline) : chunk);
      if (newline >= 0) finish(null);
      else if (stats.inflatedBytes > MANIFEST_MAX_BYTES) finish(new BackupInvalidError('Tệp sao lưu bị hỏng hoặc không đúng định dạng'));
    });
    gunzip.on('end', () => finish(null));
    gunzip.on('error', () => finish(new BackupInvalidError('Tệp sao lưu bị hỏng hoặc không đúng định dạng')));
    input.on('error', (error) => finish(isKeyRefusal(error) ? error : new BackupInvalidError('Không đọc được tệp sao lưu')));
    input.pipe(gunzip);
  });
  let parsed: unknown;
  try {
    parsed = JSON.parse(firstLine);
  } catch {
    throw new BackupInvalidError('Tệp sao lưu bị hỏng hoặc không đúng định dạng');
  }
  return { ...checkManifest(parsed), file, sizeBytes: stat.size };
}

/** Calls visit with each line of a gzip file, as it is unpacked (a backup can be larger than a string may be). */
async function forEachLine(file: string, visit: (line: string) => Promise<void> | void, disk: DiskOps, mode: ReadMode): Promise<void> {
  await pipeline(disk.readStream(file, mode), createGunzip(), async (source: AsyncIterable<Buffer>) => {
    let pending: Buffer[] = [];
    let pendingBytes = 0;
    for await (const chunk of source) {
      let start = 0;
      for (let i = chunk.indexOf(10); i >= 0; i = chunk.indexOf(10, start)) {
        await visit(Buffer.concat([...pending, chunk.subarray(start, i)]).toString('utf8'));
        pending = [];
        pendingBytes = 0;
        start = i + 1;
      }
      if (start < chunk.length) pending.push(chunk.subarray(start));
      pendingBytes += chunk.length - start;
      if (pendingBytes > LINE_MAX_BYTES) throw new BackupInvalidError('Tệp sao lưu bị hỏng hoặc không đúng định dạng');
    }
    await visit(Buffer.concat(pending).toString('utf8'));
  });
}

export interface ReadBackupOptions {
  /** Called with each evidence file the backup carries, after its hash is checked. */
  onEvidence?: (name: string, bytes: Buffer) => Promise<void> | void;
}

export interface BackupContent {
  manifest: BackupManifest;
  files: Record<string, unknown>;
  /** Names of the evidence files carried (bytes checked against their hash). */
  evidenceNames: string[];
}

/** Reads a whole backup: manifest, the parsed content of every data file, and checks each evidence file it carries. */
export async function readBackup(file: string, options: ReadBackupOptions = {}, disk: DiskOps = realDisk, mode: ReadMode = 'store'): Promise<BackupContent> {
  let manifest: BackupManifest | null = null;
  const files: Record<string, unknown> = {};
  const evidenceNames: string[] = [];
  // The reason found while reading wins over whatever the stream reports when it is torn down.
  let refused: BackupInvalidError | null = null;
  try {
    await forEachLine(file, async (line) => {
      if (!manifest) {
        manifest = checkManifest(JSON.parse(line));
        return;
      }
      if (line.trim() === '') return;
      const entry = JSON.parse(line) as { name: string; content?: unknown; base64?: string };
      if (typeof entry.base64 !== 'string') {
        files[entry.name] = entry.content;
        return;
      }
      const bytes = Buffer.from(entry.base64, 'base64');
      const claimed = hashOfEvidenceName(entry.name);
      if (!claimed || sha256Of(bytes) !== claimed) {
        refused = new BackupInvalidError(`Tệp chứng cứ ${entry.name} trong bản sao lưu bị hỏng (mã băm không khớp)`);
        throw refused;
      }
      evidenceNames.push(entry.name);
      await options.onEvidence?.(entry.name, bytes);
    }, disk, mode);
  } catch (error) {
    if (refused) throw refused;
    if (error instanceof BackupInvalidError || isKeyRefusal(error)) throw error;
    throw new BackupInvalidError('Tệp sao lưu bị hỏng hoặc không đúng định dạng');
  }
  const checked = manifest as BackupManifest | null;
  if (!checked) throw new BackupInvalidError('Tệp sao lưu bị hỏng hoặc không đúng định dạng');
  if (checked.formatVersion === 3) Object.assign(files, await readBlobs(path.join(path.dirname(file), BLOBS_DIR), checked.blobs ?? {}, disk));
  for (const name of checked.files) {
    if (!(name in files)) throw new BackupInvalidError('Tệp sao lưu thiếu dữ liệu');
  }
  for (const name of checked.evidenceIncluded ?? []) {
    if (!evidenceNames.includes(name)) throw new BackupInvalidError('Tệp sao lưu thiếu tệp chứng cứ');
  }
  return { manifest: checked, files, evidenceNames };
}

/** The data files of a format-3 backup, from the blobs folder beside it, each checked against its hash. */
async function readBlobs(folder: string, blobs: Record<string, string>, disk: DiskOps): Promise<Record<string, unknown>> {
  const files: Record<string, unknown> = {};
  for (const [name, sha] of Object.entries(blobs)) {
    if (!/^[0-9a-f]{64}$/.test(sha)) throw new BackupInvalidError('Tệp sao lưu bị hỏng hoặc không đúng định dạng');
    const packed = await disk.read(path.join(folder, `${sha}.gz`)).catch(() => null);
    if (!packed) throw new BackupInvalidError('Tệp sao lưu thiếu dữ liệu');
    let bytes: Buffer;
    try {
      bytes = gunzipSync(packed, { maxOutputLength: LINE_MAX_BYTES });
    } catch {
      throw new BackupInvalidError('Tệp sao lưu bị hỏng hoặc không đúng định dạng');
    }
    if (sha256Of(bytes) !== sha) throw new BackupInvalidError(`Dữ liệu ${name} trong bản sao lưu bị hỏng (mã băm không khớp)`);
    try {
      files[name] = JSON.parse(bytes.toString('utf8'));
    } catch {
      throw new BackupInvalidError('Tệp sao lưu bị hỏng hoặc không đúng định dạng');
    }
  }
  return files;
}

/** Lists the backups in a folder, newest first; unreadable files are skipped. */
export async function listBackups(folder: string, disk: DiskOps = realDisk): Promise<BackupFileInfo[]> {
  let names: string[];
  try {
    names = await fs.readdir(folder);
  } catch {
    return [];
  }
  const infos: BackupFileInfo[] = [];
  for (const name of names.filter((n) => n.endsWith(BACKUP_EXT))) {
    try {
      infos.push(await readBackupManifest(path.join(folder, name), undefined, disk));
    } catch {
      // A damaged backup is not offered; it stays on disk for a person to look at.
    }
  }
  return infos.sort((a, b) => b.createdAt.localeCompare(a.createdAt) || b.file.localeCompare(a.file));
}

/** Keeps the newest `keep` automatic backups; manual backups and safety copies count too. */
export async function rotateBackups(folder: string, keep: number, disk: DiskOps = realDisk): Promise<string[]> {
  const all = await listBackups(folder, disk);
  const removed: string[] = [];
  for (const info of all.slice(keep)) {
    await fs.rm(info.file, { force: true });
    removed.push(info.file);
  }
  return removed;
}
