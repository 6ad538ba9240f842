/**
 * One person's (or unit's) score for one month on one criteria set, with every number explained.
 *
 * For each criterion: the base is the latest step that scored it (Hội đồng → thủ trưởng → tự chấm),
 * else the products (task results), else maxPoints for "startsFull" criteria; then every concluded
 * violation of the month that belongs to it takes off its measure's points, every commendation adds
 * its bonus, and the result is kept within 0..maxPoints. The total is the sum (2 decimals); a missing
 * base leaves the total open. The rating is the band of the total, unless a trigger (a discipline in the
 * year, a recorded finding) forces another. A leader's "unitResults" criterion is computed from the
 * ratings of the people they lead (unitResults.ts, ND 335/2025 Điều 15) and cannot be typed over.
 */
import type { CriteriaSetFields, Rating } from '../schema/criteria';
import { SCORE_STEPS, type ScoreStep, type ScoreStepName, type TaskProduct } from '../schema/scoring';
import { COMMENDATION_FORM_LABELS, MEASURE_LABELS } from '../schema/violation';
import { criterionForViolation, criterionLeaves, type CriterionLeaf } from './criteria';
import { finalRating, ratingForTotal, triggerHits, type TriggerHit } from './rating';
import { refLabel, type ConductCommendation, type ConductViolation } from './scoringEvents';
import { clamp, round2 } from './scoringMath';
import { taskResultPoints, type TaskResult } from './scoringTasks';
import { findingHits, type Finding } from './findings';
import { unitResultsPoints, type Subordinate, type UnitResultsOutcome } from './unitResults';

export type BaseSource = ScoreStepName | 'taskProducts' | 'unitResults' | 'default' | 'missing';

export interface DeductionLine {
  violationId: string;
  date: string;
  measure: string;
  points: number;
  refs: string;
  description: string;
}

export interface BonusLine {
  commendationId: string;
  date: string;
  form: string;
  points: number;
  reason: string;
}

export interface CriterionResult {
  criterionId: string;
  name: string;
  path: string[];
  maxPoints: number;
  base: number | null;
  baseSource: BaseSource;
  deductions: DeductionLine[];
  bonuses: BonusLine[];
  /** base − deductions + bonuses, within 0..maxPoints; null when there is no base. */
  points: number | null;
  /** The net automatic change actually applied after the 0..maxPoints limits. */
  autoChange: number;
  isFloored: boolean;
  isCapped: boolean;
  task: TaskResult | null;
  /** Leaders: the results of the unit led (ND 335/2025 Điều 15). */
  unitResults?: UnitResultsOutcome | null;
}

export interface ScoreBreakdown {
  criteria: CriterionResult[];
  total: number | null;
  bandRating: Rating | null;
  rating: Rating | null;
  triggers: TriggerHit[];
  /** Violations of the month no criterion claims (shown, not deducted). */
  unclaimed: DeductionLine[];
}

export interface ScoreInput {
  set: CriteriaSetFields;
  steps: Partial<Record<ScoreStepName, ScoreStep | null>>;
  products: TaskProduct[];
  /** Concluded violations of this person in the month (incident date in the month). */
  violations: ConductViolation[];
  commendations: ConductCommendation[];
  /** Every concluded violation of the person in the year, for the triggers. */
  yearViolations: ConductViolation[];
  year: number;
  /** First day of the month scored (a discipline past its thời hạn before it no longer forces the rating); default 1 January. */
  periodStart?: string;
  periodEnd: string;
  /** Recorded findings of the person (the set's forcingFindings decide which force the rating). */
  findings?: Finding[];
  /** Leaders: the people they lead, with their rating for the same period. */
  subordinates?: Subordinate[];
}

const STEPS_LATEST_FIRST = [...SCORE_STEPS].reverse();

function stepBase(steps: ScoreInput['steps'], criterionId: string): { value: number; source: ScoreStepName } | null {
  for (const name of STEPS_LATEST_FIRST) {
    const value = steps[name]?.points[criterionId];
    if (typeof value === 'number' && Number.isFinite(value)) return { value, source: name };
  }
  return null;
}

function deductionLine(v: ConductViolation, points: number): DeductionLine {
  return { violationId: v.id, date: v.date, measure: MEASURE_LABELS[v.measure], points, refs: v.refs.map(refLabel).join(', '), description: v.description };
}

// A period scores thousands of (person, month) pairs with one set: its leaves, and the criterion each
// violation belongs to, are worked out once per set object (sets and violations are not changed in place).
const leavesBySet = new WeakMap<CriteriaSetFields, CriterionLeaf[]>();
const claimsBySet = new WeakMap<CriteriaSetFields, WeakMap<ConductViolation, CriterionLeaf | null>>();

function leavesOf(set: CriteriaSetFields): CriterionLeaf[] {
  let leaves = leavesBySet.get(set);
  if (!leaves) leavesBySet.set(set, (leaves = criterionLeaves(set.criteria)));
  return leaves;
}

function claimOf(set: CriteriaSetFields, v: ConductViolation): CriterionLeaf | null {
  let claims = claimsBySet.get(set);
  if (!claims) claimsBySet.set(set, (claims = new WeakMap()));
  let leaf = claims.get(v);
  if (leaf === undefined) claims.set(v, (leaf = criterionForViolation(set, v.refs, leavesOf(set))));
  return leaf;
}

export function computeScore(input: ScoreInput): ScoreBreakdown {
  const { set } = input;
  const leaves = leavesOf(set);
  const deductionsBy = new Map<string, DeductionLine[]>();
  const unclaimed: DeductionLine[] = [];
  for (const v of input.violations) {
    const leaf = claimOf(set, v);
    const points = leaf?.deductions[v.measure] ?? 0;
    if (!leaf) unclaimed.push(deductionLine(v, 0));
    else {
      const lines = deductionsBy.get(leaf.id);
      if (lines) lines.push(deductionLine(v, points));
      else deductionsBy.set(leaf.id, [deductionLine(v, points)]);
    }
  }
  const criteria = leaves.map((leaf): CriterionResult => {
    const isUnitResults = leaf.input === 'unitResults';
    const stepped = isUnitResults ? null : stepBase(input.steps, leaf.id);
    const unitResults = isUnitResults ? unitResultsPoints(leaf.maxPoints, input.subordinates ?? []) : null;
    const task = leaf.input === 'taskProducts' && set.taskRules ? taskResultPoints(input.products, leaf.maxPoints, set.taskRules) : null;
    let base: number | null = null;
    let baseSource: BaseSource = 'missing';
    if (stepped) [base, baseSource] = [clamp(stepped.value, 0, leaf.maxPoints), stepped.source];
    else if (task) [base, baseSource] = [task.points, 'taskProducts'];
    else if (unitResults && unitResults.points !== null) [base, baseSource] = [unitResults.points, 'unitResults'];
    else if (leaf.input === 'startsFull') [base, baseSource] = [leaf.maxPoints, 'default'];
    else if (leaf.input === 'startsEmpty') [base, baseSource] = [0, 'default'];
    const deductions = deductionsBy.get(leaf.id) ?? [];
    const bonuses = input.commendations.flatMap((c): BonusLine[] => {
      const points = leaf.bonuses[c.form];
      return points ? [{ commendationId: c.id, date: c.date, form: COMMENDATION_FORM_LABELS[c.form] ?? c.form, points, reason: c.reason }] : [];
    });
    const raw = base === null ? null : base - deductions.reduce((s, d) => s + d.points, 0) + bonuses.reduce((s, b) => s + b.points, 0);
    const points = raw === null ? null : round2(clamp(raw, 0, leaf.maxPoints));
    return {
      criterionId: leaf.id, name: leaf.name, path: leaf.path, maxPoints: leaf.maxPoints, base, baseSource, deductions, bonuses, points,
      autoChange: points === null || base === null ? 0 : round2(points - base), isFloored: raw !== null && raw < 0, isCapped: raw !== null && raw > leaf.maxPoints, task, unitResults,
    };
  });
  const isComplete = criteria.every((c) => c.points !== null);
  const total = isComplete ? round2(criteria.reduce((s, c) => s + (c.points ?? 0), 0)) : null;
  const triggers = [
    ...triggerHits(set.triggers, input.yearViolations, input.year, input.periodEnd, input.periodStart),
    ...findingHits(input.findings ?? [], set.forcingFindings ?? [], input.year, input.periodEnd),
  ];
  const bandRating = total === null ? null : ratingForTotal(total, set.bands);
  return { criteria, total, bandRating, rating: bandRating === null ? null : finalRating(bandRating, triggers), triggers, unclaimed };
}

/** Ranks by total, highest first; equal totals share a rank (1, 2, 2, 4), like Excel's RANK. */
export function rankTotals(totals: (number | null)[]): (number | null)[] {
  return totals.map((t) => (t === null ? null : 1 + totals.filter((o) => o !== null && o > t).length));
}
