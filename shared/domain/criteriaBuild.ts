/** Building blocks of the shipped criteria sets: the ND 335 bands, the discipline trigger, the ward's deductions. */
import type { Criterion, RatingBand, RatingTrigger } from '../schema/criteria';

/** ND 335/2025/NĐ-CP, article on classification levels: ≥ 90 / 70–< 90 / 50–< 70 / < 50 (QUOTED-PRESS nld.com.vn, cafef.vn). */
export const ND335_BANDS: RatingBand[] = [
  { rating: 'excellent', minPoints: 90 },
  { rating: 'good', minPoints: 70 },
  { rating: 'meets', minPoints: 50 },
  { rating: 'fails', minPoints: 0 },
];

/**
 * ND 335/2025/NĐ-CP, article on the "không hoàn thành nhiệm vụ" level, point c (QUOTED-PRESS cafef.vn):
 * discipline from khiển trách up in the evaluation year → "Không hoàn thành nhiệm vụ". The same rule for
 * viên chức: ND 90/2020 khoản 5 Điều 2 as added by ND 48/2023 (QUOTED-PRESS luatminhkhue.vn).
 */
export const DISCIPLINE_TRIGGER: RatingTrigger = {
  id: 'discipline-in-year',
  kind: 'disciplineInYear',
  minForm: 'reprimand',
  forceRating: 'fails',
  label: 'Bị kỷ luật từ khiển trách trở lên trong năm đánh giá',
  source: 'Nghị định 335/2025/NĐ-CP, điều về mức "Không hoàn thành nhiệm vụ", điểm c (trích theo báo chí, cần đối chiếu văn bản gốc)',
};

/** The ward's deductions per code-of-conduct measure (its own values, editable). */
export const WARD_DEDUCTIONS = { reminder: 2, criticism: 5, selfCriticism: 10 } as const;

export function leaf(id: string, name: string, maxPoints: number, extra: Partial<Criterion> = {}): Criterion {
  return { id, name, maxPoints, input: 'manual', deductions: {}, matches: [], bonuses: {}, note: '', children: [], ...extra };
}

export function group(id: string, name: string, children: Criterion[], note = ''): Criterion {
  return { ...leaf(id, name, 0), note, children };
}
