/** Runs pure migrations on a data folder of an older version, with a backup taken first. */
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { migrateDataSet, V1_FILE, dataSetVersion } from '../../shared/schema/migrations';
import { CURRENT_SCHEMA_VERSION, META_FILE } from '../../shared/schema/records';
import { countRecords, writeBackup } from './backups';
import { writeFileDurable } from './durableWrite';
import { stringifyNfc } from './jsonAdapter';
import type { DataPaths } from './dataFolder';

/** Returns a Vietnamese notice when a migration ran, null when the data was current. */
export async function migrateIfNeeded(paths: DataPaths, now: Date): Promise<string | null> {
  const texts: Record<string, string> = {};
  for (const name of [V1_FILE, META_FILE]) {
    try {
      texts[name] = await fs.readFile(path.join(name === V1_FILE ? paths.root : paths.db, name), 'utf8');
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
  await writeBackup(paths.backups, texts, {
    createdAt: now.toISOString(),
    reason: 'beforeMigration',
    schemaVersion: version,
    wardName: String((data[V1_FILE] as { wardName?: unknown } | undefined)?.wardName ?? ''),
    counts: countRecords(data),
  });
  const migrated = migrateDataSet(data, now.toISOString());
  for (const [name, value] of Object.entries(migrated.data)) {
    await writeFileDurable(path.join(paths.db, name), stringifyNfc(value));
  }
  if (texts[V1_FILE] !== undefined) {
    await fs.rename(path.join(paths.root, V1_FILE), path.join(paths.root, `${V1_FILE}.migrated-v${version}`));
  }
  return `Dữ liệu đã được chuyển từ phiên bản ${migrated.from} lên ${migrated.to}; bản sao lưu trước khi chuyển được giữ trong thư mục sao lưu.`;
}
