/** Computes every subject's score for a period from the loaded data (months directly, longer periods rolled up). */
import { parsePeriodKey, periodRange, periodsContaining } from '../../shared/domain/period';
import { checkExcellentCap, type ExcellentCapCheck, type TriggerHit } from '../../shared/domain/rating';
import { rollUp, type RollupMethod, type RollupResult } from '../../shared/domain/rollup';
import { computeScore, rankTotals, type ScoreBreakdown } from '../../shared/domain/scoring';
import type { ConductCommendation, ConductViolation } from '../../shared/domain/scoringEvents';
import type { Rating } from '../../shared/schema/criteria';
import type { ScoreRecord } from '../../shared/schema/scoring';
import { recordKey, type PeriodData, type Subject } from './scoringData';

export interface MonthResult {
  month: string;
  record: ScoreRecord | null;
  breakdown: ScoreBreakdown;
}

export interface SubjectResult {
  subject: Subject;
  months: MonthResult[];
  /** Month periods: the month's breakdown. */
  breakdown: ScoreBreakdown | null;
  rollup: RollupResult | null;
  total: number | null;
  rating: Rating | null;
  rank: number | null;
  triggers: TriggerHit[];
}

function indexBy<T extends { staffIds: string[] }>(items: T[]): Map<string, T[]> {
  const map = new Map<string, T[]>();
  for (const item of items) for (const id of item.staffIds) map.set(id, [...(map.get(id) ?? []), item]);
  return map;
}

function eventsOf(subject: Subject, isUnit: boolean, violationsBy: Map<string, ConductViolation[]>, commendations: ConductCommendation[], commendationsBy: Map<string, ConductCommendation[]>) {
  if (!isUnit) return { violations: violationsBy.get(subject.id) ?? [], commendations: commendationsBy.get(subject.id) ?? [] };
  const seen = new Map<string, ConductViolation>();
  for (const id of subject.memberIds) for (const v of violationsBy.get(id) ?? []) seen.set(v.id, v);
  return { violations: [...seen.values()], commendations: commendations.filter((c) => c.unitId === subject.id) };
}

export function computePeriod(data: PeriodData, method: RollupMethod): SubjectResult[] {
  const isUnit = data.set.subject === 'unit';
  const violationsBy = indexBy(data.violations);
  const commendationsBy = indexBy(data.commendations);
  const year = data.info.year;
  const results = data.subjects.map((subject): SubjectResult => {
    const events = eventsOf(subject, isUnit, violationsBy, data.commendations, commendationsBy);
    // Units are not disciplined; their members' discipline is a title rule, not a rating trigger.
    const yearViolations = isUnit ? [] : events.violations;
    const months = data.months.map((month): MonthResult => {
      const record = data.records.get(recordKey(subject.id, month)) ?? null;
      const info = parsePeriodKey(month);
      const breakdown = computeScore({
        set: data.set,
        steps: { selfScore: record?.selfScore, headScore: record?.headScore, councilScore: record?.councilScore },
        products: record?.products ?? [],
        violations: events.violations.filter((v) => v.date.startsWith(month)),
        commendations: events.commendations.filter((c) => c.date.startsWith(month)),
        yearViolations,
        year,
        periodStart: info ? periodRange(info).from : data.range.from,
        periodEnd: info ? periodRange(info).to : data.range.to,
      });
      return { month, record, breakdown };
    });
    if (data.info.kind === 'month') {
      const breakdown = months[0]?.breakdown ?? null;
      return { subject, months, breakdown, rollup: null, total: breakdown?.total ?? null, rating: breakdown?.rating ?? null, rank: null, triggers: breakdown?.triggers ?? [] };
    }
    const rollup = rollUp({ months: months.map((m) => ({ month: m.month, total: m.breakdown.total })), method, bands: data.set.bands, triggers: data.set.triggers, yearViolations, year, periodStart: data.range.from, periodEnd: data.range.to });
    return { subject, months, breakdown: null, rollup, total: rollup.total, rating: rollup.rating, rank: null, triggers: rollup.triggers };
  });
  // Ranks within each unit (the Excel sheet ranks within its unit too).
  const byUnit = groupByUnit(results);
  for (const group of byUnit.values()) {
    const ranks = rankTotals(group.map((r) => r.total));
    group.forEach((r, i) => (r.rank = ranks[i] ?? null));
  }
  return results;
}

export function groupByUnit(results: SubjectResult[]): Map<string, SubjectResult[]> {
  const map = new Map<string, SubjectResult[]>();
  for (const r of results) {
    const key = r.subject.unitId ?? '';
    map.set(key, [...(map.get(key) ?? []), r]);
  }
  return map;
}

/** The ND 335 cap per unit (individual sets with a cap only). */
export function capChecks(data: PeriodData, results: SubjectResult[]): ExcellentCapCheck[] {
  const cap = data.set.excellentCapOfGood;
  if (cap === null || data.set.subject === 'unit') return [];
  return [...groupByUnit(results).values()].map((group) => checkExcellentCap(group.map((r) => r.rating), cap, group[0]?.subject.unitName ?? ''));
}

/** Why a month (or longer period) cannot be changed directly: a closed period that contains it. */
export function lockReason(data: PeriodData, key: string): string {
  const keys = key.length === 7 ? periodsContaining(key) : [key];
  const closed = data.periods.find((p) => p.status === 'closed' && keys.includes(p.key));
  const day = closed?.closedAt ? closed.closedAt.slice(0, 10).split('-').reverse().join('/') : '';
  return closed ? `Kỳ ${closed.key} đã khóa ngày ${day}; sửa điểm bằng điều chỉnh có lý do.` : '';
}
