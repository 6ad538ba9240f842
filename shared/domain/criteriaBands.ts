/**
 * Rating bands and triggers of a criteria set, as the ward edits them. A band is a minimum: a total
 * at or above it (and below the next band up) gets its rating, so the bands read as ranges
 * 90–100, 70–<90, 50–<70, 0–<50. They must cover 0 up to the set's maximum without a gap or an
 * overlap: the lowest starts at 0, no two share a minimum, each rating appears once and every
 * minimum is reachable (below or at the maximum).
 */
import { RATINGS, RATING_LABELS, type RatingBand, type RatingTrigger } from '../schema/criteria';
import { DISCIPLINE_FORMS } from '../schema/violation';
import { formatPoints } from './scoringMath';

export interface BandRange {
  rating: RatingBand['rating'];
  from: number;
  /** The next band's minimum (exclusive), or the set's maximum (inclusive) for the top band. */
  to: number;
  isTop: boolean;
  label: string;
}

/** The bands high to low as ranges, e.g. "70 – dưới 90". */
export function bandRanges(bands: RatingBand[], maxPoints: number): BandRange[] {
  const sorted = [...bands].sort((a, b) => b.minPoints - a.minPoints);
  return sorted.map((band, i) => {
    const isTop = i === 0;
    const to = isTop ? maxPoints : (sorted[i - 1]?.minPoints ?? maxPoints);
    const label = isTop ? `${formatPoints(band.minPoints)} – ${formatPoints(to)}` : `${formatPoints(band.minPoints)} – dưới ${formatPoints(to)}`;
    return { rating: band.rating, from: band.minPoints, to, isTop, label };
  });
}

/** Problems with the bands, in Vietnamese; empty when they cover 0..maxPoints without gaps or overlaps. */
export function checkBands(bands: RatingBand[], maxPoints: number): string[] {
  const problems: string[] = [];
  if (bands.length === 0) return ['Chưa có khung xếp loại.'];
  for (const band of bands) {
    if (!RATINGS.includes(band.rating)) problems.push(`Xếp loại "${String(band.rating)}" không hợp lệ.`);
    if (typeof band.minPoints !== 'number' || !Number.isFinite(band.minPoints)) problems.push(`Khung "${RATING_LABELS[band.rating] ?? band.rating}": điểm từ phải là số.`);
    else if (band.minPoints < 0 || band.minPoints > maxPoints) problems.push(`Khung "${RATING_LABELS[band.rating] ?? band.rating}": điểm từ phải trong khoảng 0 – ${formatPoints(maxPoints)}.`);
  }
  for (const rating of RATINGS) {
    if (bands.filter((b) => b.rating === rating).length > 1) problems.push(`Xếp loại "${RATING_LABELS[rating]}" có hơn một khung.`);
  }
  const mins = bands.map((b) => b.minPoints).sort((a, b) => a - b);
  const repeated = [...new Set(mins.filter((m, i) => i > 0 && m === mins[i - 1]))];
  for (const m of repeated) problems.push(`Hai khung cùng bắt đầu từ ${formatPoints(m)} điểm (chồng lấn).`);
  if ((mins[0] ?? 0) > 0) problems.push(`Khung thấp nhất phải bắt đầu từ 0 điểm (đang bỏ trống 0 – dưới ${formatPoints(mins[0] ?? 0)}).`);
  const sorted = [...bands].sort((a, b) => b.minPoints - a.minPoints);
  const order = sorted.map((b) => RATINGS.indexOf(b.rating));
  if (order.some((o, i) => i > 0 && o < (order[i - 1] ?? 0))) problems.push('Khung điểm cao hơn phải có xếp loại cao hơn (xuất sắc → tốt → hoàn thành → không hoàn thành).');
  return problems;
}

/** Problems with the triggers, in Vietnamese. */
export function checkTriggers(triggers: RatingTrigger[]): string[] {
  const problems: string[] = [];
  const ids = new Set<string>();
  for (const [i, t] of triggers.entries()) {
    const name = t.label.trim() || `số ${i + 1}`;
    if (!t.label.trim()) problems.push(`Điều kiện buộc xếp loại số ${i + 1}: chưa ghi nội dung.`);
    if (!t.id.trim() || ids.has(t.id)) problems.push(`Điều kiện "${name}": mã bị trống hoặc trùng.`);
    ids.add(t.id);
    if (!DISCIPLINE_FORMS.includes(t.minForm)) problems.push(`Điều kiện "${name}": hình thức kỷ luật không hợp lệ.`);
    if (!RATINGS.includes(t.forceRating)) problems.push(`Điều kiện "${name}": xếp loại buộc không hợp lệ.`);
  }
  return problems;
}
