/**
 * Ratings: the band a total falls in, the triggers that force a rating whatever the points, and the
 * ND 335/2025 cap ("xuất sắc" no more than 20 % of "tốt" in a unit or group with similar tasks).
 */
import { RATINGS, RATING_LABELS, type RatingBand, type RatingTrigger, type Rating } from '../schema/criteria';
import { MEASURE_LABELS } from '../schema/violation';
import { disciplinesWeighing, type ConductViolation } from './scoringEvents';
import { round2 } from './scoringMath';

/** The highest band whose minimum the total reaches; bands are listed high to low. */
export function ratingForTotal(total: number, bands: RatingBand[]): Rating {
  const sorted = [...bands].sort((a, b) => b.minPoints - a.minPoints);
  const rounded = round2(total);
  return sorted.find((band) => rounded >= band.minPoints)?.rating ?? 'fails';
}

/** The worse of two ratings ('fails' is the worst). */
export function worseRating(a: Rating, b: Rating): Rating {
  return RATINGS.indexOf(a) >= RATINGS.indexOf(b) ? a : b;
}

export interface TriggerHit {
  triggerId: string;
  label: string;
  forceRating: Rating;
  violationId: string;
  /** e.g. "Kỷ luật khiển trách — QĐ số 15/QĐ-UBND ngày 12/03/2026". */
  explanation: string;
}

function dmy(iso: string): string {
  const [y, m, d] = iso.split('-');
  return `${d}/${m}/${y}`;
}

/**
 * The triggers a person sets off: a discipline from `minForm` up whose decision falls in the
 * evaluation year, on or before the period's last day, and that still counts (not past its thời hạn)
 * on some day of the period — see disciplinesWeighing for the reading of ND 335/2025.
 */
export function triggerHits(triggers: RatingTrigger[], violations: ConductViolation[], year: number, periodEnd: string, periodStart?: string): TriggerHit[] {
  const hits: TriggerHit[] = [];
  for (const trigger of triggers) {
    for (const v of disciplinesWeighing(violations, trigger.minForm, year, periodEnd, periodStart)) {
      const decision = v.decision ? ` — quyết định số ${v.decision.number || '…'} ngày ${dmy(v.decision.date)}` : ` — ngày ${dmy(v.effectiveDate)}`;
      hits.push({ triggerId: trigger.id, label: trigger.label, forceRating: trigger.forceRating, violationId: v.id, explanation: `${MEASURE_LABELS[v.measure]}${decision}` });
    }
  }
  return hits;
}

/** The rating after triggers: the band's rating, or the worst forced rating. */
export function finalRating(bandRating: Rating, hits: TriggerHit[]): Rating {
  return hits.reduce((rating, hit) => worseRating(rating, hit.forceRating), bandRating);
}

export interface ExcellentCapCheck {
  excellent: number;
  good: number;
  /** The most "xuất sắc" allowed: cap × number of "tốt", rounded down. */
  allowed: number;
  isOver: boolean;
  message: string;
}

/** ND 335/2025: "xuất sắc" may not exceed `cap` (20 %) of those rated "tốt" in the same unit or group. */
export function checkExcellentCap(ratings: (Rating | null)[], cap: number, groupName: string): ExcellentCapCheck {
  const excellent = ratings.filter((r) => r === 'excellent').length;
  const good = ratings.filter((r) => r === 'good').length;
  const allowed = Math.floor(round2(cap * good));
  const isOver = excellent > allowed;
  const percent = Math.round(cap * 100);
  const message = isOver
    ? `${groupName}: ${excellent} người "${RATING_LABELS.excellent}" vượt ${percent}% của ${good} người "${RATING_LABELS.good}" (tối đa ${allowed}).`
    : `${groupName}: ${excellent} người "${RATING_LABELS.excellent}", trong giới hạn ${percent}% của ${good} người "${RATING_LABELS.good}" (tối đa ${allowed}).`;
  return { excellent, good, allowed, isOver, message };
}
