/** What the store holds, and a full check of every file on disk. */
import { promises as fs } from 'node:fs';
import path from 'node:path';
import type { CheckReport, StoreInfo } from '../../shared/api/types';
import { META_FILE, parseCollectionFileName } from '../../shared/schema/records';
import { checkFile } from '../store/recovery';
import { listBackups } from '../store/backups';
import type { Session } from './session';

export async function storeInfo(session: Session): Promise<StoreInfo> {
  const store = session.store;
  const counts: Record<string, number> = {};
  const files: StoreInfo['files'] = [];
  for (const name of store.fileNames()) {
    const parsed = parseCollectionFileName(name);
    if (!parsed) continue;
    const live = await store.countLive(parsed.kind, parsed.partition);
    counts[parsed.kind] = (counts[parsed.kind] ?? 0) + live;
    files.push({ name, records: live });
  }
  return {
    dataFolder: session.dataFolder,
    schemaVersion: store.meta.schemaVersion,
    wardName: store.meta.ward.name,
    counts,
    files,
    lastAutoBackupDay: store.meta.lastAutoBackupDay,
    backups: (await listBackups(store.paths.backups)).length,
  };
}

/** Reads every data file from disk again and checks it, without changing anything. */
export async function checkStore(session: Session): Promise<CheckReport> {
  const db = session.store.paths.db;
  const report: CheckReport = { isHealthy: true, files: [] };
  for (const name of (await fs.readdir(db)).sort()) {
    if (name !== META_FILE && !parseCollectionFileName(name)) continue;
    let reason: string | undefined;
    try {
      const check = checkFile(name, JSON.parse(await fs.readFile(path.join(db, name), 'utf8')));
      if (!check.ok) reason = check.reason;
    } catch {
      reason = 'không phải JSON hợp lệ';
    }
    report.files.push(reason ? { name, status: 'damaged', reason } : { name, status: 'ok' });
    if (reason) report.isHealthy = false;
  }
  return report;
}
