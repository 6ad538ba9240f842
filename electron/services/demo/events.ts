/** Demo violations, monthly scores and commendations, one list per year. */
import { COMMENDATION_KINDS, VIOLATION_KINDS } from './catalogue';
import { addDays, earlier, later, officeTime, randomWorkday } from './days';
import type { Random } from './prng';
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

export function ratingOf(total: number): ScoreRecord['rating'] {
  if (total >= 90) return 'excellent';
  if (total >= 70) return 'good';
  if (total >= 50) return 'meets';
  return 'fails';
}

/** One score a person a month, for the months of the year that are over; violations cost points. */
export function scoresOfYear(ctx: EventsContext, staff: StaffRecord[], year: number, violations: ViolationRecord[], ability: Map<string, number>): ScoreRecord[] {
  const { random, today } = ctx;
  const faults = new Map<string, number>();
  for (const v of violations) {
    for (const id of v.staffIds) faults.set(`${id}|${v.date.slice(0, 7)}`, (faults.get(`${id}|${v.date.slice(0, 7)}`) ?? 0) + 1);
  }
  const records: ScoreRecord[] = [];
  for (let month = 1; month <= 12; month += 1) {
    const period = `${year}-${String(month).padStart(2, '0')}`;
    const monthEnd = addDays(month === 12 ? `${year + 1}-01-01` : `${year}-${String(month + 1).padStart(2, '0')}-01`, -1);
    if (monthEnd >= today) break;
    const createdAt = officeTime(random, earlier(addDays(monthEnd, 5), today));
    staff.forEach((person, index) => {
      if (person.startDate > monthEnd || (person.statusDate && person.statusDate <= `${period}-01`)) return;
      const level = ability.get(person.id) ?? 85;
      const penalty = (faults.get(`${person.id}|${period}`) ?? 0) * random.int(5, 12);
      const total = Math.max(30, Math.min(100, Math.round(level + random.int(-6, 6) - penalty)));
      records.push({ ...base(`scr_${period}_${String(index + 1).padStart(5, '0')}`, createdAt, ctx.operator), staffId: person.id, period, total, rating: ratingOf(total) });
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
