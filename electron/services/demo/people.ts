/** Demo units and staff of a merged ward: leaders first, then members, some leavers, some history. */
import { foldVietnamese } from '../../../shared/domain/text';
import type { AuditEntry } from '../../../shared/schema/records';
import { CORE_UNITS, schoolUnits, type PostTemplate, type UnitTemplate } from './catalogue';
import { FAMILY_NAMES, GIVEN_NAMES, MIDDLE_NAMES } from './names';
import { addDays, addYears, later, officeTime, randomDay } from './days';
import type { Random } from './prng';
import type { DemoProfile, StaffRecord, StaffStatus, UnitRecord } from './types';

export interface PeopleContext {
  random: Random;
  profile: DemoProfile;
  /** Today, yyyy-mm-dd. */
  today: string;
  /** First day of the data, yyyy-01-01. */
  firstDay: string;
  operator: string;
}

const LEAVER_NOTES: Record<Exclude<StaffStatus, 'active'>, string> = {
  transferred: 'Chuyển công tác sang UBND phường khác theo quyết định điều động',
  retired: 'Nghỉ hưu theo chế độ',
  resigned: 'Thôi việc theo nguyện vọng cá nhân',
};

function personName(random: Random, gender: 'male' | 'female'): string {
  const family = random.weighted(FAMILY_NAMES);
  const middle = random.pick(MIDDLE_NAMES[gender]);
  const given = random.pick(GIVEN_NAMES[gender]);
  return `${family} ${middle} ${given}`.normalize('NFC');
}

function emailOf(fullName: string, taken: Set<string>): string {
  const words = foldVietnamese(fullName).split(' ');
  const given = words[words.length - 1] ?? 'canbo';
  const initials = words.slice(0, -1).map((w) => w[0]).join('');
  let local = `${initials}${given}`;
  for (let n = 2; taken.has(local); n += 1) local = `${initials}${given}${n}`;
  taken.add(local);
  return `${local}.ubnd@hanoi.gov.vn`;
}

function phoneOf(random: Random): string {
  return `${random.pick(['09', '08', '03'])}${random.int(1, 9)}${String(random.int(0, 9_999_999)).padStart(7, '0')}`;
}

/** How many people each unit gets: by weight, never fewer than its leaders plus one. */
function unitSizes(templates: UnitTemplate[], total: number): number[] {
  const weightSum = templates.reduce((sum, t) => sum + t.weight, 0);
  const sizes = templates.map((t) => Math.max(t.leaders.length + 1, Math.round((total * t.weight) / weightSum)));
  let diff = total - sizes.reduce((a, b) => a + b, 0);
  for (let i = 0; diff !== 0; i = (i + 1) % sizes.length) {
    const t = templates[i];
    const size = sizes[i] ?? 0;
    if (diff > 0) {
      sizes[i] = size + 1;
      diff -= 1;
    } else if (t && size > t.leaders.length + 1) {
      sizes[i] = size - 1;
      diff += 1;
    }
  }
  return sizes;
}

export function unitTemplates(profile: DemoProfile): UnitTemplate[] {
  return [...CORE_UNITS.slice(0, profile.coreUnits), ...schoolUnits(profile.schools)];
}

function makeStaff(ctx: PeopleContext, post: PostTemplate, unitId: string, index: number, isLeader: boolean, emails: Set<string>): StaffRecord {
  const { random, today } = ctx;
  const gender = random.chance(post.position === 'Giáo viên' ? 0.8 : 0.5) ? 'female' : 'male';
  const fullName = personName(random, gender);
  const age = isLeader ? random.int(38, 56) : random.int(23, 58);
  const birthDate = randomDay(random, addYears(today, -age - 1), addYears(today, -age));
  const startDate = randomDay(random, later(addYears(birthDate, 22), '1995-01-01'), addDays(today, -30));
  const createdDay = later(startDate, ctx.firstDay);
  const createdAt = officeTime(random, createdDay);
  const signed = random.chance(0.9) ? randomDay(random, later(startDate, addYears(today, -1)), today) : null;
  return {
    id: `stf_${String(index).padStart(5, '0')}`,
    createdAt,
    updatedAt: createdAt,
    createdBy: ctx.operator,
    updatedBy: ctx.operator,
    deletedAt: null,
    code: `CB${String(index).padStart(4, '0')}`,
    fullName,
    gender,
    birthDate,
    category: post.category,
    position: post.position,
    title: post.title,
    unitId,
    isHeadOfUnit: Boolean(post.isHead),
    isPartyMember: post.category === 'official' || random.chance(isLeader ? 0.9 : 0.45),
    phone: phoneOf(random),
    email: emailOf(fullName, emails),
    startDate,
    status: 'active',
    statusDate: null,
    commitmentSignedAt: signed,
    notes: '',
  };
}

/** Turns an ordinary member into a leaver, with the date, a note and the history of the change. */
function makeLeaver(ctx: PeopleContext, person: StaffRecord, status: Exclude<StaffStatus, 'active'>): void {
  const { random, today } = ctx;
  const statusDate = randomDay(random, later(addDays(person.startDate, 365), ctx.firstDay), addDays(today, -15));
  if (status === 'retired') person.birthDate = addDays(addYears(statusDate, person.gender === 'male' ? -61 : -56), -random.int(1, 200));
  if (person.commitmentSignedAt && person.commitmentSignedAt > statusDate) person.commitmentSignedAt = randomDay(random, person.startDate, statusDate);
  person.status = status;
  person.statusDate = statusDate;
  person.notes = LEAVER_NOTES[status];
  const at = officeTime(random, later(statusDate, person.createdAt.slice(0, 10)));
  person.history = [
    { at: person.createdAt, by: ctx.operator, action: 'create' },
    { at, by: ctx.operator, action: 'update', changes: { status: { from: 'active', to: status }, statusDate: { from: null, to: statusDate } } },
  ];
  person.updatedAt = at;
}

/** A promotion recorded in history: the person was a Chuyên viên before. */
function addPromotion(ctx: PeopleContext, person: StaffRecord): void {
  const day = randomDay(ctx.random, later(person.createdAt.slice(0, 10), addYears(ctx.today, -2)), ctx.today);
  const at = officeTime(ctx.random, day);
  if (at <= person.createdAt) return;
  const history: AuditEntry[] = [
    { at: person.createdAt, by: ctx.operator, action: 'create' },
    { at, by: ctx.operator, action: 'update', changes: { position: { from: 'Chuyên viên', to: person.position } } },
  ];
  person.history = history;
  person.updatedAt = at;
}

export function generatePeople(ctx: PeopleContext): { units: UnitRecord[]; staff: StaffRecord[] } {
  const templates = unitTemplates(ctx.profile);
  const sizes = unitSizes(templates, ctx.profile.staff);
  const emails = new Set<string>();
  const units: UnitRecord[] = [];
  const staff: StaffRecord[] = [];
  const leaverStatuses = ['transferred', 'retired', 'resigned'] as const;
  let leavers = 0;
  templates.forEach((template, u) => {
    const unitId = `unt_${String(u + 1).padStart(3, '0')}`;
    const createdAt = officeTime(ctx.random, ctx.firstDay);
    let headId: string | null = null;
    for (let k = 0; k < (sizes[u] ?? 0); k += 1) {
      const isLeader = k < template.leaders.length;
      const post = isLeader ? template.leaders[k] : ctx.random.weighted(template.members);
      if (!post) continue;
      const person = makeStaff(ctx, post, unitId, staff.length + 1, isLeader, emails);
      if (post.isHead) headId = person.id;
      if (isLeader && k > 0 && ctx.random.chance(0.5)) addPromotion(ctx, person);
      // About one in ten members has left; the first three leavers cover every way of leaving.
      if (!isLeader && (ctx.random.chance(0.1) || (leavers < 3 && k === template.leaders.length))) {
        makeLeaver(ctx, person, leaverStatuses[leavers % 3] ?? 'transferred');
        leavers += 1;
      }
      staff.push(person);
    }
    units.push({ id: unitId, createdAt, updatedAt: createdAt, createdBy: ctx.operator, updatedBy: ctx.operator, deletedAt: null, name: template.name, shortName: template.shortName, order: u + 1, headId, isActive: true });
  });
  return { units, staff };
}
