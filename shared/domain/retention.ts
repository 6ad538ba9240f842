/**
 * How long each kind of record about a person is kept, with the basis. No retention period for these
 * records is verified in the project's legal references (/work/shared/reference): every rule here is
 * either "the ward's choice" or marked UNVERIFIED, and nothing is removed automatically yet.
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
    basis: 'Quyết định kỷ luật được lưu vào hồ sơ cán bộ, công chức (ND 172/2025/NĐ-CP về xử lý kỷ luật; thời hạn lưu trữ chưa được kiểm chứng). Giữ cho đến khi có văn bản được kiểm chứng.',
    confidence: 'unverified',
  },
  { kind: 'commendations', label: 'Khen thưởng, biểu dương', defaultYears: null, basis: 'Phường tự quyết định (chưa có văn bản được kiểm chứng).', confidence: 'wardChoice' },
  { kind: 'scores', label: 'Chấm điểm thi đua', defaultYears: 10, basis: 'Phường tự quyết định; kỳ đã khóa giữ bản PDF chốt số liệu.', confidence: 'wardChoice' },
  { kind: 'evaluationRecords', label: 'Kết luận, xếp loại', defaultYears: null, basis: 'Xếp loại hằng năm thuộc hồ sơ cán bộ (thời hạn lưu trữ chưa được kiểm chứng).', confidence: 'unverified' },
  { kind: 'access', label: 'Nhật ký truy cập dữ liệu cá nhân', defaultYears: 5, basis: 'Phường tự quyết định (ND 13/2023/NĐ-CP yêu cầu ghi lại việc xử lý dữ liệu cá nhân; thời hạn giữ nhật ký chưa được kiểm chứng).', confidence: 'wardChoice' },
];
