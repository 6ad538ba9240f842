/** What the scoring methods return: grids, breakdowns, periods, import diffs, titles. */
import type { CriteriaSetFields, CriterionInput, Rating } from '../schema/criteria';
import type { PeriodAmendment, PeriodKind } from '../schema/period';
import type { ScoreAmendment, ScoreStepName, TaskProduct } from '../schema/scoring';
import type { ExcellentCapCheck, TriggerHit } from '../domain/rating';
import type { ScoreBreakdown } from '../domain/scoring';
import type { RollupMethod } from '../domain/rollup';
import type { RatingCounts } from '../domain/scoreStatus';
import type { SoldierQuota, Title, TitleEligibility, Initiative } from '../domain/titles';

export interface CriteriaSetView extends CriteriaSetFields {
  isShipped: boolean;
  maxPoints: number;
  versions: number[];
}

export interface GridCriterion {
  id: string;
  name: string;
  path: string[];
  maxPoints: number;
  input: CriterionInput;
  note: string;
}

export interface StepInfo {
  by: string;
  at: string;
}

export interface GridRow {
  subjectId: string;
  code: string;
  name: string;
  position: string;
  unitId: string | null;
  unitName: string;
  /** Entered or default base per criterion (what the grid edits). */
  bases: Record<string, number | null>;
  /** Points after automatic deductions and bonuses. */
  points: Record<string, number | null>;
  autoChange: Record<string, number>;
  /** Bonuses minus deductions per criterion before the 0..max limits (the grid's live total adds it to what is typed). */
  autoNet: Record<string, number>;
  deductionCount: number;
  /** Roll-ups: the monthly totals, in the order of ScoreGrid.months. */
  monthTotals: (number | null)[];
  total: number | null;
  rating: Rating | null;
  rank: number | null;
  triggers: string[];
  steps: Partial<Record<ScoreStepName, StepInfo>>;
  hasProducts: boolean;
  isAmended: boolean;
}

export interface ScoreGrid {
  period: string;
  periodLabel: string;
  kind: PeriodKind;
  setId: string;
  setVersion: number;
  setName: string;
  subject: 'staff' | 'unit';
  criteria: GridCriterion[];
  months: string[];
  rows: GridRow[];
  isLocked: boolean;
  lockReason: string;
  isRollup: boolean;
  rollupMethod: RollupMethod;
  units: { id: string; name: string }[];
  capChecks: ExcellentCapCheck[];
}

export interface StepView extends StepInfo {
  step: ScoreStepName;
  label: string;
  points: Record<string, number>;
  note: string;
}

export interface BreakdownView {
  period: string;
  periodLabel: string;
  setId: string;
  setName: string;
  /** The set version this period is scored with (its task rules and bands). */
  setVersion: number;
  /** The criterion computed from products (ND 335 task results), when the set has one. */
  taskCriterion: { id: string; name: string; maxPoints: number } | null;
  subjectId: string;
  code: string;
  name: string;
  position: string;
  unitName: string;
  breakdown: ScoreBreakdown | null;
  rollup: { months: { month: string; total: number | null; rating: Rating | null }[]; total: number | null; rating: Rating | null; explanation: string; triggers: TriggerHit[] } | null;
  steps: StepView[];
  products: TaskProduct[];
  amendments: ScoreAmendment[];
  isLocked: boolean;
}

export interface PeriodSummary {
  key: string;
  label: string;
  kind: PeriodKind;
  setId: string;
  setName: string;
  subjects: number;
  scored: number;
  status: 'open' | 'closed';
  closedAt: string | null;
  closedBy: string | null;
  snapshotFile: string | null;
  snapshotSha256: string | null;
  amendments: PeriodAmendment[];
  /** Each rating, and `unscored` ("Chưa chấm") counted apart. */
  counts: RatingCounts;
}

export interface ScoringSettingsView {
  rollupMethod: RollupMethod;
  soldierRatio: number;
  soldierRatioNote: string;
}

export interface ImportChange {
  id: string;
  sheet: string;
  cell: string;
  code: string;
  name: string;
  criterionId: string;
  label: string;
  from: number | string | null;
  to: number | string | null;
}

export interface ImportProblem {
  sheet: string;
  cell: string;
  message: string;
}

export interface ScorecardImportPreview {
  period: string;
  periodLabel: string;
  setId: string;
  setName: string;
  isLocked: boolean;
  changes: ImportChange[];
  problems: ImportProblem[];
  missingPeople: string[];
}

export interface ScorecardImportResult {
  applied: number;
  rejected: number;
  asAmendment: boolean;
}

export interface TitleCandidate {
  subjectId: string;
  code: string;
  name: string;
  unitName: string;
  yearTotal: number | null;
  yearRating: Rating | null;
  eligibility: TitleEligibility[];
  initiative: Initiative | null;
}

export interface TitleProposalView {
  id: string;
  year: number;
  title: Title;
  subjectId: string;
  name: string;
  status: 'proposed' | 'revoked';
  proposedAt: string;
  proposedBy: string;
  revokedAt: string | null;
  revokedBy: string | null;
  revokeReason: string;
  isEligible: boolean;
}

export interface TitlesView {
  year: number;
  people: TitleCandidate[];
  units: TitleCandidate[];
  proposals: TitleProposalView[];
  soldierQuota: SoldierQuota;
  soldierRatioNote: string;
}
