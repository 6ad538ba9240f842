/** Computes every subject's score for a period from the loaded data (scored periods directly, longer periods rolled up). */
import type { Finding } from '../../shared/domain/findings';
import { formatDateVi } from '../../shared/domain/dates';
import { labelOfKey, parsePeriodKey, periodRange, periodsContaining } from '../../shared/domain/period';
import { type TriggerHit } from '../../shared/domain/rating';
import { rollUp, type RollupMethod, type RollupResult } from '../../shared/domain/rollup';
import { computeScore, rankTotals, type ScoreBreakdown } from '../../shared/domain/scoring';
import type { ConductCommendation, ConductViolation } from '../../shared/domain/scoringEvents';
import type { Subordinate } from '../../shared/domain/unitResults';
import type { Rating } from '../../shared/schema/criteria';
import type { ScoreRecord } from '../../shared/schema/scoring';
import { recordKey, type PeriodData, type Subject } from './scoringData';

export interface MonthResult {
  month: string;
  record: ScoreRecord | null;
  /** False when the person was not on staff in that month (not missing, not counted). */
  isApplicable: boolean;
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
  /** Applicable scored periods without a complete score (a month period: itself when unscored). */
  missing: string[];
}

function indexBy<T extends { staffIds: string[] }>(items: T[]): Map<string, T[]> {
  const map = new Map<string, T[]>();
  for (const item of items) {
    for (const id of item.staffIds) {
      const list = map.get(id);
      if (list) list.push(item);
      else map.set(id, [item]);
    }
  }
  return map;
}

function eventsOf(subject: Subject, isUnit: boolean, violationsBy: Map<string, ConductViolation[]>, commendations: ConductCommendation[], commendationsBy: Map<string, ConductCommendation[]>) {
  if (!isUnit) return { violations: violationsBy.get(subject.id) ?? [], commendations: commendationsBy.get(subject.id) ?? [] };
  const seen = new Map<string, ConductViolation>();
  for (const id of subject.memberIds) for (const v of violationsBy.get(id) ?? []) seen.set(v.id, v);
  return { violations: [...seen.values()], commendations: commendations.filter((c) => c.unitId === subject.id) };
}

function rangeOf(key: string, fallback: { from: string; to: string }): { from: string; to: string } {
  const info = parsePeriodKey(key);
  return info ? periodRange(info) : fallback;
}

/** Whether the person was on staff on some day of the range. */
export function isApplicable(subject: Subject, range: { from: string; to: string }): boolean {
  return (!subject.activeFrom || subject.activeFrom <= range.to) && (!subject.activeTo || subject.activeTo >= range.from);
}

/** month → staffId → rating, filled as people are computed (leaders see those they lead). */
type RatingBook = Map<string, Map<string, Rating | null>>;

/** Results already computed in one pass (a report), by set version and period: the leaders' set reuses its led set's. */
export type PeriodMemo = Map<string, SubjectResult[]>;

function memoKey(data: PeriodData): string {
  return `${data.set.setId}@${data.set.version}|${data.info.key}`;
}

/**
 * `ratingsOnly`: each month keeps its total, rating and triggers but not its criteria lines (a report reads
 * ratings only; 2,000 people × 12 months of full breakdowns are tens of megabytes to build and keep).
 * A memo must not mix both kinds of result.
 */
export interface ComputeOptions {
  ratingsOnly?: boolean;
}

function ledRatings(data: PeriodData, method: RollupMethod, memo?: PeriodMemo, options: ComputeOptions = {}): RatingBook {
  const book: RatingBook = new Map();
  if (!data.led) return book;
  for (const r of memo?.get(memoKey(data.led)) ?? computePeriod(data.led, method, memo, options)) {
    for (const m of r.months) {
      const month = book.get(m.month) ?? new Map<string, Rating | null>();
      month.set(r.subject.id, m.breakdown.rating);
      book.set(m.month, month);
    }
  }
  return book;
}

export function computePeriod(data: PeriodData, method: RollupMethod, memo?: PeriodMemo, options: ComputeOptions = {}): SubjectResult[] {
  const known = memo?.get(memoKey(data));
  if (known) return known;
  const isUnit = data.set.subject === 'unit';
  const violationsBy = indexBy(data.violations);
  const commendationsBy = indexBy(data.commendations);
  const findingsBy = new Map<string, Finding[]>();
  for (const f of data.findings) {
    const list = findingsBy.get(f.staffId);
    if (list) list.push(f);
    else findingsBy.set(f.staffId, [f]);
  }
  const year = data.info.year;
  const book = ledRatings(data, method, memo, options);
  const names = new Map<string, string>([...data.subjects, ...(data.led?.subjects ?? [])].map((s) => [s.id, s.name] as const));
  // Leaders after those they lead (unit heads, then Phó Chủ tịch, then Chủ tịch).
  const order = [...data.subjects].sort((a, b) => (a.leader?.depth ?? 0) - (b.leader?.depth ?? 0));
  const byId = new Map<string, SubjectResult>();
  const ranges = new Map(data.months.map((month) => [month, rangeOf(month, data.range)] as const));
  for (const subject of order) {
    const events = eventsOf(subject, isUnit, violationsBy, data.commendations, commendationsBy);
    // Units are not disciplined; their members' discipline is a title rule, not a rating trigger.
    const yearViolations = isUnit ? [] : events.violations;
    const findings = isUnit ? [] : (findingsBy.get(subject.id) ?? []);
    const months = data.months.map((month): MonthResult => {
      const record = data.records.get(recordKey(subject.id, month)) ?? null;
      const range = ranges.get(month) ?? data.range;
      const rated = book.get(month);
      const subordinates: Subordinate[] | undefined = subject.leader
        ? subject.leader.subordinateIds.filter((id) => rated?.has(id)).map((id) => ({ staffId: id, name: names.get(id) ?? id, rating: rated?.get(id) ?? null }))
        : undefined;
      const breakdown = computeScore({
        set: data.set,
        steps: { selfScore: record?.selfScore, headScore: record?.headScore, councilScore: record?.councilScore },
        products: record?.products ?? [],
        violations: events.violations.filter((v) => v.date >= range.from && v.date <= range.to),
        commendations: events.commendations.filter((c) => c.date >= range.from && c.date <= range.to),
        yearViolations, year, periodStart: range.from, periodEnd: range.to, findings, subordinates,
      });
      if (!isUnit) book.set(month, (book.get(month) ?? new Map()).set(subject.id, breakdown.rating));
      const kept = options.ratingsOnly ? { ...breakdown, criteria: [], unclaimed: [] } : breakdown;
      return { month, record, isApplicable: isUnit || isApplicable(subject, range), breakdown: kept };
    });
    const missing = months.filter((m) => m.isApplicable && m.breakdown.total === null).map((m) => m.month);
    if (data.info.kind === data.cadence) {
      const breakdown = months[0]?.breakdown ?? null;
      byId.set(subject.id, { subject, months, breakdown, rollup: null, total: breakdown?.total ?? null, rating: breakdown?.rating ?? null, rank: null, triggers: breakdown?.triggers ?? [], missing });
      continue;
    }
    const rollup = rollUp({
      months: months.map((m) => ({ month: m.month, total: m.breakdown.total, isApplicable: m.isApplicable })), method, bands: data.set.bands, triggers: data.set.triggers,
      yearViolations, year, periodStart: data.range.from, periodEnd: data.range.to, findings, forcingFindings: data.set.forcingFindings ?? [],
    });
    byId.set(subject.id, { subject, months, breakdown: null, rollup, total: rollup.total, rating: rollup.rating, rank: null, triggers: rollup.triggers, missing });
  }
  const results = data.subjects.map((s) => byId.get(s.id)!);
  // Ranks within each unit (the Excel sheet ranks within its unit too).
  for (const group of groupByUnit(results).values()) {
    const ranks = rankTotals(group.map((r) => r.total));
    group.forEach((r, i) => (r.rank = ranks[i] ?? null));
  }
  memo?.set(memoKey(data), results);
  return results;
}

export function groupByUnit(results: SubjectResult[]): Map<string, SubjectResult[]> {
  const map = new Map<string, SubjectResult[]>();
  for (const r of results) {
    const key = r.subject.unitId ?? '';
    const list = map.get(key);
    if (list) list.push(r);
    else map.set(key, [r]);
  }
  return map;
}

/** Why a scored period (or longer period) cannot be changed directly: a closed period that contains it. */
export function lockReason(data: PeriodData, key: string): string {
  const containing = periodsContaining(key);
  const keys = containing.length > 0 ? containing : [key];
  const closed = data.periods.find((p) => p.status === 'closed' && keys.includes(p.key));
  const day = closed?.closedAt ? ` ngày ${formatDateVi(closed.closedAt)}` : '';
  return closed ? `${labelOfKey(closed.key)} đã khóa${day}; sửa điểm bằng điều chỉnh có lý do.` : '';
}
