/** What the evaluation methods return: the why-this-rating answer, and recorded findings and classifications. */
import type { Rating } from '../schema/criteria';
import type { FindingKind } from '../schema/evaluation';
import type { ScoreStepName } from '../schema/scoring';
import type { StaffCategory } from '../schema/staff';

/** A recorded finding or an entered annual classification (evaluationRecords.json). */
export interface EvaluationRecordView {
  id: string;
  kind: 'finding' | 'classification';
  staffId: string;
  code: string;
  name: string;
  year: number;
  date: string;
  decision: string;
  reason: string;
  findingKind: FindingKind | null;
  rating: Rating | null;
  /** What it says, in Vietnamese. */
  label: string;
  /** The rule it applies, with the article. */
  source: string;
  /** Who typed it, and when. */
  createdBy: string;
  createdAt: string;
}

/** "Why this rating" for one person and period (the `evaluate` command and the app). */
export interface EvaluationView {
  code: string;
  name: string;
  category: StaffCategory;
  position: string;
  unitName: string;
  leaderLabel: string;
  period: string;
  periodLabel: string;
  setId: string;
  setName: string;
  setVersion: number;
  total: number | null;
  rating: Rating | null;
  ratingLabel: string;
  /** False when something is not scored (a roll-up with a missing month is never complete). */
  isComplete: boolean;
  parts: {
    criterionId: string;
    name: string;
    path: string[];
    maxPoints: number;
    base: number | null;
    baseSource: string;
    points: number | null;
    deductions: { date: string; measure: string; points: number; basis: string; description: string }[];
    bonuses: { date: string; form: string; points: number; reason: string }[];
    taskDeductions: string[];
    unitResults: string | null;
  }[];
  forced: { label: string; explanation: string; forceRating: Rating; source: string }[];
  whoScored: { step: ScoreStepName; label: string; scorer: string; typedBy: string; at: string }[];
  rollup: { explanation: string; months: { month: string; total: number | null; rating: Rating | null; isApplicable: boolean }[]; missing: string[] } | null;
}
