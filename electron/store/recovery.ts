/** Loading one data file with validation; a damaged file is kept aside and replaced from a backup. */
import path from 'node:path';
import { checkCollection, checkMeta } from '../../shared/schema/validate';
import { META_FILE, parseCollectionFileName, CURRENT_SCHEMA_VERSION } from '../../shared/schema/records';
import { copyFileDurable, realDisk, writeFileDurable, type DiskOps } from './durableWrite';
import { stampBatch } from './journal';
import { listBackups, readBackup } from './backups';
import { stringifyNfc } from './jsonAdapter';
import { ServiceError } from '../../shared/api/result';
import { decodeJsonBytes, isAsciiForm } from './jsonText';

export type LoadOutcome =
  | { status: 'missing' }
  /** utf8Form: written by an earlier version in UTF-8, not yet in the ASCII form (jsonText.ts). */
  | { status: 'ok'; value: unknown; bytes: number; utf8Form: boolean }
  | { status: 'recovered'; value: unknown; corruptCopy: string; backupFile: string; backupCreatedAt: string }
  | { status: 'damaged'; corruptCopy: string; reason: string };

export function checkFile(name: string, value: unknown): { ok: true } | { ok: false; reason: string } {
  if (name === META_FILE) {
    const r = checkMeta(value);
    return r.ok ? { ok: true } : r;
  }
  const parsed = parseCollectionFileName(name);
  if (!parsed) return { ok: false, reason: 'tên tệp lạ' };
  const r = checkCollection(value, parsed.kind);
  return r.ok ? { ok: true } : r;
}

function corruptStamp(now: Date): string {
  return now.toISOString().replace(/[:.]/g, '-');
}

/**
 * Reads and checks a file. Returns its parsed value, or recovers it, or reports it damaged. A file
 * recovered from a backup joins `batch` (the batch meta.json names), since a person was told of it.
 */
export async function loadDataFile(
  dbFolder: string, backupsFolder: string, name: string, now: Date, disk: DiskOps = realDisk, batch?: string,
): Promise<LoadOutcome> {
  const file = path.join(dbFolder, name);
  let bytes: Buffer = Buffer.alloc(0);
  let reason = 'tệp rỗng';
  try {
    bytes = await disk.read(file);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return { status: 'missing' };
    // A sealed file whose check fails, or a plain file in an encrypted folder: damaged, like a cut-short one.
    if (!(error instanceof ServiceError && error.code === 'STORE_DAMAGED')) throw error;
    reason = error.message;
  }
  const text = decodeJsonBytes(bytes);
  if (text.length > 0) {
    try {
      const value: unknown = JSON.parse(text);
      const check = checkFile(name, value);
      if (check.ok) return { status: 'ok', value, bytes: text.length, utf8Form: !isAsciiForm(bytes) };
      reason = check.reason;
    } catch {
      reason = 'không phải JSON hợp lệ (có thể bị cắt cụt)';
    }
  }
  const corruptCopy = `${file}.corrupt-${corruptStamp(now)}`;
  await copyFileDurable(file, corruptCopy, disk);
  for (const backup of await listBackups(backupsFolder, disk)) {
    if (backup.schemaVersion !== CURRENT_SCHEMA_VERSION || !backup.files.includes(name)) continue;
    try {
      const { files } = await readBackup(backup.file, {}, disk);
      const found = files[name];
      if (!checkFile(name, found).ok) continue;
      const value = batch && name !== META_FILE ? stampBatch(found, batch) : found;
      await writeFileDurable(file, stringifyNfc(value), disk);
      return { status: 'recovered', value, corruptCopy, backupFile: backup.file, backupCreatedAt: backup.createdAt };
    } catch {
      // try the next, older backup
    }
  }
  return { status: 'damaged', corruptCopy, reason };
}
