/** Runs pure migrations on a data folder of an older version, with a backup taken first. */
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import { migrateDataSet, V1_FILE, dataSetVersion } from '../../shared/schema/migrations';
import { CURRENT_SCHEMA_VERSION, META_FILE } from '../../shared/schema/records';
import { countRecords, writeBackup } from './backups';
import { realDisk, writeFileDurable, type DiskOps } from './durableWrite';
import { commitBatch, newBatchId } from './journal';
import type { DataPaths } from './dataFolder';
import { asciiJsonBytes, isAsciiForm } from './jsonText';

/** Returns a Vietnamese notice when a migration ran, null when the data was current. */
export async function migrateIfNeeded(paths: DataPaths, now: Date, disk: DiskOps = realDisk): Promise<string | null> {
  const texts: Record<string, string> = {};
  for (const name of [V1_FILE, META_FILE]) {
    try {
      // Notepad saves UTF-8 with a byte order mark, which JSON.parse refuses.
      texts[name] = (await disk.read(path.join(name === V1_FILE ? paths.root : paths.db, name))).toString('utf8').replace(/^\uFEFF/, '');
    } catch {
      // absent
    }
  }
  const data: Record<string, unknown> = {};
  for (const [name, text] of Object.entries(texts)) {
    try {
      data[name] = JSON.parse(text);
    } catch {
      return null; // a damaged file is handled by recovery, not migration
    }
  }
  const version = dataSetVersion(data);
  if (version === null || version === CURRENT_SCHEMA_VERSION) return null;
  // A v2+ folder would also need its collection files; today only v1 (one file) exists.
  const migrated = migrateDataSet(data, now.toISOString());
  await writeBackup(paths.backups, texts, {
    createdAt: now.toISOString(),
    reason: 'beforeMigration',
    schemaVersion: version,
    wardName: String((data[V1_FILE] as { wardName?: unknown } | undefined)?.wardName ?? ''),
    // Counted on the migrated data: a v1 file has no per-kind files to count.
    counts: countRecords(migrated.data),
  }, undefined, undefined, disk);
  // All files or none (journal): meta.json marks the folder as current, so it must never land without the rest.
  await commitBatch(paths.db, migrated.data, [], newBatchId(), disk);
  if (texts[V1_FILE] !== undefined) {
    await fs.rename(path.join(paths.root, V1_FILE), path.join(paths.root, `${V1_FILE}.migrated-v${version}`));
  }
  return `Dữ liệu đã được chuyển từ phiên bản ${migrated.from} lên ${migrated.to}; bản sao lưu trước khi chuyển được giữ trong thư mục sao lưu.`;
}

/**
 * Writes a data file an earlier version wrote in UTF-8 again in the ASCII form (jsonText.ts): the same
 * JSON, each non-ASCII character as its \u escape, durably. Returns whether it was written; a file
 * already in the form, missing, or whose new text does not parse to the same value is left alone.
 */
export async function rewriteInAsciiForm(file: string, disk: DiskOps = realDisk): Promise<boolean> {
  const bytes = await disk.read(file).catch(() => null);
  if (!bytes || isAsciiForm(bytes)) return false;
  const text = bytes.toString('utf8');
  const ascii = asciiJsonBytes(text);
  try {
    if (!isDeepStrictEqual(JSON.parse(ascii.toString('latin1')), JSON.parse(text))) return false;
  } catch {
    return false;
  }
  await writeFileDurable(file, ascii, disk);
  return true;
}
