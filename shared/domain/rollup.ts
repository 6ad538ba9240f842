/**
 * Longer periods (quarter, 6 months, year) roll up from the months.
 *
 * Method (a ward setting): 'mean' (default) — the average of the monthly totals of the months that
 * were scored, 2 decimals; 'lowest' — the lowest monthly total (the strictest reading). Months without
 * a complete score are left out and counted as missing. The rolled-up total is rated with the set's
 * bands, and the triggers look at the whole year up to the period's last day.
 */
import type { RatingBand, RatingTrigger, Rating } from '../schema/criteria';
import { finalRating, ratingForTotal, triggerHits, type TriggerHit } from './rating';
import type { ConductViolation } from './scoringEvents';
import { round2 } from './scoringMath';

export const ROLLUP_METHODS = ['mean', 'lowest'] as const;
export type RollupMethod = (typeof ROLLUP_METHODS)[number];

export const ROLLUP_METHOD_LABELS: Record<RollupMethod, string> = {
  mean: 'Bình quân điểm các tháng đã chấm',
  lowest: 'Điểm tháng thấp nhất',
};

export interface MonthTotal {
  month: string;
  total: number | null;
}

export interface RollupResult {
  months: MonthTotal[];
  monthsCounted: number;
  monthsMissing: string[];
  total: number | null;
  bandRating: Rating | null;
  rating: Rating | null;
  triggers: TriggerHit[];
  explanation: string;
}

export function rollUpTotal(months: MonthTotal[], method: RollupMethod): number | null {
  const scored = months.map((m) => m.total).filter((t): t is number => t !== null);
  if (scored.length === 0) return null;
  if (method === 'lowest') return round2(Math.min(...scored));
  return round2(scored.reduce((s, t) => s + t, 0) / scored.length);
}

export interface RollupInput {
  months: MonthTotal[];
  method: RollupMethod;
  bands: RatingBand[];
  triggers: RatingTrigger[];
  yearViolations: ConductViolation[];
  year: number;
  /** First day of the rolled-up period (quarter, half, year); default 1 January. */
  periodStart?: string;
  periodEnd: string;
}

export function rollUp(input: RollupInput): RollupResult {
  const total = rollUpTotal(input.months, input.method);
  const missing = input.months.filter((m) => m.total === null).map((m) => m.month);
  const triggers = triggerHits(input.triggers, input.yearViolations, input.year, input.periodEnd, input.periodStart);
  const bandRating = total === null ? null : ratingForTotal(total, input.bands);
  const counted = input.months.length - missing.length;
  const method = ROLLUP_METHOD_LABELS[input.method].toLowerCase();
  const explanation = total === null ? 'Chưa có tháng nào được chấm đủ.' : `${method[0]?.toUpperCase()}${method.slice(1)}: ${counted} tháng${missing.length > 0 ? ` (thiếu ${missing.join(', ')})` : ''}.`;
  return { months: input.months, monthsCounted: counted, monthsMissing: missing, total, bandRating, rating: bandRating === null ? null : finalRating(bandRating, triggers), triggers, explanation };
}
