/** Backups on demand, the list, a preview before restoring, and the restore itself. */
import path from 'node:path';
import { ServiceError } from '../../shared/api/result';
import type { BackupInfo, RestoreOutcome } from '../../shared/api/types';
import { migrateDataSet } from '../../shared/schema/migrations';
import { checkFile } from '../store/recovery';
import { BackupInvalidError, listBackups, readBackup, readBackupManifest, type BackupFileInfo } from '../store/backups';
import type { Session } from './session';

export function toBackupInfo(info: BackupFileInfo): BackupInfo {
  return {
    file: info.file,
    fileName: path.basename(info.file),
    createdAt: info.createdAt,
    reason: info.reason,
    wardName: info.wardName,
    schemaVersion: info.schemaVersion,
    counts: info.counts,
    sizeBytes: info.sizeBytes,
  };
}

function asServiceError(error: unknown): never {
  if (error instanceof BackupInvalidError) throw new ServiceError('BACKUP_INVALID', `Tệp sao lưu không dùng được: ${error.message}.`);
  throw error;
}

export async function listStoreBackups(session: Session): Promise<BackupInfo[]> {
  return (await listBackups(session.store.paths.backups)).map(toBackupInfo);
}

export async function createManualBackup(session: Session, target?: string): Promise<BackupInfo> {
  return toBackupInfo(await session.store.backup('manual', target));
}

export async function previewBackup(file: string): Promise<BackupInfo> {
  return toBackupInfo(await readBackupManifest(path.resolve(file)).catch(asServiceError));
}

/** Restores a backup: reads and checks all of it first, then replaces the data after a safety backup. */
export async function restoreBackup(session: Session, file: string): Promise<RestoreOutcome> {
  const store = session.store;
  const resolved = path.resolve(file);
  const { manifest, files } = await readBackup(resolved).catch(asServiceError);
  let current: Record<string, unknown> = files;
  try {
    current = migrateDataSet(files, store.now().toISOString()).data;
  } catch (error) {
    throw new ServiceError('BACKUP_INVALID', `Tệp sao lưu không dùng được: ${(error as Error).message}.`);
  }
  if (!('meta.json' in current)) throw new ServiceError('BACKUP_INVALID', 'Tệp sao lưu không có thông tin phường/xã.');
  for (const [name, value] of Object.entries(current)) {
    const check = checkFile(name, value);
    if (!check.ok) throw new ServiceError('BACKUP_INVALID', `Tệp sao lưu có dữ liệu hỏng (${name}: ${check.reason}). Không có gì bị thay đổi.`);
  }
  // Read before replacing: the safety backup's rotation may remove this very file when it is the oldest.
  const { sizeBytes } = await readBackupManifest(resolved).catch(asServiceError);
  const safety = await store.replaceAll(current);
  const restored = toBackupInfo({ ...manifest, file: resolved, sizeBytes });
  return { restored, safetyBackup: toBackupInfo(safety) };
}
