/** Formatting for the screens: dates dd/mm/yyyy, counts, sizes and Vietnamese labels. */
import type { BackupInfo } from '../../shared/api/types';

export { formatDateTimeVi, formatDateVi } from '../../shared/domain/dates';

export const BACKUP_REASON_LABELS: Record<BackupInfo['reason'], string> = {
  daily: 'Tự động hằng ngày',
  manual: 'Sao lưu thủ công',
  beforeMigration: 'Trước khi chuyển đổi',
  beforeRestore: 'Trước khi khôi phục',
  beforeRecovery: 'Trước khi phục hồi tệp hỏng',
  beforeEncryption: 'Trước khi bật/tắt mã hóa',
};

/** The record kinds a person sees counted, in display order. */
export const KIND_LABELS: { kind: string; label: string }[] = [
  { kind: 'units', label: 'Đơn vị' },
  { kind: 'staff', label: 'Cán bộ' },
  { kind: 'violations', label: 'Vi phạm' },
  { kind: 'commendations', label: 'Khen thưởng' },
  { kind: 'scores', label: 'Điểm thi đua' },
];

const numberFormat = new Intl.NumberFormat('vi-VN');

export function formatNumber(value: number): string {
  return numberFormat.format(value);
}

/** "Đơn vị: 0 · Cán bộ: 3 · …" */
export function formatCounts(counts: Record<string, number>): string {
  return KIND_LABELS.map(({ kind, label }) => `${label}: ${formatNumber(counts[kind] ?? 0)}`).join(' · ');
}

export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${formatNumber(bytes)} B`;
  if (bytes < 1024 * 1024) return `${formatNumber(Math.round((bytes / 1024) * 10) / 10)} KB`;
  return `${formatNumber(Math.round((bytes / 1024 / 1024) * 10) / 10)} MB`;
}

/** A local day kept as yyyy-mm-dd, shown as dd/mm/yyyy. */
export function formatDayVi(day: string | null): string {
  const match = day ? /^(\d{4})-(\d{2})-(\d{2})$/.exec(day) : null;
  return match ? `${match[3]}/${match[2]}/${match[1]}` : '';
}
