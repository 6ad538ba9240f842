/** Backups on demand, the list, a preview before restoring, and the restore itself (evidence files included). */
import path from 'node:path';
import { ServiceError } from '../../shared/api/result';
import type { BackupInfo, RestoreOutcome } from '../../shared/api/types';
import { migrateDataSet } from '../../shared/schema/migrations';
import { checkFile } from '../store/recovery';
import { BackupInvalidError, listBackups, readBackup, readBackupManifest, type BackupFileInfo } from '../store/backups';
import { dataPaths } from '../store/dataFolder';
import type { Store } from '../store/dataStore';
import { collectEvidenceRefs, sha256Of, type EvidenceRef } from '../store/evidenceRefs';
import type { Session } from './session';
import { moveIdNumbersOutOfNotes } from './staffIdNumber';
import { readInside } from '../store/linksOut';
import { realDisk, type DiskOps } from '../store/durableWrite';

export function toBackupInfo(info: BackupFileInfo, missing: number | null = null, refs: EvidenceRef[] | null = info.evidence ?? null): BackupInfo {
  return {
    file: info.file,
    fileName: path.basename(info.file),
    createdAt: info.createdAt,
    reason: info.reason,
    wardName: info.wardName,
    schemaVersion: info.schemaVersion,
    counts: info.counts,
    sizeBytes: info.sizeBytes,
    evidence: { referenced: refs?.length ?? null, included: info.evidenceIncluded?.length ?? 0, missing },
  };
}

function asServiceError(error: unknown): never {
  if (error instanceof BackupInvalidError) throw new ServiceError('BACKUP_INVALID', `Tệp sao lưu không dùng được: ${error.message}.`);
  throw error;
}

export async function listStoreBackups(session: Session): Promise<BackupInfo[]> {
  // The day's backup may still be being made in the background: list it once it is written.
  await session.store.idle();
  return (await listBackups(session.store.paths.backups, session.store.disk)).map((info) => toBackupInfo(info));
}

/** "Sao lưu ngay" into the backups folder (evidence listed), or to a chosen file (evidence carried). */
export async function createManualBackup(session: Session, target?: string): Promise<BackupInfo> {
  return toBackupInfo(await session.store.backup('manual', target));
}

/** "Sao lưu ra tệp": asks where, then writes a self-contained backup there; null when cancelled. */
export async function exportBackupToChosenFile(session: Session): Promise<BackupInfo | null> {
  const choose = session.deps.chooseSaveFile;
  if (!choose) throw new ServiceError('FORBIDDEN', 'Sao lưu ra tệp chỉ dùng được trong ứng dụng; dòng lệnh dùng: ward-conduct backup --out <tệp>.');
  const day = session.store.now().toISOString().slice(0, 10);
  const target = await choose(`ward-conduct-sao-luu-${day}.wcbak`);
  if (!target) return null;
  const resolved = path.resolve(target.endsWith('.wcbak') ? target : `${target}.wcbak`);
  if (path.dirname(resolved) === path.resolve(session.store.paths.backups)) {
    throw new ServiceError('INVALID_INPUT', 'Hãy chọn nơi lưu ngoài thư mục sao lưu tự động (ví dụ ổ USB), để bản sao không bị xoay vòng xóa mất.');
  }
  return createManualBackup(session, resolved);
}

async function isPresent(root: string, ref: EvidenceRef, disk: DiskOps): Promise<boolean> {
  const bytes = await readInside(root, ref.name, disk);
  return bytes !== null && sha256Of(bytes) === ref.sha256;
}

/**
 * What a backup holds, and how many evidence files its data names that are neither in it nor in the data
 * folder. `disk` is the open store's (a backup of an encrypted folder is sealed); a chosen file may be either.
 */
export async function previewBackup(file: string, dataFolder: string, disk: DiskOps = realDisk): Promise<BackupInfo> {
  const resolved = path.resolve(file);
  const info = await readBackupManifest(resolved, undefined, disk, 'either').catch(asServiceError);
  // An older backup (format 1) lists no evidence: read its data to find what it names.
  const refs = info.evidence ?? collectEvidenceRefs((await readBackup(resolved, {}, disk, 'either').catch(asServiceError)).files);
  const included = new Set(info.evidenceIncluded ?? []);
  const root = dataPaths(dataFolder).root;
  let missing = 0;
  for (const ref of refs) if (!included.has(ref.name) && !(await isPresent(root, ref, disk))) missing += 1;
  return toBackupInfo(info, missing, refs);
}

/** Writes back the evidence files the backup carries that the folder lacks (or holds damaged). */
async function restoreEvidence(file: string, store: Store): Promise<number> {
  let written = 0;
  await readBackup(file, {
    onEvidence: async (name, bytes) => {
      const existing = await store.readFolderFile(name);
      if (existing && sha256Of(existing) === sha256Of(bytes)) return;
      await store.writeFolderFile(name, new Uint8Array(bytes));
      written += 1;
    },
  }, store.disk, 'either').catch(asServiceError);
  return written;
}

/** Restores a backup: reads and checks all of it first, then replaces the data after a safety backup. */
export async function restoreBackup(session: Session, file: string): Promise<RestoreOutcome> {
  const store = session.store;
  const resolved = path.resolve(file);
  const { manifest, files, evidenceNames } = await readBackup(resolved, {}, store.disk, 'either').catch(asServiceError);
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
  const { sizeBytes } = await readBackupManifest(resolved, undefined, store.disk, 'either').catch(asServiceError);
  // Evidence only ever adds files that are named by hash, so writing it before the data changes nothing the data relies on.
  const evidenceWritten = evidenceNames.length > 0 ? await restoreEvidence(resolved, store) : 0;
  const safety = await store.replaceAll(current);
  // A backup from before Số CCCD had its own field has it in the notes: moved as at opening.
  await moveIdNumbersOutOfNotes(store);
  const restored = toBackupInfo({ ...manifest, file: resolved, sizeBytes });
  return { restored, safetyBackup: toBackupInfo(safety), evidenceWritten };
}
