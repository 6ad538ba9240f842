/** What the store holds, and a full check of every file on disk. */
import { promises as fs } from 'node:fs';
import path from 'node:path';
import type { CheckReport, StoreInfo } from '../../shared/api/types';
import { META_FILE, parseCollectionFileName } from '../../shared/schema/records';
import { checkFile } from '../store/recovery';
import { listBackups } from '../store/backups';
import { batchOf } from '../store/journal';
import type { Session } from './session';

export async function storeInfo(session: Session): Promise<StoreInfo> {
  const store = session.store;
  const counts: Record<string, number> = {};
  const files: StoreInfo['files'] = [];
  // Counted after any backup still being made in the background.
  await store.idle();
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
    backups: (await listBackups(store.paths.backups, store.disk)).length,
  };
}

/** Reads every data file from disk again and checks it, without changing anything. */
export async function checkStore(session: Session): Promise<CheckReport> {
  const db = session.store.paths.db;
  const report: CheckReport = { isHealthy: true, files: [] };
  const batches = new Map<string, string | undefined>();
  for (const name of (await fs.readdir(db)).sort()) {
    if (name !== META_FILE && !parseCollectionFileName(name)) continue;
    let reason: string | undefined;
    try {
      const value: unknown = JSON.parse((await session.store.disk.read(path.join(db, name))).toString('utf8'));
      const check = checkFile(name, value);
      if (!check.ok) reason = check.reason;
      batches.set(name, batchOf(value));
    } catch {
      reason = 'không phải JSON hợp lệ';
    }
    report.files.push(reason ? { name, status: 'damaged', reason } : { name, status: 'ok' });
  }
  // After a restore, demo data or migration every file carries the id meta.json names: one that does
  // not is left from another state of the data (a multi-file change was cut short, or a file copied in by hand).
  const batch = batches.get(META_FILE);
  for (const file of report.files) {
    if (batch === undefined || file.status !== 'ok' || batches.get(file.name) === batch) continue;
    Object.assign(file, { status: 'damaged', reason: 'thuộc một lần ghi khác với các tệp còn lại (phục hồi hoặc tạo dữ liệu mẫu bị ngắt giữa chừng, hoặc tệp được chép vào bằng tay)' });
  }
  report.isHealthy = report.files.every((file) => file.status === 'ok');
  return report;
}
