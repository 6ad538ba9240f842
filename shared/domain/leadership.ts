/**
 * Who is a leader, decided from the roster data — never from a guessed title:
 * - the head of a unit: the unit's `headId` (or, when a unit has no head recorded, a member marked
 *   `isHeadOfUnit`); they lead the công chức of their unit;
 * - the ward's Chủ tịch / Phó Chủ tịch UBND: the position is exactly that post ("Chủ tịch", "Phó Chủ tịch",
 *   optionally followed by "UBND"/"Ủy ban nhân dân" and "phường/xã …") — "Chủ tịch Hội …" is not.
 *   The Chủ tịch leads everyone else; a Phó Chủ tịch leads everyone but the Chủ tịch and the other
 *   Phó Chủ tịch (the fields assigned to each Phó Chủ tịch are not recorded: the ward's choice).
 * ND 335/2025 Điều 15 (QUOTED-PRESS, news.laodong.vn): a leader is also evaluated on the results of the
 * unit led ("công chức thuộc thẩm quyền quản lý") and on the capacity to organise the tasks.
 */
import type { StaffCategory } from '../schema/staff';

export type LeaderKind = 'unitHead' | 'wardViceChair' | 'wardChair';

export const LEADER_KIND_LABELS: Record<LeaderKind, string> = {
  unitHead: 'Người đứng đầu đơn vị',
  wardViceChair: 'Phó Chủ tịch UBND',
  wardChair: 'Chủ tịch UBND',
};

export interface LeaderStaff {
  id: string;
  fullName: string;
  position: string;
  category: StaffCategory;
  unitId: string | null;
  isHeadOfUnit: boolean;
}

export interface LeaderUnit {
  id: string;
  name: string;
  headId: string | null;
}

export interface LeaderRole {
  staffId: string;
  kind: LeaderKind;
  /** "Người đứng đầu đơn vị Văn phòng HĐND và UBND". */
  label: string;
  /** The people whose ratings make the unit's results (công chức and leaders under them). */
  subordinateIds: string[];
  /** Leaders are computed after those they lead: unit heads 1, Phó Chủ tịch 2, Chủ tịch 3. */
  depth: number;
}

const WARD_POST = /^(phó )?chủ tịch( (ubnd|ủy ban nhân dân|uỷ ban nhân dân))?( (phường|xã)( .*)?)?$/;

function normalise(text: string): string {
  return text.normalize('NFC').toLowerCase().replace(/\s+/g, ' ').trim();
}

/** 'wardChair' / 'wardViceChair' when the position is exactly the ward's Chủ tịch / Phó Chủ tịch post. */
export function wardPostOf(position: string): 'wardChair' | 'wardViceChair' | null {
  const p = normalise(position);
  if (!WARD_POST.test(p)) return null;
  return p.startsWith('phó ') ? 'wardViceChair' : 'wardChair';
}

/** Every leader of the ward with the people they lead. */
export function leaderRoles(staff: LeaderStaff[], units: LeaderUnit[]): Map<string, LeaderRole> {
  const roles = new Map<string, LeaderRole>();
  const wardPosts = new Map(staff.map((s) => [s.id, wardPostOf(s.position)] as const));
  const rated = (s: LeaderStaff) => s.category === 'civilServant' || roles.has(s.id);
  for (const unit of units) {
    const headId = unit.headId ?? staff.find((s) => s.unitId === unit.id && s.isHeadOfUnit)?.id ?? null;
    const head = staff.find((s) => s.id === headId);
    if (!head || wardPosts.get(head.id)) continue;
    roles.set(head.id, { staffId: head.id, kind: 'unitHead', label: `${LEADER_KIND_LABELS.unitHead} ${unit.name}`, subordinateIds: [], depth: 1 });
  }
  for (const s of staff) {
    const post = wardPosts.get(s.id);
    if (post) roles.set(s.id, { staffId: s.id, kind: post, label: LEADER_KIND_LABELS[post], subordinateIds: [], depth: post === 'wardChair' ? 3 : 2 });
  }
  for (const role of roles.values()) {
    const head = staff.find((s) => s.id === role.staffId);
    const members = staff.filter((s) => s.id !== role.staffId && rated(s));
    if (role.kind === 'unitHead') role.subordinateIds = members.filter((s) => s.unitId === head?.unitId && !wardPosts.get(s.id)).map((s) => s.id);
    else if (role.kind === 'wardViceChair') role.subordinateIds = members.filter((s) => !wardPosts.get(s.id)).map((s) => s.id);
    else role.subordinateIds = members.map((s) => s.id);
  }
  return roles;
}

/** The actual head who scores a person: the head of their unit, or for a unit head the ward's Chủ tịch. */
export function headScorerOf(staffId: string, staff: LeaderStaff[], units: LeaderUnit[]): LeaderStaff | null {
  const roles = leaderRoles(staff, units);
  const person = staff.find((s) => s.id === staffId);
  if (!person) return null;
  const chair = staff.find((s) => roles.get(s.id)?.kind === 'wardChair' && s.id !== staffId) ?? null;
  if (roles.has(staffId)) return chair;
  const unitHead = [...roles.values()].find((r) => r.kind === 'unitHead' && r.subordinateIds.includes(staffId));
  return staff.find((s) => s.id === unitHead?.staffId) ?? chair;
}
