/**
 * Evaluation records (evaluationRecords.json): findings that force "không hoàn thành nhiệm vụ" and
 * annual classifications entered from the official evaluation (viên chức, người lao động, cán bộ, or a
 * công chức's decided classification). Each is dated and reasoned; a deleted record is kept (deletedAt).
 */
import type { BaseRecord } from './records';
import type { Rating } from './criteria';

/**
 * The recorded conditions that force "Không hoàn thành nhiệm vụ" besides the points (< 50) and discipline.
 * ND 335/2025/NĐ-CP, the article on the "không hoàn thành nhiệm vụ" level, points b and d (QUOTED-PRESS,
 * cafef.vn 28/12/2025 — verify against the official text):
 * - degradation: concluded to show degradation of political ideology, ethics, lifestyle, "tự diễn biến",
 *   "tự chuyển hóa", or violating what Party members must not do or the duty to set an example;
 * - unitCorruption (leaders only): the unit directly managed had embezzlement, corruption or waste, handled.
 */
export const FINDING_KINDS = ['degradation', 'unitCorruption'] as const;
export type FindingKind = (typeof FINDING_KINDS)[number];

export const FINDING_LABELS: Record<FindingKind, string> = {
  degradation: 'Có kết luận suy thoái về tư tưởng chính trị, đạo đức, lối sống, "tự diễn biến", "tự chuyển hóa", vi phạm những điều đảng viên không được làm hoặc trách nhiệm nêu gương',
  unitCorruption: 'Đơn vị do mình trực tiếp quản lý có tham ô, tham nhũng, lãng phí đã bị xử lý (người lãnh đạo, quản lý)',
};

export const FINDING_SOURCE = 'Nghị định 335/2025/NĐ-CP, điều về mức "Không hoàn thành nhiệm vụ" (nội dung trích theo báo chí, cần đối chiếu văn bản gốc)';

export interface EvaluationRecord extends BaseRecord {
  kind: 'finding' | 'classification';
  staffId: string;
  year: number;
  /** ISO day the finding was concluded, or the classification decided. */
  date: string;
  /** The conclusion or decision: number, body ("Kết luận số 12-KL/ĐU của Đảng ủy phường"). */
  decision: string;
  reason: string;
  findingKind?: FindingKind;
  /** Classification records: the official annual rating. */
  rating?: Rating;
}
