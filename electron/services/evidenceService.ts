/**
 * Evidence files: copied into <data>/evidence/<yyyy>/<sha256>.<ext> (content-addressed, so the same
 * file added twice is stored once) and read back for preview with their hash checked.
 */
import { createHash } from 'node:crypto';
import path from 'node:path';
import { ServiceError } from '../../shared/api/result';
import type { EvidenceContent } from '../../shared/api/violationsTypes';
import type { EvidenceFile } from '../../shared/schema/violation';
import type { Store } from '../store/dataStore';
import { evidenceName } from '../store/evidenceRefs';

/** The store's calls for files kept beside the data (durable writes, no links out of the folder). */
export type EvidenceStore = Pick<Store, 'writeFolderFile' | 'readFolderFile' | 'removeFolderFile'>;

export const MAX_EVIDENCE_BYTES = 20 * 1024 * 1024;

const MEDIA_TYPES: Record<string, string> = {
  jpg: 'image/jpeg', jpeg: 'image/jpeg', png: 'image/png', gif: 'image/gif', webp: 'image/webp', pdf: 'application/pdf',
  mp4: 'video/mp4', mp3: 'audio/mpeg', m4a: 'audio/mp4', docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  doc: 'application/msword', xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', txt: 'text/plain',
};

/** Leading bytes of the kinds the app previews; a file claiming one of them must start so. */
const SIGNATURES: Record<string, number[][]> = {
  pdf: [[0x25, 0x50, 0x44, 0x46]],
  png: [[0x89, 0x50, 0x4e, 0x47]],
  jpg: [[0xff, 0xd8, 0xff]],
  jpeg: [[0xff, 0xd8, 0xff]],
  gif: [[0x47, 0x49, 0x46, 0x38]],
  webp: [[0x52, 0x49, 0x46, 0x46]],
};

export function isPreviewable(ext: string): boolean {
  return ext in SIGNATURES;
}

function extensionOf(fileName: string): string {
  const ext = path.extname(fileName).slice(1).toLowerCase();
  return /^[a-z0-9]{1,8}$/.test(ext) ? ext : '';
}

/** The file's place in the data folder, relative to it: the same name backups use (evidence/<yyyy>/<sha256>.<ext>). */
export function evidencePath(file: Pick<EvidenceFile, 'year' | 'sha256' | 'ext'>): string {
  return evidenceName(file);
}

export interface StoredEvidence {
  file: EvidenceFile;
  /** True when this call wrote the file (so a failed save can take it back). */
  isNew: boolean;
}

/** Checks and copies one uploaded file; throws a Vietnamese ServiceError for an unusable one. */
export async function storeEvidence(store: EvidenceStore, upload: { fileName: string; dataBase64: string }, year: string, actor: string, now: Date): Promise<StoredEvidence> {
  const bytes = Buffer.from(upload.dataBase64, 'base64');
  const fileName = upload.fileName.normalize('NFC');
  if (bytes.length === 0) throw new ServiceError('INVALID_INPUT', `Tệp ${fileName} rỗng (0 byte).`);
  if (bytes.length > MAX_EVIDENCE_BYTES) throw new ServiceError('INVALID_INPUT', `Tệp ${fileName} quá lớn (tối đa 20 MB).`);
  const ext = extensionOf(fileName);
  const signatures = SIGNATURES[ext];
  if (signatures && !signatures.some((sig) => sig.every((byte, i) => bytes[i] === byte))) {
    throw new ServiceError('INVALID_INPUT', `Tệp ${fileName} không đúng định dạng .${ext} như tên tệp ghi.`);
  }
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  const file: EvidenceFile = {
    sha256, fileName, ext, mediaType: MEDIA_TYPES[ext] ?? 'application/octet-stream', size: bytes.length, year,
    addedAt: now.toISOString(), addedBy: actor,
  };
  const target = evidencePath(file);
  const existing = await store.readFolderFile(target);
  if (existing && createHash('sha256').update(existing).digest('hex') === sha256) return { file, isNew: false };
  await store.writeFolderFile(target, new Uint8Array(bytes));
  return { file, isNew: true };
}

/** Takes back files written by a save that then failed. */
export async function discardEvidence(store: EvidenceStore, stored: StoredEvidence[]): Promise<void> {
  for (const item of stored.filter((s) => s.isNew)) await store.removeFolderFile(evidencePath(item.file));
}

/** The file's bytes for preview or saving, after checking they still match the stored hash. */
export async function readEvidence(store: EvidenceStore, file: EvidenceFile): Promise<EvidenceContent> {
  const bytes = await store.readFolderFile(evidencePath(file));
  if (!bytes) throw new ServiceError('NOT_FOUND', `Không tìm thấy tệp chứng cứ ${file.fileName} trong thư mục dữ liệu (evidence/${file.year}).`);
  if (createHash('sha256').update(bytes).digest('hex') !== file.sha256) {
    throw new ServiceError('CONFLICT', `Tệp chứng cứ ${file.fileName} đã bị thay đổi hoặc hỏng (mã băm không khớp).`);
  }
  return { fileName: file.fileName, mediaType: file.mediaType, dataBase64: bytes.toString('base64'), isPreviewable: isPreviewable(file.ext) };
}
