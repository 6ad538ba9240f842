/**
 * Scores (điểm thi đua) as persisted in scores-YYYY.json: one record per person (or unit), month and
 * criteria set. Demo records written before criteria sets ({ staffId, period, total, rating }) are a
 * subset: they have no criteriaSetId and are shown as totals only.
 */
import type { BaseRecord } from './records';
import type { Rating } from './criteria';

export const SCORE_STEPS = ['selfScore', 'headScore', 'councilScore'] as const;
export type ScoreStepName = (typeof SCORE_STEPS)[number];

export const SCORE_STEP_LABELS: Record<ScoreStepName, string> = {
  selfScore: 'Cá nhân tự chấm',
  headScore: 'Thủ trưởng đơn vị chấm',
  councilScore: 'Hội đồng thi đua - khen thưởng',
};

/**
 * Whose score a step is (the person scored, the actual head of their unit, the council) — kept apart
 * from `by`, the login that typed it (a clerk may type the head's score).
 */
export interface StepScorer {
  staffId: string | null;
  name: string;
}

/** One scoring step: base points per criterion id (before automatic deductions), who typed it and when. */
export interface ScoreStep {
  points: Record<string, number>;
  /** The login that typed the step. */
  by: string;
  at: string;
  note: string;
  /** Whose score it is; absent on steps saved before this was recorded (then derived when shown). */
  scorer?: StepScorer;
}

/** A product or piece of work assigned in the month (ND 335/2025 Điều 14), already converted ("đã quy đổi"). */
export interface TaskProduct {
  name: string;
  /** Relative weight after conversion (1 = a standard product). */
  weight: number;
  isCompleted: boolean;
  /** Failed quality assessments for a major content error. */
  qualityFailures: number;
  delays: number;
  /** Delays with an objective cause confirmed by the competent authority (not deducted). */
  excusedDelays: number;
  /**
   * Failed quality assessments whose error had an objective cause confirmed by the competent authority
   * (not deducted — ND 335/2025 Điều 14, the same exception as for delays). Absent on older records = 0.
   */
  excusedQualityFailures?: number;
}

export interface ScoreAmendment {
  at: string;
  by: string;
  reason: string;
  changes: Record<string, { from: number | null; to: number | null }>;
}

export interface ScoreRecord extends BaseRecord {
  staffId: string | null;
  /** Set for collective (unit) scorecards. */
  unitId?: string | null;
  /** 'YYYY-MM', or 'YYYY-Qn' when the ward scores by quarter (a setting). */
  period: string;
  criteriaSetId?: string;
  criteriaSetVersion?: number;
  selfScore?: ScoreStep | null;
  headScore?: ScoreStep | null;
  councilScore?: ScoreStep | null;
  products?: TaskProduct[];
  councilNote?: string;
  amendments?: ScoreAmendment[];
  /**
   * Cached result of the last computation (what lists and the demo read). null = "Chưa chấm": the
   * scorecard is not complete (never 0 / "fails"). Files written before this rule may hold 0 / 'fails'
   * for an unscored person; the cache is rewritten on the next save, and screens always recompute.
   */
  total: number | null;
  rating: Rating | null;
}
