/** Evaluation periods (kỳ đánh giá) as persisted in periods.json: one record per period key and criteria set. */
import type { BaseRecord } from './records';

export const PERIOD_KINDS = ['month', 'quarter', 'half', 'year'] as const;
export type PeriodKind = (typeof PERIOD_KINDS)[number];

export const PERIOD_KIND_LABELS: Record<PeriodKind, string> = {
  month: 'Tháng',
  quarter: 'Quý',
  half: '6 tháng (sơ kết)',
  year: 'Năm (tổng kết)',
};

export type PeriodStatus = 'open' | 'closed';

/** A correction made after the period was closed, with its reason (kept forever). */
export interface PeriodAmendment {
  at: string;
  by: string;
  reason: string;
  /** What changed, in words (e.g. "CB0012 · Giờ giấc: 8 → 10"). */
  changes: string[];
}

export interface PeriodSnapshot {
  /** File name under <data>/snapshots. */
  file: string;
  sha256: string;
  at: string;
}

/** Who was not scored when a period was closed anyway ("khóa khi chưa chấm đủ"), and why. */
export interface IncompleteClose {
  reason: string;
  /** "CB0012 Nguyễn Văn A (thiếu 12/2026)". */
  missing: string[];
}

export interface PeriodRecord extends BaseRecord {
  /** '2026-05', '2026-Q2', '2026-H1' or '2026'. */
  key: string;
  criteriaSetId: string;
  /** The version of the criteria set the period is scored with (frozen at first score). */
  criteriaSetVersion: number;
  status: PeriodStatus;
  closedAt: string | null;
  closedBy: string | null;
  snapshot: PeriodSnapshot | null;
  amendments: PeriodAmendment[];
  /** Set when the period was closed with people not scored; absent (older files) = closed complete. */
  incompleteClose?: IncompleteClose | null;
}
