/** Turning stored violations into what the doors show: rows for lists, details for one record. */
import { allowedMeasures, type DisciplineSubject } from '../../shared/domain/disciplineForms';
import { violationCountsOn } from '../../shared/domain/violationsCounting';
import { isLocked, nextStates } from '../../shared/domain/violationWorkflow';
import type { ViolationDetail, ViolationRow } from '../../shared/api/violationsTypes';
import { MEASURE_LABELS, VIOLATION_SOURCE_LABELS, VIOLATION_STATE_LABELS, type Violation } from '../../shared/schema/violation';
import { personLabel, ruleLabel, type ViolationContext } from './violationDeps';
import type { RowLabels } from './violationSearch';

/** `labels` shares people and rule labels between rows (one list call); built per row otherwise. */
export function toViolationRow(ctx: ViolationContext, v: Violation, labels?: Pick<RowLabels, 'person' | 'rule'>): ViolationRow {
  return {
    id: v.id,
    date: v.date,
    time: v.time,
    place: v.place,
    people: v.staffIds.map((id) => (labels ? labels.person(id) : personLabel(ctx, id))),
    rules: v.ruleRefs.map((ref) => (labels ? labels.rule(ref) : ruleLabel(ctx, ref))),
    description: v.description,
    sourceLabel: VIOLATION_SOURCE_LABELS[v.source] ?? '',
    state: v.state,
    stateLabel: VIOLATION_STATE_LABELS[v.state],
    measure: v.measure,
    measureLabel: v.measure ? MEASURE_LABELS[v.measure] : '',
    severity: v.severity,
    decision: v.decision,
    expiresOn: v.expiresOn,
    evidenceCount: v.evidence.length,
    isCounting: violationCountsOn(v, ctx.today).counts,
  };
}

/** The people of a violation as the discipline rules see them (unknown ids are left out). */
export function disciplineSubjects(ctx: ViolationContext, staffIds: string[]): DisciplineSubject[] {
  return staffIds.flatMap((id) => {
    const s = ctx.staff.get(id);
    return s ? [{ fullName: s.fullName, category: s.category, position: s.position, isHeadOfUnit: s.isHeadOfUnit }] : [];
  });
}

export function toViolationDetail(ctx: ViolationContext, v: Violation): ViolationDetail {
  const decisionDate = v.decision?.date ?? v.concludedOn ?? ctx.today;
  return {
    record: v,
    row: toViolationRow(ctx, v),
    nextStates: nextStates(v.state),
    isLocked: isLocked(v.state),
    measures: allowedMeasures(disciplineSubjects(ctx, v.staffIds), decisionDate),
    counting: violationCountsOn(v, ctx.today),
  };
}
