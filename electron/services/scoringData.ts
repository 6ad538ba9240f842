/** Loads what a period's scores need from the store: who is scored, their records, violations, commendations, findings. */
import { ServiceError } from '../../shared/api/result';
import type { CriteriaSetView } from '../../shared/api/scoringTypes';
import type { Finding } from '../../shared/domain/findings';
import { leaderRoles, type LeaderRole } from '../../shared/domain/leadership';
import { compareVietnameseNames } from '../../shared/domain/names';
import { parsePeriodKey, periodRange, scoredPeriodsOf, type PeriodInfo, type ScoringCadence } from '../../shared/domain/period';
import { toConductCommendation, toConductViolation, type ConductCommendation, type ConductViolation } from '../../shared/domain/scoringEvents';
import type { RecordOf } from '../../shared/schema/kinds';
import type { PeriodRecord } from '../../shared/schema/period';
import type { ScoreRecord } from '../../shared/schema/scoring';
import type { Staff, StaffCategory } from '../../shared/schema/staff';
import { getCriteriaSet } from './criteriaService';
import { getScoringSettings } from './scoringSettings';
import type { Session } from './session';

export interface Subject {
  id: string;
  code: string;
  name: string;
  position: string;
  unitId: string | null;
  unitName: string;
  unitShortName: string;
  unitOrder: number;
  /** Staff of the unit (collective scorecards): their ids. */
  memberIds: string[];
  category: StaffCategory | null;
  /** First and last day on staff (null = open); periods outside are not applicable, never missing. */
  activeFrom: string | null;
  activeTo: string | null;
  /** Leaders (leadership.ts): the role and who they lead. */
  leader: LeaderRole | null;
}

export interface PeriodData {
  info: PeriodInfo;
  /** The periods scored directly inside this one: months, or quarters for a quarterly ward. */
  months: string[];
  cadence: ScoringCadence;
  range: { from: string; to: string };
  set: CriteriaSetView;
  subjects: Subject[];
  /** subjectId|month → record. */
  records: Map<string, ScoreRecord>;
  violations: ConductViolation[];
  commendations: ConductCommendation[];
  findings: Finding[];
  periods: PeriodRecord[];
  /** Leaders' sets: the period of the set the led công chức are rated with. */
  led: PeriodData | null;
}

export function parsePeriodOrThrow(key: string): PeriodInfo {
  const info = parsePeriodKey(key);
  if (!info) throw new ServiceError('INVALID_INPUT', `Kỳ "${key}" không hợp lệ (dùng dạng 2026-05, 2026-Q2, 2026-H1 hoặc 2026).`);
  return info;
}

/**
 * The yearly files a period of `year` is scored from: its own scores and commendations, and the violations
 * of the year before too (the triggers look back twelve months). Last year's scores and commendations are
 * not read, so they stay on disk (at 2,000 staff last year's scores alone are a 10 MB file).
 */
export const SCORED_FROM = { scores: [0], violations: [-1, 0], commendations: [0] } as const;

export async function loadYear(session: Session, year: number): Promise<void> {
  for (const [kind, offsets] of Object.entries(SCORED_FROM) as [keyof typeof SCORED_FROM, readonly number[]][]) {
    for (const offset of offsets) await session.store.loadPartition(kind, String(year + offset));
  }
}

function yearly<K extends 'scores' | 'violations' | 'commendations'>(session: Session, kind: K, years: number[]): RecordOf<K>[] {
  return years.flatMap((y) => session.store.collection(kind, String(y)).records);
}

/** Every leader of the ward, from the roster (units' heads, Chủ tịch / Phó Chủ tịch). */
export function wardLeaders(session: Session): Map<string, LeaderRole> {
  const units = session.store.collection('units').records.filter((u) => !u.deletedAt && u.isActive);
  const staff = session.store.collection('staff').records.filter((s) => !s.deletedAt && s.status === 'active');
  return leaderRoles(staff, units);
}

function isOnStaff(s: Staff, range: { from: string; to: string }): boolean {
  return (!s.startDate || s.startDate <= range.to) && (s.status === 'active' || (s.statusDate !== null && s.statusDate > range.from));
}

/** Who a set scores in the range, by unit then name; `sorted: false` skips the name order (counting only). */
export function subjectsOf(session: Session, set: CriteriaSetView, range: { from: string; to: string }, options: { sorted?: boolean } = {}): Subject[] {
  const units = session.store.collection('units').records.filter((u) => !u.deletedAt);
  const unitById = new Map(units.map((u) => [u.id, u] as const));
  const staff = session.store.collection('staff').records.filter((s) => !s.deletedAt);
  if (set.subject === 'unit') {
    return units
      .filter((u) => u.isActive)
      .sort((a, b) => a.order - b.order)
      .map((u) => ({ id: u.id, code: u.shortName || u.name, name: u.name, position: staff.find((s) => s.id === u.headId)?.fullName ?? '', unitId: u.id, unitName: u.name, unitShortName: u.shortName, unitOrder: u.order, memberIds: staff.filter((s) => s.unitId === u.id).map((s) => s.id), category: null, activeFrom: null, activeTo: null, leader: null }));
  }
  const leaders = wardLeaders(session);
  const audience = set.audience ?? 'all';
  const people = staff
    .filter((s) => isOnStaff(s, range))
    .filter((s) => set.categories === null || set.categories.includes(s.category))
    .filter((s) => audience === 'all' || (audience === 'leaders') === leaders.has(s.id))
    .map((s) => {
      const unit = s.unitId ? unitById.get(s.unitId) : undefined;
      return {
        id: s.id, code: s.code, name: s.fullName, position: s.position, unitId: s.unitId, unitName: unit?.name ?? 'Chưa xếp đơn vị', unitShortName: unit?.shortName ?? '', unitOrder: unit?.order ?? 9999, memberIds: [],
        category: s.category, activeFrom: s.startDate, activeTo: s.status === 'active' ? null : s.statusDate, leader: leaders.get(s.id) ?? null,
      };
    });
  return options.sorted === false ? people : people.sort((a, b) => a.unitOrder - b.unitOrder || compareVietnameseNames(a.name, b.name));
}

export function recordKey(subjectId: string, month: string): string {
  return `${subjectId}|${month}`;
}

export function subjectIdOf(record: ScoreRecord): string | null {
  return record.unitId ?? record.staffId ?? null;
}

/** Findings recorded for the year and the year before (evaluationRecords.json). */
export function findingsOf(session: Session, year: number): Finding[] {
  return session.store.collection('evaluationRecords').records
    .filter((r) => !r.deletedAt && r.kind === 'finding' && r.findingKind && (r.year === year || r.year === year - 1))
    .map((r) => ({ id: r.id, staffId: r.staffId, kind: r.findingKind!, date: r.date, decision: r.decision, reason: r.reason }));
}

/** A year's violations (with the year before) and commendations as scoring reads them. */
export interface ScoringEvents {
  violations: ConductViolation[];
  commendations: ConductCommendation[];
}

/**
 * The events converted once for every set scored in one pass (a report rates four sets, and the leaders'
 * set loads its led set again): by year. Only for one pass — the records may change between calls.
 */
export type EventsMemo = Map<number, ScoringEvents>;

function eventsOfYear(session: Session, year: number, memo?: EventsMemo): ScoringEvents {
  const known = memo?.get(year);
  if (known) return known;
  const events = {
    violations: yearly(session, 'violations', [year - 1, year]).map(toConductViolation).filter((v): v is ConductViolation => v !== null),
    commendations: yearly(session, 'commendations', [year]).map(toConductCommendation).filter((c): c is ConductCommendation => c !== null),
  };
  memo?.set(year, events);
  return events;
}

export async function loadPeriod(session: Session, key: string, setId: string, memo?: EventsMemo): Promise<PeriodData> {
  const info = parsePeriodOrThrow(key);
  await loadYear(session, info.year);
  const cadence = getScoringSettings(session).cadence;
  const periods = session.store.collection('periods').records.filter((p) => !p.deletedAt && p.criteriaSetId === setId);
  const frozen = periods.find((p) => p.key === info.key);
  const range = periodRange(info);
  const months = scoredPeriodsOf(info, cadence);
  // A period keeps the set version it was first scored with, even after the ward saves a new version.
  const scoredWith = yearly(session, 'scores', [info.year]).find((r) => !r.deletedAt && r.criteriaSetId === setId && months.includes(r.period))?.criteriaSetVersion;
  const set = getCriteriaSet(session, setId, frozen?.criteriaSetVersion ?? scoredWith);
  const records = new Map<string, ScoreRecord>();
  for (const r of yearly(session, 'scores', [info.year])) {
    const subjectId = subjectIdOf(r);
    if (!r.deletedAt && subjectId && r.criteriaSetId === setId && months.includes(r.period)) records.set(recordKey(subjectId, r.period), r);
  }
  const { violations, commendations } = eventsOfYear(session, info.year, memo);
  const led = set.unitResultsFrom && set.unitResultsFrom !== setId ? await loadPeriod(session, key, set.unitResultsFrom, memo) : null;
  return { info, months, cadence, range, set, subjects: subjectsOf(session, set, range), records, violations, commendations, findings: findingsOf(session, info.year), periods, led };
}
