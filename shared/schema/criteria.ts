/**
 * Criteria sets (bộ tiêu chí) as persisted in criteriaSets.json: one record per set and version.
 * A set is data the ward can edit: a tree of criteria with max points, automatic deductions per
 * violation measure, bonuses per commendation, rating bands and the triggers that force a rating.
 */
import type { BaseRecord } from './records';
import type { StaffCategory } from './staff';
import type { CommendationForm, DisciplineForm, HandlingMeasure } from './violation';
import type { FindingKind } from './evaluation';

export const RATINGS = ['excellent', 'good', 'meets', 'fails'] as const;
export type Rating = (typeof RATINGS)[number];

export const RATING_LABELS: Record<Rating, string> = {
  excellent: 'Hoàn thành xuất sắc nhiệm vụ',
  good: 'Hoàn thành tốt nhiệm vụ',
  meets: 'Hoàn thành nhiệm vụ',
  fails: 'Không hoàn thành nhiệm vụ',
};

export const RATING_SHORT: Record<Rating, string> = { excellent: 'HTXSNV', good: 'HTTNV', meets: 'HTNV', fails: 'KHTNV' };

/** A total at or above minPoints gets this rating (the highest band that fits wins). */
export interface RatingBand {
  rating: Rating;
  minPoints: number;
}

/**
 * How a criterion gets its base score before automatic deductions and bonuses:
 * manual — someone must score it (0..maxPoints); startsFull — maxPoints unless someone scores it;
 * startsEmpty — 0 unless someone scores it (bonus criteria);
 * taskProducts — computed from the products assigned and completed (ND 335/2025 Điều 14), or scored by hand.
 */
export type CriterionInput = 'manual' | 'startsFull' | 'startsEmpty' | 'taskProducts' | 'unitResults';

/**
 * unitResults (leaders, ND 335/2025 Điều 15 — QUOTED-PRESS, news.laodong.vn): the results of the unit
 * led — all công chức under the leader rated at least "hoàn thành nhiệm vụ" → 100 % of the points,
 * any "không hoàn thành nhiệm vụ" → 50 %. Computed, never typed.
 */
export const CRITERION_INPUTS: CriterionInput[] = ['manual', 'startsFull', 'startsEmpty', 'taskProducts', 'unitResults'];

/** Who a staff set scores: everyone in its categories, only leaders, or everyone but leaders. */
export type SetAudience = 'all' | 'leaders' | 'nonLeaders';

/** Which violations belong to a criterion: a rule set, optionally narrowed to articles/clauses or items. */
export interface ViolationMatch {
  ruleSetId: string;
  article?: string;
  clause?: string;
  item?: string;
}

export interface Criterion {
  /** Stable key inside the set (also the Excel column key). */
  id: string;
  name: string;
  maxPoints: number;
  input: CriterionInput;
  /** Points taken off per concluded violation, by its measure (positive numbers). */
  deductions: Partial<Record<HandlingMeasure, number>>;
  /** Violations counted here; empty = only those no other criterion claims when this is the set's fallback. */
  matches: ViolationMatch[];
  /** Points added per commendation, by form. */
  bonuses: Partial<Record<CommendationForm, number>>;
  /** A label shown next to the criterion (e.g. that its points are the ward's choice, not law). */
  note: string;
  /** Groups have children; their points are the sum of the children's. */
  children: Criterion[];
}

/** A rule that forces a rating whatever the points: e.g. discipline from khiển trách up in the year → fails. */
export interface RatingTrigger {
  id: string;
  kind: 'disciplineInYear';
  /** The mildest discipline form that sets the trigger off. */
  minForm: DisciplineForm;
  forceRating: Rating;
  label: string;
  source: string;
}

/** ND 335/2025 Điều 14: how the task-result points are computed from products. */
export interface TaskRules {
  /** Share of an item's points for quantity / quality / progress (sum 1; the split is the ward's choice). */
  shares: { quantity: number; quality: number; progress: number };
  /** Percent of the item's quality points lost per failed quality assessment. */
  qualityFailPercent: number;
  /** Percent of the item's progress points lost per delay (delays with an objective cause are excused). */
  delayPercent: number;
}

export type CriteriaSubject = 'staff' | 'unit';

export interface CriteriaSetFields {
  /** The set's id, shared by its versions (e.g. 'nd335-2025'). */
  setId: string;
  version: number;
  name: string;
  shortName: string;
  subject: CriteriaSubject;
  /** Staff categories scored with this set; null = everyone (or every unit). */
  categories: StaffCategory[] | null;
  basis: string;
  criteria: Criterion[];
  bands: RatingBand[];
  triggers: RatingTrigger[];
  /** Where a violation no criterion claims is deducted; null = it only shows in the breakdown. */
  fallbackCriterionId: string | null;
  taskRules: TaskRules | null;
  /** "Xuất sắc" may not exceed this share of "tốt" in a unit or task group (ND 335: 0.2); null = no cap. */
  excellentCapOfGood: number | null;
  /** Labels about what is the ward's choice or unverified. */
  notes: string[];
  isActive: boolean;
  /** Leaders only / everyone but leaders (leaders decided from the data: leadership.ts). Absent = 'all'. */
  audience?: SetAudience;
  /** Recorded findings that force "không hoàn thành nhiệm vụ" in this set (findings.ts). Absent = none. */
  forcingFindings?: FindingKind[];
  /** For a unitResults criterion: the set the led công chức are rated with (e.g. 'nd335-2025'). */
  unitResultsFrom?: string;
  /** Sets with the same pool share the 20 % cap at ward and task-group scope (e.g. ND 335 staff and leaders). */
  capPool?: string;
}

export interface CriteriaSetRecord extends BaseRecord, CriteriaSetFields {
  isShipped: boolean;
}
