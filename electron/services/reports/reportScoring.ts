/** Emulation results for a report: per active criteria set, ratings per unit with the 20 % cap; titles proposed. */
import type { RatingRow, ScoringTable, TitleRow } from '../../../shared/api/reportTypes';
import { checkExcellentCap } from '../../../shared/domain/rating';
import { labelOfKey } from '../../../shared/domain/period';
import { TITLE_LABELS, TITLES } from '../../../shared/domain/titles';
import { listCriteriaSets } from '../criteriaService';
import type { CriteriaSetView } from '../../../shared/api/scoringTypes';
import { computePeriod, type PeriodMemo } from '../scoringCompute';
import { cachedRatings, keepRatings, ratingsFingerprint, type RatedSubject } from './ratingsCache';
import { loadPeriod, type EventsMemo } from '../scoringData';
import { getScoringSettings } from '../scoringSettings';
import type { Session } from '../session';
import { figure, NO_UNIT } from './reportCounts';

function ratingRow(unitName: string, results: RatedSubject[], cap: number | null): RatingRow {
  const ids = (rating: RatedSubject['rating']) => results.filter((r) => r.rating === rating).map((r) => r.id);
  // The 20 % check over the ratings the period has (as the Thi đua screen shows them; "chưa chấm" is left out).
  const check = cap === null ? null : checkExcellentCap(results.map((r) => r.rating), cap, unitName);
  return {
    unitName,
    excellent: figure(ids('excellent')),
    good: figure(ids('good')),
    meets: figure(ids('meets')),
    fails: figure(ids('fails')),
    unscored: figure(ids(null)),
    capAllowed: check ? check.allowed : null,
    isOverCap: check ? check.isOver : false,
  };
}

/** Every subject's rating for the period on each active set: from the cache while the data is unchanged, else computed once. */
async function ratingsBySet(session: Session, periodKey: string, sets: CriteriaSetView[]): Promise<Map<string, RatedSubject[]>> {
  const method = getScoringSettings(session).rollupMethod;
  const fingerprint = await ratingsFingerprint(session, Number(periodKey.slice(0, 4)));
  const memo: PeriodMemo = new Map();
  const events: EventsMemo = new Map();
  const out = new Map<string, RatedSubject[]>();
  for (const set of sets) {
    let subjects = cachedRatings(session, set.setId, periodKey, fingerprint);
    if (!subjects) {
      subjects = computePeriod(await loadPeriod(session, periodKey, set.setId, events), method, memo, { ratingsOnly: true }).map((r) => ({ id: r.subject.id, unitId: r.subject.unitId, unitName: r.subject.unitName, rating: r.rating }));
      keepRatings(session, set.setId, periodKey, fingerprint, subjects);
    }
    out.set(set.setId, subjects);
  }
  return out;
}

/** Where the 20 % cap line comes from: ND 335/2025 (QUOTED-PRESS cafef.vn, legal-sources.md §5b). */
export const CAP_BASIS = 'NĐ 335/2025/NĐ-CP: số "hoàn thành xuất sắc" không quá 20% số "hoàn thành tốt" (công chức cùng cơ quan, nhóm nhiệm vụ tương đồng)';

/**
 * The cap per unit row, only where the law puts it: ND 335/2025 rates công chức, and caps "xuất sắc" at
 * 20 % of "tốt" in the same body and in each group with similar tasks. The ND 335 staff set (its cap pool)
 * gets the line; the ward's own conduct scorecard is not an ND 335 rating (its cap, if kept, is the ward's
 * choice, checked on Thi đua), unit sets rate collectives, and the leaders' set has one leader per unit —
 * a 20 % line over one person is not what the law counts (leaders are counted with the công chức of the
 * ward on Thi đua's ward-wide check).
 */
export function capOf(set: Pick<CriteriaSetView, 'subject' | 'capPool' | 'audience' | 'excellentCapOfGood'>): number | null {
  if (set.subject === 'unit' || !set.capPool || set.audience === 'leaders') return null;
  return set.excellentCapOfGood;
}

export async function scoringTables(session: Session, periodKey: string, unitId: string | null): Promise<ScoringTable[]> {
  const sets = listCriteriaSets(session).filter((s) => s.isActive);
  const ratings = await ratingsBySet(session, periodKey, sets);
  const tables: ScoringTable[] = [];
  for (const set of sets) {
    const isUnitSet = set.subject === 'unit';
    const results = (ratings.get(set.setId) ?? []).filter((r) => !unitId || (isUnitSet ? r.id === unitId : r.unitId === unitId));
    if (results.length === 0) continue;
    const groups = new Map<string, RatedSubject[]>();
    for (const r of results) {
      const name = isUnitSet ? 'Các đơn vị' : r.unitName || NO_UNIT;
      const group = groups.get(name);
      if (group) group.push(r);
      else groups.set(name, [r]);
    }
    const cap = capOf(set);
    tables.push({ setId: set.setId, setName: set.name, periodKey, periodLabel: labelOfKey(periodKey), capBasis: cap === null ? null : CAP_BASIS, rows: [...groups].map(([name, rs]) => ratingRow(name, rs, cap)) });
  }
  return tables;
}

/**
 * Titles proposed (not revoked) for the year, and those granted by decision (kind grantedTitles, the
 * council's decision recorded); for a unit report, its people and the unit itself.
 */
export function proposedTitles(session: Session, year: number, unitId: string | null): TitleRow[] {
  const store = session.store;
  const staff = new Map(store.collection('staff').records.map((s) => [s.id, s] as const));
  const units = new Map(store.collection('units').records.map((u) => [u.id, u] as const));
  const proposals = store
    .collection('titleProposals')
    .records.filter((r) => !r.deletedAt && r.kind === 'proposal' && r.status === 'proposed' && r.year === year && r.title)
    .filter((r) => !unitId || r.subjectId === unitId || staff.get(r.subjectId)?.unitId === unitId);
  const granted = store
    .collection('grantedTitles')
    .records.filter((r) => !r.deletedAt && r.year === year)
    .filter((r) => !unitId || r.subjectId === unitId || staff.get(r.subjectId)?.unitId === unitId);
  const nameOf = (subjectId: string, fallback: string) => staff.get(subjectId)?.fullName ?? units.get(subjectId)?.name ?? fallback;
  return TITLES.map((title) => {
    const rows = proposals.filter((r) => r.title === title);
    const grants = granted.filter((r) => r.title === title);
    return {
      label: TITLE_LABELS[title],
      names: rows.map((r) => nameOf(r.subjectId, r.subjectId)),
      count: figure(rows.map((r) => r.id)),
      grantedNames: grants.map((r) => nameOf(r.subjectId, r.name)),
      granted: figure(grants.map((r) => r.id)),
    };
  });
}
