/** Taking a backup of the data files as they are on disk. */
import { promises as fs } from 'node:fs';
import path from 'node:path';
import type { MetaFile } from '../../shared/schema/records';
import { META_FILE, parseCollectionFileName } from '../../shared/schema/records';
import { countRecords, writeBackup, type BackupEvidence, type BackupFileInfo, type BackupReason } from './backups';
import type { DataPaths } from './dataFolder';
import { realDisk, type DiskOps } from './durableWrite';
import { readInside } from './linksOut';
import { collectEvidenceRefs, sha256Of, type EvidenceRef } from './evidenceRefs';

export type { BackupReason };

/** Raw texts of every valid-looking data file currently in the db folder. */
export async function readDataFileTexts(dbFolder: string, disk: DiskOps = realDisk): Promise<Record<string, string>> {
  const texts: Record<string, string> = {};
  for (const name of await fs.readdir(dbFolder)) {
    if (name !== META_FILE && !parseCollectionFileName(name)) continue;
    let text: string;
    try {
      text = (await disk.read(path.join(dbFolder, name))).toString('utf8');
    } catch {
      continue; // a file that cannot be unsealed is never put into a backup
    }
    try {
      JSON.parse(text);
      texts[name] = text;
    } catch {
      // a damaged file is never put into a backup
    }
  }
  return texts;
}

/** The named evidence files present in the folder with their bytes matching their hash (the ones a backup can carry). */
async function presentEvidence(root: string, refs: EvidenceRef[], disk: DiskOps): Promise<string[]> {
  const present: string[] = [];
  for (const ref of refs) {
    const bytes = await readInside(root, ref.name, disk);
    if (bytes && sha256Of(bytes) === ref.sha256) present.push(ref.name);
  }
  return present;
}

/**
 * Backs up the data files. A backup to a chosen file (target) carries the evidence files too, so it is
 * complete on its own; the automatic ones in the backups folder only list the evidence they name.
 */
export async function createBackupOf(paths: DataPaths, meta: MetaFile, reason: BackupReason, now: Date, target?: string, disk: DiskOps = realDisk): Promise<BackupFileInfo> {
  const texts = await readDataFileTexts(paths.db, disk);
  const parsed: Record<string, unknown> = {};
  for (const [name, text] of Object.entries(texts)) parsed[name] = JSON.parse(text);
  const refs = collectEvidenceRefs(parsed);
  const evidence: BackupEvidence = {
    refs,
    included: target ? await presentEvidence(paths.root, refs, disk) : [],
    read: async (name) => (await readInside(paths.root, name, disk)) ?? new Uint8Array(),
  };
  return writeBackup(
    paths.backups,
    texts,
    { createdAt: now.toISOString(), reason, schemaVersion: meta.schemaVersion, wardName: meta.ward.name, counts: countRecords(parsed) },
    target,
    evidence,
    disk,
  );
}
