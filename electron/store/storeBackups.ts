/** Taking a backup of the data files as they are on disk. */
import { promises as fs } from 'node:fs';
import path from 'node:path';
import type { MetaFile } from '../../shared/schema/records';
import { META_FILE, parseCollectionFileName } from '../../shared/schema/records';
import { countRecords, writeBackup, type BackupFileInfo, type BackupReason } from './backups';
import type { DataPaths } from './dataFolder';

export type { BackupReason };

/** Raw texts of every valid-looking data file currently in the db folder. */
export async function readDataFileTexts(dbFolder: string): Promise<Record<string, string>> {
  const texts: Record<string, string> = {};
  for (const name of await fs.readdir(dbFolder)) {
    if (name !== META_FILE && !parseCollectionFileName(name)) continue;
    const text = await fs.readFile(path.join(dbFolder, name), 'utf8');
    try {
      JSON.parse(text);
      texts[name] = text;
    } catch {
      // a damaged file is never put into a backup
    }
  }
  return texts;
}

export async function createBackupOf(paths: DataPaths, meta: MetaFile, reason: BackupReason, now: Date, target?: string): Promise<BackupFileInfo> {
  const texts = await readDataFileTexts(paths.db);
  const parsed: Record<string, unknown> = {};
  for (const [name, text] of Object.entries(texts)) parsed[name] = JSON.parse(text);
  return writeBackup(
    paths.backups,
    texts,
    { createdAt: now.toISOString(), reason, schemaVersion: meta.schemaVersion, wardName: meta.ward.name, counts: countRecords(parsed) },
    target,
  );
}
