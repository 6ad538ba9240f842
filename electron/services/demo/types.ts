/** Shapes of the records the demo data writes (the persisted fields beyond BaseRecord). */
import type { ScoreRecord as SchemaScoreRecord } from '../../../shared/schema/scoring';
import type { Staff, Unit } from '../../../shared/schema/staff';
import type { Commendation, Violation } from '../../../shared/schema/violation';

export type { StaffCategory, StaffStatus } from '../../../shared/schema/staff';

/** Demo units and staff use the roster's own shapes (shared/schema/staff.ts). */
export type UnitRecord = Unit;
export type StaffRecord = Staff & { gender: 'male' | 'female'; birthDate: string; unitId: string; startDate: string };

/** Demo violations and commendations use the shapes of shared/schema/violation.ts. */
export type ViolationRecord = Violation;

/** Demo scores use the scoring screens' shape (shared/schema/scoring.ts): a criteria set and a scored step. */
export type ScoreRecord = SchemaScoreRecord & { staffId: string };

export type CommendationRecord = Commendation;

export type DemoSize = 'S' | 'M' | 'L';

export interface DemoProfile {
  staff: number;
  coreUnits: number;
  schools: number;
  years: number;
  violationsPerYear: number;
  commendationsPerYear: number;
}

export const DEMO_PROFILES: Record<DemoSize, DemoProfile> = {
  S: { staff: 40, coreUnits: 6, schools: 0, years: 1, violationsPerYear: 30, commendationsPerYear: 4 },
  M: { staff: 300, coreUnits: 8, schools: 3, years: 3, violationsPerYear: 400, commendationsPerYear: 12 },
  L: { staff: 2000, coreUnits: 8, schools: 12, years: 10, violationsPerYear: 5000, commendationsPerYear: 40 },
};
