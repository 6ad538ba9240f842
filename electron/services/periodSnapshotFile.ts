/**
 * "Xem số liệu đã chốt": the PDF snapshot written when a period was closed, read back unchanged and
 * checked against the hash kept on the period record (the frozen figures, never recomputed).
 */
import path from 'node:path';
import { ServiceError } from '../../shared/api/result';
import type { FileOutput } from '../../shared/api/rosterContract';
import { labelOfKey } from '../../shared/domain/period';
import { foldVietnamese } from '../../shared/domain/text';
import { sha256Of } from '../store/evidenceRefs';
import { periodSummary } from './periodService';
import type { Session } from './session';

export async function periodSnapshotFile(session: Session, input: { period: string; setId: string }): Promise<FileOutput> {
  const summary = await periodSummary(session, input.period, input.setId);
  const label = labelOfKey(summary.key);
  if (summary.status !== 'closed' || !summary.snapshotFile) {
    throw new ServiceError('NOT_FOUND', `${label} chưa khóa nên chưa có bản chốt số liệu.`);
  }
  const store = session.store;
  const bytes = await store.readFolderFile(path.join(path.basename(store.paths.snapshots), summary.snapshotFile));
  if (!bytes) throw new ServiceError('NOT_FOUND', `Không tìm thấy bản chốt số liệu của ${label} (${summary.setName}) trong thư mục dữ liệu. Hãy khôi phục từ bản sao lưu.`);
  if (summary.snapshotSha256 && sha256Of(bytes) !== summary.snapshotSha256) {
    throw new ServiceError('CONFLICT', `Bản chốt số liệu của ${label} (${summary.setName}) đã bị thay đổi sau khi khóa kỳ (mã băm không khớp). Hãy khôi phục từ bản sao lưu.`);
  }
  const slug = foldVietnamese(`ban chot ${label} ${summary.setName}`).replace(/[^a-z0-9]+/gi, '-').replace(/^-|-$/g, '');
  return { fileName: `${slug}.pdf`, dataBase64: bytes.toString('base64'), count: summary.subjects };
}
