/**
 * ND 335/2025/NĐ-CP Điều 15 (QUOTED-PRESS, news.laodong.vn 2026, English translation): a leader's
 * "kết quả hoạt động của cơ quan, tổ chức, đơn vị" — when 100 % of the công chức under the leader's
 * management are at least "hoàn thành nhiệm vụ", 100 % of the points; when any of them is "không hoàn
 * thành nhiệm vụ", 50 %. A subordinate not scored yet leaves the part open (never assumed complete),
 * unless someone already fails (then 50 % is certain).
 */
import { RATING_LABELS, type Rating } from '../schema/criteria';
import { UNSCORED_LABEL } from './scoreStatus';
import { round2 } from './scoringMath';

export interface Subordinate {
  staffId: string;
  name: string;
  rating: Rating | null;
}

export interface UnitResultsOutcome {
  /** 100, 50, or null while someone is not scored. */
  percent: 100 | 50 | null;
  points: number | null;
  failing: string[];
  unscored: string[];
  explanation: string;
}

export function unitResultsPoints(maxPoints: number, subordinates: Subordinate[]): UnitResultsOutcome {
  const failing = subordinates.filter((s) => s.rating === 'fails').map((s) => s.name);
  const unscored = subordinates.filter((s) => s.rating === null).map((s) => s.name);
  const percent = failing.length > 0 ? 50 : unscored.length > 0 ? null : 100;
  const points = percent === null ? null : round2((maxPoints * percent) / 100);
  const explanation = failing.length > 0
    ? `Có ${failing.length} công chức thuộc quyền quản lý "${RATING_LABELS.fails}" (${failing.join(', ')}): tính 50%.`
    : unscored.length > 0
      ? `${UNSCORED_LABEL}: ${unscored.join(', ')} — chưa tính được kết quả của đơn vị.`
      : `${subordinates.length} công chức thuộc quyền quản lý đều từ "${RATING_LABELS.meets}" trở lên: tính 100%.`;
  return { percent, points, failing, unscored, explanation };
}
