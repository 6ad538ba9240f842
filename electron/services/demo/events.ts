/** Demo violations, monthly scores and commendations, one list per year. */
import { COMMENDATION_KINDS, VIOLATION_KINDS } from './catalogue';
import { addDays, earlier, later, officeTime, randomWorkday } from './days';
import type { Random } from './prng';
import type { CriteriaSetFields } from '../../../shared/schema/criteria';
import { criterionLeaves, type CriterionLeaf } from '../../../shared/domain/criteria';
import { CONDUCT_SET } from '../../../shared/domain/criteriaConduct';
import { ND335_SET } from '../../../shared/domain/criteriaNd335';
import { ND335_LEADER_SET } from '../../../shared/domain/criteriaNd335Leader';
import { leaderRoles } from '../../../shared/domain/leadership';
import { computeScore } from '../../../shared/domain/scoring';
import { toConductCommendation, toConductViolation, type ConductCommendation, type ConductViolation } from '../../../shared/domain/scoringEvents';
import { cachedScore } from '../../../shared/domain/scoreStatus';
import { ratingForTotal } from '../../../shared/domain/rating';
import { round2 } from '../../../shared/domain/scoringMath';
import { isDisciplineForm } from '../../../shared/schema/violation';
import type { CommendationRecord, ScoreRecord, StaffRecord, ViolationRecord } from './types';

export interface EventsContext {
  random: Random;
  today: string;
  operator: string;
}

/** The days a person worked in a year (clipped to today), or null if none. */
function activeSpan(person: StaffRecord, year: number, today: string): { from: string; to: string } | null {
  const from = later(person.startDate, `${year}-01-01`);
  let to = earlier(`${year}-12-31`, today);
  if (person.statusDate) to = earlier(to, addDays(person.statusDate, -1));
  return from <= to ? { from, to } : null;
}

function base(id: string, createdAt: string, by: string) {
  return { id, createdAt, updatedAt: createdAt, createdBy: by, updatedBy: by, deletedAt: null };
}

const VIOLATION_WEIGHTS = VIOLATION_KINDS.map((kind) => [kind, kind.weight] as const);
const MEASURES = [['reminder', 70], ['criticism', 22], ['selfCriticism', 8]] as const;

export function violationsOfYear(ctx: EventsContext, staff: StaffRecord[], year: number, count: number): ViolationRecord[] {
  const { random, today } = ctx;
  const present = staff.flatMap((person) => {
    const span = activeSpan(person, year, today);
    return span ? [{ person, span }] : [];
  });
  if (present.length === 0) return [];
  const records: ViolationRecord[] = [];
  for (let n = 0; n < count; n += 1) {
    const first = random.pick(present);
    const date = randomWorkday(random, first.span.from, first.span.to);
    const staffIds = [first.person.id];
    if (random.chance(0.08)) {
      const colleague = present.find((p) => p.person.unitId === first.person.unitId && p.person.id !== first.person.id && p.span.from <= date && date <= p.span.to);
      if (colleague) staffIds.push(colleague.person.id);
    }
    const kind = random.weighted(VIOLATION_WEIGHTS);
    const measure = random.weighted(MEASURES);
    const createdAt = officeTime(random, earlier(addDays(date, random.int(0, 5)), today));
    const explained = earlier(addDays(date, 1), today);
    const record: ViolationRecord = {
      ...base(`vio_${year}_${String(n + 1).padStart(5, '0')}`, createdAt, ctx.operator),
      date,
      time: null,
      place: '',
      staffIds,
      ruleRefs: [{ ruleSetId: 'qd-522-2017', version: 1, article: String(kind.article), clause: String(kind.clause) }],
      description: kind.description,
      source: 'inspection',
      recordedBy: ctx.operator,
      expiresOn: null,
      explanationDue: addDays(date, 3),
      explanation: 'Nhận khuyết điểm.',
      explanationDate: explained,
      severity: 'minor',
      measure,
      decision: null,
      conclusion: 'Đã xử lý.',
      concludedOn: later(explained, earlier(addDays(date, 5), today)),
      cancelReason: '',
      state: 'concluded',
      evidence: [],
      workflow: [{ at: createdAt, by: ctx.operator, from: null, to: 'concluded', note: '' }],
      amendments: [],
    };
    if (measure !== 'reminder' && random.chance(0.3)) {
      const at = officeTime(random, earlier(addDays(createdAt.slice(0, 10), random.int(1, 10)), today));
      if (at > createdAt) {
        record.history = [
          { at: createdAt, by: ctx.operator, action: 'create' },
          { at, by: ctx.operator, action: 'update', changes: { measure: { from: 'reminder', to: measure } } },
        ];
        record.updatedAt = at;
      }
    }
    records.push(record);
  }
  return records.sort((a, b) => a.date.localeCompare(b.date) || a.id.localeCompare(b.id));
}

export function ratingOf(total: number): NonNullable<ScoreRecord['rating']> {
  if (total >= 90) return 'excellent';
  if (total >= 70) return 'good';
  if (total >= 50) return 'meets';
  return 'fails';
}

/** ND 335/2025 scores công chức monthly from 1/1/2026. */
const ND335_FROM_YEAR = 2026;

interface DemoSet {
  set: CriteriaSetFields;
  leaves: CriterionLeaf[];
  idPrefix: string;
}

const demoSet = (set: CriteriaSetFields, idPrefix: string): DemoSet => ({ set, leaves: criterionLeaves(set.criteria), idPrefix });
const CONDUCT = demoSet(CONDUCT_SET, 'scr');
const ND335 = demoSet(ND335_SET, 'scn');
const ND335_LEADERS = demoSet(ND335_LEADER_SET, 'scl');

/** The roster's leaders (unit heads, Chủ tịch / Phó Chủ tịch UBND), as the app decides them. */
function demoLeaders(staff: StaffRecord[]): Set<string> {
  const unitIds = [...new Set(staff.map((s) => s.unitId).filter((id): id is string => id !== null))];
  const units = unitIds.map((id) => ({ id, name: id, headId: staff.find((s) => s.unitId === id && s.isHeadOfUnit)?.id ?? null }));
  return new Set(leaderRoles(staff, units).keys());
}

function bandResult(set: CriteriaSetFields, points: Record<string, number>): { total: number; rating: NonNullable<ScoreRecord['rating']> } {
  let sum = 0;
  for (const value of Object.values(points)) sum += value;
  const total = round2(sum);
  return { total, rating: ratingForTotal(total, set.bands) };
}

/** The head's points for one person and month: near full for a good worker; task results follow ability. */
function demoPoints(random: Random, leaves: CriterionLeaf[], level: number): Record<string, number> {
  const points: Record<string, number> = {};
  for (const leaf of leaves) {
    if (leaf.input === 'startsEmpty' || leaf.input === 'unitResults') continue;
    const full = leaf.maxPoints;
    const draw = random.int(0, 99);
    const value = leaf.input === 'taskProducts' ? Math.round(full * (level - 6 + (draw % 13))) / 100 : full - (draw >= level ? 1 + (draw % Math.ceil(full / 5)) : 0);
    points[leaf.id] = Math.max(0, Math.min(full, value));
  }
  return points;
}

/**
 * Scores a person a month for the months of the year that are over, in the shipped criteria sets' shape:
 * the conduct scorecard for everyone, ND 335 for công chức from 2026. The head scored each month; the
 * cached total and rating are computed by the domain rule (the month's violations deducted, commendations added, triggers applied).
 */
export function scoresOfYear(ctx: EventsContext, staff: StaffRecord[], year: number, violations: ViolationRecord[], commendations: CommendationRecord[], ability: Map<string, number>): ScoreRecord[] {
  const { random, today } = ctx;
  const counting = violations.map(toConductViolation).filter((v): v is ConductViolation => v !== null);
  const byPersonMonth = new Map<string, ConductViolation[]>();
  const praisedIn = new Map<string, ConductCommendation[]>();
  for (const c of commendations.map(toConductCommendation)) {
    if (!c) continue;
    for (const id of c.staffIds) praisedIn.set(`${id}|${c.date.slice(0, 7)}`, [...(praisedIn.get(`${id}|${c.date.slice(0, 7)}`) ?? []), c]);
  }
  // Only disciplines can set off a trigger: the year's list per person holds just those.
  const disciplinesOf = new Map<string, ConductViolation[]>();
  for (const v of counting) {
    for (const id of v.staffIds) {
      const key = `${id}|${v.date.slice(0, 7)}`;
      const list = byPersonMonth.get(key);
      if (list) list.push(v);
      else byPersonMonth.set(key, [v]);
      if (isDisciplineForm(v.measure)) disciplinesOf.set(id, [...(disciplinesOf.get(id) ?? []), v]);
    }
  }
  const records: ScoreRecord[] = [];
  const leaders = demoLeaders(staff.filter((s) => s.status === 'active'));
  for (let month = 1; month <= 12; month += 1) {
    const period = `${year}-${String(month).padStart(2, '0')}`;
    const monthEnd = addDays(month === 12 ? `${year + 1}-01-01` : `${year}-${String(month + 1).padStart(2, '0')}-01`, -1);
    if (monthEnd >= today) break;
    const createdAt = officeTime(random, earlier(addDays(monthEnd, 5), today));
    staff.forEach((person, index) => {
      if (person.startDate > monthEnd || (person.statusDate && person.statusDate <= `${period}-01`)) return;
      const level = ability.get(person.id) ?? 85;
      const nd335 = leaders.has(person.id) ? ND335_LEADERS : ND335;
      const sets = (person.category === 'civilServant' || (leaders.has(person.id) && person.category === 'official')) && year >= ND335_FROM_YEAR ? [CONDUCT, nd335] : [CONDUCT];
      for (const { set, leaves, idPrefix } of sets) {
        const step = { points: demoPoints(random, leaves, level), by: ctx.operator, at: createdAt, note: '' };
        const monthViolations = byPersonMonth.get(`${person.id}|${period}`) ?? [];
        const monthCommendations = praisedIn.get(`${person.id}|${period}`) ?? [];
        const yearViolations = disciplinesOf.get(person.id) ?? [];
        // Without a violation the domain's result is the sum of the head's points in the set's bands (fast path for ten years at L).
        // (A leader's unit results are computed from the people they lead: the app recomputes; the cache counts them full.)
        const result = monthViolations.length === 0 && monthCommendations.length === 0 && yearViolations.length === 0 && set !== ND335_LEADER_SET
          ? bandResult(set, step.points)
          : computeScore({ set, steps: { headScore: step }, products: [], violations: monthViolations, commendations: monthCommendations, yearViolations, year, periodStart: `${period}-01`, periodEnd: monthEnd });
        records.push({
          ...base(`${idPrefix}_${period}_${String(index + 1).padStart(5, '0')}`, createdAt, ctx.operator),
          // Only what the head scored: the other steps, products and amendments are optional and left out (ten years at L).
          staffId: person.id, period, criteriaSetId: set.setId, criteriaSetVersion: set.version, headScore: step,
          ...cachedScore(result),
        });
      }
    });
  }
  return records;
}

export function commendationsOfYear(ctx: EventsContext, staff: StaffRecord[], year: number, count: number): CommendationRecord[] {
  const { random, today } = ctx;
  const records: CommendationRecord[] = [];
  for (let n = 0; n < count; n += 1) {
    const person = random.pick(staff);
    const span = activeSpan(person, year, today);
    if (!span) continue;
    const date = randomWorkday(random, span.from, span.to);
    const kind = random.pick(COMMENDATION_KINDS);
    const createdAt = officeTime(random, earlier(addDays(date, random.int(0, 7)), today));
    records.push({ ...base(`com_${year}_${String(n + 1).padStart(4, '0')}`, createdAt, ctx.operator), staffIds: [person.id], unitId: null, date, form: kind.form, reason: kind.description, decision: null });
  }
  return records.sort((a, b) => a.date.localeCompare(b.date));
}
