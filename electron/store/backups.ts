/**
 * Backups: one gzip file each, holding a manifest line and then one line per data file.
 * The manifest comes first so a list of backups can be shown without unpacking whole files.
 */
import { createReadStream, promises as fs } from 'node:fs';
import path from 'node:path';
import { createGunzip, gzipSync, gunzipSync } from 'node:zlib';
import { writeFileDurable } from './durableWrite';
import { stringifyNfc } from './jsonAdapter';

export const BACKUP_FORMAT = 'ward-conduct-backup';
export const BACKUP_EXT = '.wcbak';

export type BackupReason = 'daily' | 'manual' | 'beforeMigration' | 'beforeRestore' | 'beforeRecovery';

export interface BackupManifest {
  format: typeof BACKUP_FORMAT;
  formatVersion: 1;
  createdAt: string;
  reason: BackupReason;
  schemaVersion: number;
  wardName: string;
  counts: Record<string, number>;
  files: string[];
}

export interface BackupFileInfo extends BackupManifest {
  file: string;
  sizeBytes: number;
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

/** Writes a backup of the given raw file texts; returns its info. */
export async function writeBackup(
  folder: string,
  fileTexts: Record<string, string>,
  manifest: Omit<BackupManifest, 'format' | 'formatVersion' | 'files'>,
  target?: string,
): Promise<BackupFileInfo> {
  await fs.mkdir(folder, { recursive: true });
  const names = Object.keys(fileTexts).sort();
  const full: BackupManifest = { format: BACKUP_FORMAT, formatVersion: 1, ...manifest, files: names };
  // One line per file: line breaks in JSON text can only be whitespace between tokens (never inside a string),
  // so a pretty-printed file (the v1 pilot export) is made single-line without changing its meaning.
  const oneLine = (text: string) => text.replace(/\r\n|\r|\n/g, ' ');
  const lines = [stringifyNfc(full), ...names.map((name) => `{"name":${JSON.stringify(name)},"content":${oneLine(fileTexts[name] ?? 'null')}}`)];
  const bytes = gzipSync(Buffer.from(lines.join('\n'), 'utf8'), { level: 6 });
  const file = target ?? path.join(folder, `backup-${stamp(manifest.createdAt)}-${manifest.reason}${BACKUP_EXT}`);
  await writeFileDurable(file, bytes);
  return { ...full, file, sizeBytes: bytes.length };
}

function checkManifest(value: unknown): BackupManifest {
  const m = value as Partial<BackupManifest> | null;
  if (!m || m.format !== BACKUP_FORMAT || m.formatVersion !== 1 || !Array.isArray(m.files) || typeof m.createdAt !== 'string') {
    throw new BackupInvalidError('Không phải tệp sao lưu của Ward Conduct');
  }
  return m as BackupManifest;
}

/** Reads only the manifest line of a backup. */
export async function readBackupManifest(file: string): Promise<BackupFileInfo> {
  const stat = await fs.stat(file).catch(() => {
    throw new BackupInvalidError('Không tìm thấy tệp sao lưu');
  });
  const firstLine = await new Promise<string>((resolve, reject) => {
    const input = createReadStream(file);
    const gunzip = createGunzip();
    let text = '';
    let done = false;
    const finish = (value: string) => {
      if (done) return;
      done = true;
      input.destroy();
      gunzip.destroy();
      resolve(value);
    };
    gunzip.on('data', (chunk: Buffer) => {
      text += chunk.toString('utf8');
      const newline = text.indexOf('\n');
      if (newline >= 0) finish(text.slice(0, newline));
    });
    gunzip.on('end', () => finish(text));
    gunzip.on('error', () => reject(new BackupInvalidError('Tệp sao lưu bị hỏng hoặc không đúng định dạng')));
    input.on('error', () => reject(new BackupInvalidError('Không đọc được tệp sao lưu')));
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

/** Reads a whole backup: manifest and the parsed content of every file it holds. */
export async function readBackup(file: string): Promise<{ manifest: BackupManifest; files: Record<string, unknown> }> {
  let lines: string[];
  try {
    lines = gunzipSync(await fs.readFile(file)).toString('utf8').split('\n');
  } catch {
    throw new BackupInvalidError('Tệp sao lưu bị hỏng hoặc không đúng định dạng');
  }
  try {
    const manifest = checkManifest(JSON.parse(lines[0] ?? ''));
    const files: Record<string, unknown> = {};
    for (const line of lines.slice(1)) {
      const entry = JSON.parse(line) as { name: string; content: unknown };
      files[entry.name] = entry.content;
    }
    for (const name of manifest.files) {
      if (!(name in files)) throw new BackupInvalidError('Tệp sao lưu thiếu dữ liệu');
    }
    return { manifest, files };
  } catch (error) {
    if (error instanceof BackupInvalidError) throw error;
    throw new BackupInvalidError('Tệp sao lưu bị hỏng hoặc không đúng định dạng');
  }
}

/** Lists the backups in a folder, newest first; unreadable files are skipped. */
export async function listBackups(folder: string): Promise<BackupFileInfo[]> {
  let names: string[];
  try {
    names = await fs.readdir(folder);
  } catch {
    return [];
  }
  const infos: BackupFileInfo[] = [];
  for (const name of names.filter((n) => n.endsWith(BACKUP_EXT))) {
    try {
      infos.push(await readBackupManifest(path.join(folder, name)));
    } catch {
      // A damaged backup is not offered; it stays on disk for a person to look at.
    }
  }
  return infos.sort((a, b) => b.createdAt.localeCompare(a.createdAt) || b.file.localeCompare(a.file));
}

/** Keeps the newest `keep` automatic backups; manual backups and safety copies count too. */
export async function rotateBackups(folder: string, keep: number): Promise<string[]> {
  const all = await listBackups(folder);
  const removed: string[] = [];
  for (const info of all.slice(keep)) {
    await fs.rm(info.file, { force: true });
    removed.push(info.file);
  }
  return removed;
}
