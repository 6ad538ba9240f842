/**
 * The 20 % cap at each scope: the whole ward ("trong cùng cơ quan"), each group of units with similar
 * tasks ("từng nhóm nhiệm vụ tương đồng" — the ward defines the groups) and each unit (the ward's own
 * extra check). ND 335/2025, article on classification (QUOTED-PRESS cafef.vn).
 */
import { checkExcellentCap, type CapScope, type ExcellentCapCheck } from './rating';
import type { Rating } from '../schema/criteria';

export interface CapSettings {
  capScopes: readonly CapScope[];
  taskGroups: readonly { name: string; unitIds: readonly string[] }[];
}

export interface Rated {
  unitId: string | null;
  unitName: string;
  rating: Rating | null;
}

/** Pure: the checks for one list of rated people. */
export function capChecksFor(people: Rated[], cap: number, settings: CapSettings, wardName: string): ExcellentCapCheck[] {
  const checks: ExcellentCapCheck[] = [];
  if (settings.capScopes.includes('ward')) checks.push(checkExcellentCap(people.map((p) => p.rating), cap, wardName, 'ward'));
  if (settings.capScopes.includes('taskGroup')) {
    for (const group of settings.taskGroups) checks.push(checkExcellentCap(people.filter((p) => p.unitId !== null && group.unitIds.includes(p.unitId)).map((p) => p.rating), cap, group.name, 'taskGroup'));
  }
  if (settings.capScopes.includes('unit')) {
    const units = new Map<string, Rated[]>();
    for (const p of people) units.set(p.unitId ?? '', [...(units.get(p.unitId ?? '') ?? []), p]);
    for (const group of units.values()) checks.push(checkExcellentCap(group.map((p) => p.rating), cap, group[0]?.unitName ?? '', 'unit'));
  }
  return checks;
}

