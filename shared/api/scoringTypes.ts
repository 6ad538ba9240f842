/** What the scoring methods return: grids, breakdowns, periods, import diffs, titles. */
import type { CriteriaSetFields, CriterionInput, Rating } from '../schema/criteria';
import type { IncompleteClose, PeriodAmendment, PeriodKind } from '../schema/period';
import type { ScoreAmendment, ScoreStepName, TaskProduct } from '../schema/scoring';
import type { CapScope, ExcellentCapCheck, TriggerHit } from '../domain/rating';
import type { ScoringCadence } from '../domain/period';
import type { ScoreBreakdown } from '../domain/scoring';
import type { RollupMethod } from '../domain/rollup';
import type { RatingCounts } from '../domain/scoreStatus';
import type { UpwardEligibility } from '../domain/titlesEarlier';
import type { SoldierQuota, Title, TitleEligibility, Initiative, YearClassification } from '../domain/titles';
import type { StaffCategory } from '../schema/staff';

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
  /** The login that typed the step. */
  by: string;
  at: string;
  /** Whose score it is (the person, the actual head, the council). */
  scorerName: string;
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
  /** Roll-ups: applicable scored periods without a complete score ("thiếu 12/2026"). */
  missing: string[];
  /** Leaders: "Người đứng đầu đơn vị …", "Chủ tịch UBND"; '' otherwise. */
  leaderLabel: string;
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
  cadence: ScoringCadence;
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
  rollup: {
    months: { month: string; total: number | null; rating: Rating | null; isApplicable: boolean }[]; total: number | null; rating: Rating | null; explanation: string; triggers: TriggerHit[];
    /** False when an applicable period is not scored: the total and rating are provisional. */
    isComplete: boolean;
    missing: string[];
  } | null;
  /** Leaders: their role ("Người đứng đầu đơn vị …"); '' otherwise. */
  leaderLabel: string;
  /** A person, or a unit (collective scorecards). */
  subjectKind: 'staff' | 'unit';
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
  /** What the set scores: people, or units (collectives) — so counts say "người" or "đơn vị". */
  subjectKind: 'staff' | 'unit';
  subjects: number;
  /** Fully scored: every applicable month (or quarter) of the period. */
  scored: number;
  /** Who is not fully scored, with the missing months ("CB0012 Nguyễn Văn A (thiếu 12/2026)"). */
  missing: string[];
  /** Closed while people were not scored: the reason and who was missing. */
  incompleteClose: IncompleteClose | null;
  status: 'open' | 'closed';
  closedAt: string | null;
  closedBy: string | null;
  snapshotFile: string | null;
  snapshotSha256: string | null;
  amendments: PeriodAmendment[];
  /** Each rating, and `unscored` ("Chưa chấm") counted apart. */
  counts: RatingCounts;
}

/** Units whose tasks are similar, checked together for the 20 % cap (the ward's own grouping). */
export interface TaskGroup {
  id: string;
  name: string;
  unitIds: string[];
}

export interface ScoringSettingsView {
  rollupMethod: RollupMethod;
  soldierRatio: number;
  soldierRatioNote: string;
  /** Score every month, or every quarter (ND 335/2025 Điều 14 allows either; the ward chooses). */
  cadence: ScoringCadence;
  /** Where the 20 % "xuất sắc" cap is checked. */
  capScopes: CapScope[];
  taskGroups: TaskGroup[];
  /** People recruited fewer months than this before the year's end are not proposed for Lao động tiên tiến. */
  minServiceMonths: number;
  minServiceNote: string;
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
  /** The year result the titles are judged on (the official classification); null = none. */
  yearTotal: number | null;
  yearRating: Rating | null;
  eligibility: TitleEligibility[];
  initiative: Initiative | null;
  /** People only (units: null). */
  classification?: YearClassification | null;
  /** The ND 335 months: scored / applicable, and which are missing. */
  monthsScored?: { scored: number; applicable: number; missing: string[] } | null;
  /** The ward's conduct scorecard for the year: evidence, not the classification. */
  conductRating?: Rating | null;
  /** Disciplines in the year ("Kỷ luật khiển trách (2026-03-12)"). */
  disciplines?: string[];
  /** Findings that forced the rating. */
  findings?: string[];
  startDate?: string | null;
  category?: StaffCategory | null;
  /** Proposals upward whose standards look at earlier years (titlesEarlier.ts), with basis and confidence. */
  upward?: UpwardEligibility[];
  /** One line per earlier year: classification, titles by decision, initiatives. */
  earlierYears?: string[];
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
