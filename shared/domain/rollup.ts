/**
 * Longer periods (quarter, 6 months, year) roll up from the scored periods inside them (months, or
 * quarters when the ward scores by quarter — ND 335/2025 Điều 14 allows "hằng tháng hoặc quý").
 *
 * How the monthly results make a longer period's result is not given by the sources we have (the
 * 2025 draft spoke of monthly scores weighing 70 % of the year; not in the text we could read), so the
 * method is the ward's own rule, labelled so on screen: 'mean' (default) — the average of the scored
 * totals, 2 decimals; 'lowest' — the lowest total. A scored period in which the person was not on staff
 * (before recruitment, after leaving) is not applicable; an applicable one without a complete score is
 * missing. A roll-up with a missing period is never complete: its total and rating are provisional
 * ("tạm tính") and it is shown with what is missing.
 */
import type { RatingBand, RatingTrigger, Rating } from '../schema/criteria';
import type { FindingKind } from '../schema/evaluation';
import { findingHits, type Finding } from './findings';
import { finalRating, ratingForTotal, triggerHits, type TriggerHit } from './rating';
import type { ConductViolation } from './scoringEvents';
import { round2 } from './scoringMath';

export const ROLLUP_METHODS = ['mean', 'lowest'] as const;
export type RollupMethod = (typeof ROLLUP_METHODS)[number];

export const WARD_RULE_LABEL = 'do phường tự quy định';

export const ROLLUP_METHOD_LABELS: Record<RollupMethod, string> = {
  mean: `Bình quân điểm các kỳ đã chấm (${WARD_RULE_LABEL})`,
  lowest: `Điểm kỳ thấp nhất (${WARD_RULE_LABEL}; Nghị định 335/2025 không quy định)`,
};

export interface MonthTotal {
  month: string;
  total: number | null;
  /** False when the person was not on staff in that period (not counted, not missing). Default true. */
  isApplicable?: boolean;
}

export interface RollupResult {
  months: MonthTotal[];
  monthsCounted: number;
  monthsMissing: string[];
  /** Every applicable period is scored. */
  isComplete: boolean;
  total: number | null;
  bandRating: Rating | null;
  rating: Rating | null;
  triggers: TriggerHit[];
  explanation: string;
}

function applicable(months: MonthTotal[]): MonthTotal[] {
  return months.filter((m) => m.isApplicable !== false);
}

export function rollUpTotal(months: MonthTotal[], method: RollupMethod): number | null {
  const scored = applicable(months).map((m) => m.total).filter((t): t is number => t !== null);
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
  findings?: Finding[];
  forcingFindings?: FindingKind[];
}

function monthLabel(key: string): string {
  const [y, m] = key.split('-');
  return m?.startsWith('Q') ? `quý ${m.slice(1)}/${y}` : `${m}/${y}`;
}

export function rollUp(input: RollupInput): RollupResult {
  const total = rollUpTotal(input.months, input.method);
  const inScope = applicable(input.months);
  const missing = inScope.filter((m) => m.total === null).map((m) => m.month);
  const triggers = [
    ...triggerHits(input.triggers, input.yearViolations, input.year, input.periodEnd, input.periodStart),
    ...findingHits(input.findings ?? [], input.forcingFindings ?? [], input.year, input.periodEnd),
  ];
  const bandRating = total === null ? null : ratingForTotal(total, input.bands);
  const counted = inScope.length - missing.length;
  const isComplete = inScope.length > 0 && missing.length === 0;
  const method = ROLLUP_METHOD_LABELS[input.method];
  const explanation = total === null
    ? 'Chưa có kỳ nào được chấm đủ.'
    : `${method}: ${counted}/${inScope.length} kỳ${missing.length > 0 ? ` — TẠM TÍNH, thiếu ${missing.map(monthLabel).join(', ')}` : ''}.`;
  return { months: input.months, monthsCounted: counted, monthsMissing: missing, isComplete, total, bandRating, rating: bandRating === null ? null : finalRating(bandRating, triggers), triggers, explanation };
}
