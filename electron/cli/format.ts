/** Text formatting for the terminal: dates dd/mm/yyyy hh:mm, counts with Vietnamese labels, sizes. */
import { formatDateTimeVi, formatDateVi } from '../../shared/domain/dates';

export const KIND_LABELS: Record<string, string> = {
  units: 'Đơn vị',
  staff: 'Cán bộ (CB, CC, VC, NLĐ)',
  violations: 'Vi phạm',
  commendations: 'Biểu dương, khen thưởng',
  scores: 'Bản chấm điểm tháng',
};

export function dateTime(iso: string | null | undefined): string {
  return iso ? formatDateTimeVi(iso) || iso : 'chưa có';
}

/** A calendar day yyyy-mm-dd as dd/mm/yyyy (read as a local day, not shifted by time zones). */
export function day(value: string | null | undefined): string {
  if (!value) return 'chưa có';
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  return match ? `${match[3]}/${match[2]}/${match[1]}` : formatDateVi(value) || value;
}

export function number(value: number): string {
  return value.toLocaleString('vi-VN');
}

export function bytes(size: number): string {
  if (size < 1024) return `${size} B`;
  if (size < 1024 * 1024) return `${(size / 1024).toFixed(1).replace('.', ',')} KB`;
  return `${(size / 1024 / 1024).toFixed(1).replace('.', ',')} MB`;
}

/** Lines "label: value" with the values aligned. */
export function table(rows: [string, string][]): string {
  const width = Math.max(...rows.map(([label]) => label.length));
  return rows.map(([label, value]) => `${`${label}:`.padEnd(width + 2)}${value}`).join('\n');
}

/** Every known kind with its count (0 when absent), in a fixed order. */
export function countRows(counts: Record<string, number>): [string, string][] {
  const kinds = [...Object.keys(KIND_LABELS), ...Object.keys(counts).filter((k) => !(k in KIND_LABELS))];
  return kinds.map((kind) => [KIND_LABELS[kind] ?? kind, number(counts[kind] ?? 0)]);
}
