/** The whole demo data set for one size, built in memory from a fixed seed and the day it is made. */
import { createRandom } from './prng';
import { dayOf } from './days';
import { generatePeople } from './people';
import { commendationsOfYear, scoresOfYear, violationsOfYear } from './events';
import { DEMO_PROFILES, type CommendationRecord, type DemoSize, type ScoreRecord, type StaffRecord, type UnitRecord, type ViolationRecord } from './types';

export const DEMO_SEED = 20250701;
export const DEMO_WARD = { name: 'Phường Hồng Hà (dữ liệu mẫu)', address: 'Trụ sở UBND phường, Hà Nội (dữ liệu mẫu)' };

export interface DemoYear {
  year: string;
  violations: ViolationRecord[];
  scores: ScoreRecord[];
  commendations: CommendationRecord[];
}

export interface DemoData {
  units: UnitRecord[];
  staff: StaffRecord[];
  years: DemoYear[];
  chairman: string;
}

export function buildDemoData(size: DemoSize, now: Date, operator: string): DemoData {
  const profile = DEMO_PROFILES[size];
  const random = createRandom(DEMO_SEED + profile.staff);
  const today = dayOf(now);
  const lastYear = now.getUTCFullYear();
  const firstYear = lastYear - profile.years + 1;
  const { units, staff } = generatePeople({ random, profile, today, firstDay: `${firstYear}-01-01`, operator });
  const ability = new Map(staff.map((person) => [person.id, random.int(68, 96)]));
  const ctx = { random, today, operator };
  const years: DemoYear[] = [];
  for (let year = firstYear; year <= lastYear; year += 1) {
    const violations = violationsOfYear(ctx, staff, year, profile.violationsPerYear);
    const commendations = commendationsOfYear(ctx, staff, year, profile.commendationsPerYear);
    years.push({ year: String(year), violations, scores: scoresOfYear(ctx, staff, year, violations, commendations, ability), commendations });
  }
  const chairman = staff.find((person) => person.position === 'Chủ tịch UBND')?.fullName ?? '';
  return { units, staff, years, chairman };
}
