/**
 * How long each kind of record about a person is kept, with the basis. No retention period for these
 * records is verified in the project's legal references (/work/shared/reference): every rule here is
 * either "the ward's choice" or marked UNVERIFIED. Nothing is removed automatically: the administrator
 * runs the retention run (Cài đặt, CLI `retention run`) after a preview, and changes the periods in the settings.
 * Removal or anonymisation must never change the totals of a closed period (its PDF snapshot stays).
 */
import type { CollectionKind } from '../schema/records';

export type RetentionConfidence = 'wardChoice' | 'unverified';

export interface RetentionRule {
  kind: CollectionKind;
  label: string;
  /** Years after the record's year; null = kept (no removal). */
  defaultYears: number | null;
  basis: string;
  confidence: RetentionConfidence;
}

export const RETENTION_RULES: RetentionRule[] = [
  {
    kind: 'violations',
    label: 'Hồ sơ vi phạm, kỷ luật',
    defaultYears: null,
    basis: 'Quyết định kỷ luật được lưu vào hồ sơ cán bộ, công chức (ND 172/2025/NĐ-CP về xử lý kỷ luật; chưa tìm thấy văn bản quy định thời hạn lưu trữ). Giữ cho đến khi có văn bản được kiểm chứng.',
    confidence: 'unverified',
  },
  { kind: 'commendations', label: 'Khen thưởng, biểu dương', defaultYears: null, basis: 'Phường tự quyết định (chưa có văn bản được kiểm chứng).', confidence: 'wardChoice' },
  { kind: 'scores', label: 'Chấm điểm thi đua', defaultYears: 10, basis: 'Phường tự quyết định; kỳ đã khóa giữ bản PDF chốt số liệu.', confidence: 'wardChoice' },
  { kind: 'evaluationRecords', label: 'Kết luận, xếp loại', defaultYears: null, basis: 'Xếp loại hằng năm thuộc hồ sơ cán bộ (chưa tìm thấy văn bản quy định thời hạn lưu trữ).', confidence: 'unverified' },
  { kind: 'access', label: 'Nhật ký truy cập dữ liệu cá nhân', defaultYears: 5, basis: 'Phường tự quyết định (ND 13/2023/NĐ-CP yêu cầu ghi lại việc xử lý dữ liệu cá nhân; chưa tìm thấy văn bản quy định thời hạn giữ nhật ký).', confidence: 'wardChoice' },
];

/**
 * The kinds of record the retention run acts on, each a setting (Cài đặt → Thời hạn lưu giữ). `staffLeft`
 * is the profile of a person who has left (chuyển công tác, nghỉ hưu, thôi việc), counted from the day they left.
 */
export const RETENTION_KINDS = ['violations', 'commendations', 'scores', 'access', 'staffLeft'] as const;
export type RetentionKind = (typeof RETENTION_KINDS)[number];

export const STAFF_LEFT_RULE = {
  label: 'Hồ sơ người đã nghỉ, chuyển công tác',
  defaultYears: null,
  basis: 'Hồ sơ cán bộ, công chức thuộc hồ sơ nhân sự (chưa tìm thấy văn bản quy định thời hạn lưu trữ). Phường tự quy định; mặc định giữ.',
  confidence: 'unverified' as RetentionConfidence,
};

/** What the run does to a record past its period: access entries are removed, everything else is anonymised in place. */
export const RETENTION_ACTIONS: Record<RetentionKind, 'remove' | 'anonymise'> = {
  violations: 'anonymise',
  commendations: 'anonymise',
  scores: 'anonymise',
  access: 'remove',
  staffLeft: 'anonymise',
};

export interface RetentionKindRule {
  kind: RetentionKind;
  label: string;
  defaultYears: number | null;
  basis: string;
  confidence: RetentionConfidence;
}

export function retentionKindRules(): RetentionKindRule[] {
  return RETENTION_KINDS.map((kind) => {
    if (kind === 'staffLeft') return { kind, ...STAFF_LEFT_RULE };
    const rule = RETENTION_RULES.find((r) => r.kind === kind)!;
    return { kind, label: rule.label, defaultYears: rule.defaultYears, basis: rule.basis, confidence: rule.confidence };
  });
}

/**
 * Past retention: kept through the record's year plus `years`, acted on from the year after
 * (a 2019 record kept 5 years is kept through 2024 and anonymised in 2025). null = kept.
 */
export function isPastRetention(recordYear: number, years: number | null, thisYear: number): boolean {
  return years !== null && recordYear + years < thisYear;
}

/** The name an anonymised person is shown under; their records still count, under this name. */
export const ANONYMOUS_PREFIX = 'Người đã ẩn danh #';
/** What replaces the free text of an anonymised record. */
export const ANONYMISED_TEXT = '(đã ẩn danh theo thời hạn lưu giữ)';
