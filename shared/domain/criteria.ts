/** Pure helpers over a criteria set's tree: leaves in order, checks, which criterion a violation belongs to. */
import type { CriteriaSetFields, Criterion, ViolationMatch } from '../schema/criteria';
import { checkBands, checkTriggers } from './criteriaBands';
import type { ConductRef } from './scoringEvents';

export interface CriterionLeaf extends Criterion {
  /** Names of the groups above, outermost first. */
  path: string[];
}

/** The scored criteria (leaves), in document order. */
export function criterionLeaves(criteria: Criterion[], path: string[] = []): CriterionLeaf[] {
  return criteria.flatMap((c) => (c.children.length > 0 ? criterionLeaves(c.children, [...path, c.name]) : [{ ...c, path }]));
}

/** A group's max points are its children's sum. */
export function maxPointsOf(criterion: Criterion): number {
  return criterion.children.length > 0 ? criterion.children.reduce((sum, c) => sum + maxPointsOf(c), 0) : criterion.maxPoints;
}

export function setMaxPoints(set: Pick<CriteriaSetFields, 'criteria'>): number {
  return set.criteria.reduce((sum, c) => sum + maxPointsOf(c), 0);
}

function matches(match: ViolationMatch, ref: ConductRef): boolean {
  if (match.ruleSetId !== ref.ruleSetId) return false;
  if (match.article !== undefined && match.article !== ref.article) return false;
  if (match.clause !== undefined && match.clause !== ref.clause) return false;
  if (match.item !== undefined && match.item !== ref.item) return false;
  return true;
}

/**
 * The criterion a violation is deducted from: the first leaf (document order) with a match for any
 * of its references, else the set's fallback criterion, else none. One violation, one criterion.
 */
export function criterionForViolation(set: Pick<CriteriaSetFields, 'criteria' | 'fallbackCriterionId'>, refs: ConductRef[], leaves: CriterionLeaf[] = criterionLeaves(set.criteria)): CriterionLeaf | null {
  const claimed = leaves.find((leaf) => leaf.matches.some((m) => refs.some((ref) => matches(m, ref))));
  return claimed ?? leaves.find((leaf) => leaf.id === set.fallbackCriterionId) ?? null;
}

/** Problems that make a set unusable, in Vietnamese; empty when it is fine. */
export function checkCriteriaSet(set: CriteriaSetFields): string[] {
  const problems: string[] = [];
  const leaves = criterionLeaves(set.criteria);
  if (leaves.length === 0) problems.push('Bộ tiêu chí chưa có tiêu chí nào.');
  const ids = new Set<string>();
  for (const leaf of leaves) {
    if (ids.has(leaf.id)) problems.push(`Mã tiêu chí "${leaf.id}" bị trùng.`);
    ids.add(leaf.id);
    if (!(leaf.maxPoints > 0)) problems.push(`Tiêu chí "${leaf.name}": điểm tối đa phải lớn hơn 0.`);
    for (const [measure, points] of Object.entries(leaf.deductions)) {
      if (typeof points !== 'number' || points < 0) problems.push(`Tiêu chí "${leaf.name}": điểm trừ cho ${measure} phải là số không âm.`);
    }
    if (leaf.input === 'unitResults' && set.audience !== 'leaders') problems.push(`Tiêu chí "${leaf.name}" tính theo kết quả của đơn vị chỉ dùng trong bộ tiêu chí của người lãnh đạo.`);
    if (leaf.input === 'taskProducts' && !set.taskRules) problems.push(`Tiêu chí "${leaf.name}" tính theo sản phẩm nhưng bộ tiêu chí chưa có quy tắc tính.`);
  }
  if (set.fallbackCriterionId && !ids.has(set.fallbackCriterionId)) problems.push('Tiêu chí nhận vi phạm chưa phân loại không có trong bộ.');
  problems.push(...checkBands(set.bands, setMaxPoints(set)), ...checkTriggers(set.triggers));
  if (set.taskRules) {
    const s = set.taskRules.shares;
    if (Math.abs(s.quantity + s.quality + s.progress - 1) > 1e-9) problems.push('Tỷ trọng số lượng, chất lượng, tiến độ phải cộng lại bằng 100%.');
  }
  return problems;
}
