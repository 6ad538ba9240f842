/** Building blocks of the shipped criteria sets: the ND 335 bands, the discipline trigger, the ward's deductions. */
import type { Criterion, RatingBand, RatingTrigger } from '../schema/criteria';

export const ND335_BANDS: RatingBand[] = [
  { rating: 'excellent', minPoints: 90 },
  { rating: 'good', minPoints: 70 },
  { rating: 'meets', minPoints: 50 },
  { rating: 'fails', minPoints: 0 },
];

/** ND 335/2025: discipline from khiển trách up in the evaluation year → "Không hoàn thành nhiệm vụ". */
export const DISCIPLINE_TRIGGER: RatingTrigger = {
  id: 'discipline-in-year',
  kind: 'disciplineInYear',
  minForm: 'reprimand',
  forceRating: 'fails',
  label: 'Bị kỷ luật từ khiển trách trở lên trong năm đánh giá',
  source: 'ND 335/2025/NĐ-CP (trích theo báo chí); ND 48/2023/NĐ-CP khoản 5 Điều 2',
};

/** The ward's deductions per code-of-conduct measure (its own values, editable). */
export const WARD_DEDUCTIONS = { reminder: 2, criticism: 5, selfCriticism: 10 } as const;

export function leaf(id: string, name: string, maxPoints: number, extra: Partial<Criterion> = {}): Criterion {
  return { id, name, maxPoints, input: 'manual', deductions: {}, matches: [], bonuses: {}, note: '', children: [], ...extra };
}

export function group(id: string, name: string, children: Criterion[], note = ''): Criterion {
  return { ...leaf(id, name, 0), note, children };
}
