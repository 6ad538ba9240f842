/**
 * Ratings: the band a total falls in, the triggers that force a rating whatever the points, and the
 * ND 335/2025 cap ("xuất sắc" no more than 20 % of "tốt" in the same agency and in each group with
 * similar tasks — QUOTED-PRESS cafef.vn; ND 48/2023 khoản 6 Điều 2 says the same for viên chức).
 * Bands ≥ 90 / 70–<90 / 50–<70 / < 50: ND 335/2025, article on classification levels (QUOTED-PRESS).
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
  /** The violation that set it off ('' for a recorded finding). */
  violationId: string;
  /** The recorded finding that set it off (findings.ts). */
  findingId?: string;
  /** e.g. "Kỷ luật khiển trách — QĐ số 15/QĐ-UBND ngày 12/03/2026". */
  explanation: string;
  /** The rule's basis, for the person to read (article and confidence). */
  source: string;
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
      hits.push({ triggerId: trigger.id, label: trigger.label, forceRating: trigger.forceRating, violationId: v.id, explanation: `${MEASURE_LABELS[v.measure]}${decision}`, source: trigger.source });
    }
  }
  return hits;
}

/** The rating after triggers: the band's rating, or the worst forced rating. */
export function finalRating(bandRating: Rating, hits: TriggerHit[]): Rating {
  return hits.reduce((rating, hit) => worseRating(rating, hit.forceRating), bandRating);
}

/** Where a 20 % check applies: a unit, the whole ward (the agency), or a task group the ward defines. */
export type CapScope = 'unit' | 'ward' | 'taskGroup';

export const CAP_SCOPE_LABELS: Record<CapScope, string> = { unit: 'Đơn vị', ward: 'Toàn phường', taskGroup: 'Nhóm nhiệm vụ tương đồng' };

export interface ExcellentCapCheck {
  scope: CapScope;
  /** The unit's or group's name; the ward's name for the ward scope. */
  groupName: string;
  excellent: number;
  good: number;
  /** The most "xuất sắc" allowed: cap × number of "tốt", rounded down. */
  allowed: number;
  isOver: boolean;
  message: string;
}

/** ND 335/2025: "xuất sắc" may not exceed `cap` (20 %) of those rated "tốt" in the same unit or group. */
export function checkExcellentCap(ratings: (Rating | null)[], cap: number, groupName: string, scope: CapScope = 'unit'): ExcellentCapCheck {
  const excellent = ratings.filter((r) => r === 'excellent').length;
  const good = ratings.filter((r) => r === 'good').length;
  const allowed = Math.floor(round2(cap * good));
  const isOver = excellent > allowed;
  const percent = Math.round(cap * 100);
  const where = scope === 'unit' ? `${CAP_SCOPE_LABELS.unit} ${groupName}` : scope === 'ward' ? CAP_SCOPE_LABELS.ward : `${CAP_SCOPE_LABELS.taskGroup} "${groupName}"`;
  const message = isOver
    ? `${where}: ${excellent} người "${RATING_LABELS.excellent}" vượt ${percent}% của ${good} người "${RATING_LABELS.good}" (tối đa ${allowed}).`
    : `${where}: ${excellent} người "${RATING_LABELS.excellent}", trong giới hạn ${percent}% của ${good} người "${RATING_LABELS.good}" (tối đa ${allowed}).`;
  return { scope, groupName, excellent, good, allowed, isOver, message };
}
