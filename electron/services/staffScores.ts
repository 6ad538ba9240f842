/**
 * The person page's "Điểm thi đua": one person's total and rating in each scored period of a year and
 * in the year's roll-up, for every active staff criteria set (ND 335/2025 monthly scoring, Đ 3–4), with
 * whether the period is closed. Computed exactly as the grid and the period list compute them.
 */
import { ServiceError } from '../../shared/api/result';
import type { StaffScoreRow } from '../../shared/api/recordsContract';
import { labelOfKey, parsePeriodKey } from '../../shared/domain/period';
import { listCriteriaSets } from './criteriaService';
import { computePeriod, lockReason } from './scoringCompute';
import { loadPeriod } from './scoringData';
import { getScoringSettings } from './scoringSettings';
import type { Session } from './session';


/** The scored periods of a year up to today (newest first), then the year itself once it has begun. */
function keysOf(year: number, now: Date, cadence: 'month' | 'quarter'): string[] {
  const lastMonth = year < now.getFullYear() ? 12 : year === now.getFullYear() ? now.getMonth() + 1 : 0;
  const months = Array.from({ length: lastMonth }, (_, i) => `${year}-${String(i + 1).padStart(2, '0')}`);
  const quarters = [1, 2, 3, 4].filter((q) => q * 3 - 2 <= lastMonth).map((q) => `${year}-Q${q}`);
  const scored = cadence === 'month' ? months : quarters;
  return [...scored.reverse(), ...(lastMonth > 0 ? [String(year)] : [])];
}

export async function listStaffScores(session: Session, input: { staffId: string; year: number }): Promise<StaffScoreRow[]> {
  const store = session.store;
  const person = store.collection('staff').records.find((s) => s.id === input.staffId && !s.deletedAt);
  if (!person) throw new ServiceError('NOT_FOUND', 'Không tìm thấy cán bộ này trong danh sách.');
  const settings = getScoringSettings(session);
  const sets = listCriteriaSets(session).filter((s) => s.isActive && s.subject === 'staff');
  const rows: StaffScoreRow[] = [];
  for (const set of sets) {
    for (const key of keysOf(input.year, store.now(), settings.cadence)) {
      const data = await loadPeriod(session, key, set.setId);
      const result = computePeriod(data, settings.rollupMethod).find((r) => r.subject.id === input.staffId);
      // Not on staff in that period, or outside the set's audience: nothing to show.
      if (!result) continue;
      const kind = parsePeriodKey(key)?.kind ?? 'month';
      rows.push({
        period: data.info.key, periodLabel: labelOfKey(data.info.key), kind, setId: set.setId, setName: set.shortName,
        total: result.total, rating: result.rating, missing: result.missing, isClosed: lockReason(data, data.info.key) !== '',
      });
    }
  }
  return rows;
}
