/**
 * Violations: record, edit before the conclusion, move through the workflow, amend after it.
 * Every write is checked in full (people, rule references, the measure allowed by law, the fields
 * the state requires) on a copy first, so a refused change writes nothing.
 */
import type { z } from 'zod';
import { ServiceError } from '../../shared/api/result';
import type { violationAmend, violationCreate, violationMove, violationPatch } from '../../shared/api/violationsSchemas';
import type { ViolationDetail } from '../../shared/api/violationsTypes';
import { allowedMeasures, checkMeasure, type MeasureChoice } from '../../shared/domain/disciplineForms';
import { cleanRuleRef, ruleRefKey, ruleRefProblem } from '../../shared/domain/violationRuleRef';
import { isLocked, moveProblem, stateProblems } from '../../shared/domain/violationWorkflow';
import { VIOLATION_STATE_LABELS, isDisciplineForm, type Violation, type ViolationFields, type ViolationState } from '../../shared/schema/violation';
import { applyChanges, diffFields, newRecord } from './records';
import { discardEvidence, storeEvidence, type StoredEvidence } from './evidenceService';
import { loadContext, type ViolationContext, type ViolationDeps } from './violationDeps';
import { findViolation, insertViolation, replaceViolation, yearOf } from './violationStore';
import { disciplineSubjects, toViolationDetail } from './violationViews';

type Patch = z.output<typeof violationPatch>;

const EMPTY_FIELDS: Omit<ViolationFields, 'date' | 'staffIds' | 'ruleRefs' | 'description' | 'recordedBy'> = {
  time: null, place: '', source: 'selfDetected', expiresOn: null, explanationDue: null, explanation: '', explanationDate: null,
  severity: null, measure: null, decision: null, conclusion: '', concludedOn: null, cancelReason: '',
};

const FIELD_KEYS = [
  'date', 'time', 'place', 'staffIds', 'ruleRefs', 'description', 'source', 'recordedBy', 'expiresOn', 'explanationDue',
  'explanation', 'explanationDate', 'severity', 'measure', 'decision', 'conclusion', 'concludedOn', 'cancelReason',
] as const;

/** The patch with duplicates removed and references cleaned; a decision only goes with a discipline form. */
function normalisePatch(current: ViolationFields | null, patch: Patch): Partial<ViolationFields> {
  const out: Partial<ViolationFields> = {};
  for (const key of FIELD_KEYS) if (patch[key] !== undefined) (out as Record<string, unknown>)[key] = patch[key];
  if (out.staffIds) out.staffIds = [...new Set(out.staffIds)];
  if (out.ruleRefs) {
    const seen = new Map(out.ruleRefs.map((ref) => [ruleRefKey(ref), cleanRuleRef(ref)] as const));
    out.ruleRefs = [...seen.values()];
  }
  const measure = out.measure !== undefined ? out.measure : (current?.measure ?? null);
  if (!isDisciplineForm(measure) && (current?.decision || out.decision)) out.decision = null;
  return out;
}

/** Every check but the workflow's: people exist, references exist, the measure is lawful for them. */
function contentProblems(ctx: ViolationContext, v: ViolationFields): string[] {
  const problems: string[] = [];
  const unknown = v.staffIds.filter((id) => !ctx.staff.has(id));
  if (unknown.length > 0) problems.push(`Không tìm thấy ${unknown.length} người vi phạm trong danh sách cán bộ.`);
  for (const ref of v.ruleRefs) {
    const set = ctx.ruleSets.get(`${ref.ruleSetId}@${ref.version}`);
    const problem = set ? ruleRefProblem(set, ref) : `Không có bộ quy tắc ${ref.ruleSetId} (bản ${ref.version}).`;
    if (problem) problems.push(problem);
  }
  if (v.measure) {
    const refusal = checkMeasure(disciplineSubjects(ctx, v.staffIds), v.measure, v.decision?.date ?? v.concludedOn ?? ctx.today);
    if (refusal) problems.push(refusal);
  }
  return problems;
}

function refuse(problems: string[]): void {
  if (problems.length > 0) throw new ServiceError('INVALID_INPUT', problems.join(' '));
}

function fieldsOf(v: Violation): ViolationFields {
  const out = {} as Record<string, unknown>;
  for (const key of FIELD_KEYS) out[key] = v[key];
  return out as unknown as ViolationFields;
}

export async function getViolation(deps: ViolationDeps, id: string): Promise<ViolationDetail> {
  const { record } = await findViolation(deps.session.store, id);
  return toViolationDetail(await loadContext(deps), record);
}

export async function createViolation(deps: ViolationDeps, input: z.output<typeof violationCreate>): Promise<ViolationDetail> {
  const ctx = await loadContext(deps);
  const store = deps.session.store;
  const { evidence: uploads, ...patch } = input;
  const fields: ViolationFields = { ...EMPTY_FIELDS, recordedBy: ctx.operator, ...normalisePatch(null, patch) } as ViolationFields;
  if (!fields.recordedBy) fields.recordedBy = ctx.operator;
  refuse([...contentProblems(ctx, fields), ...stateProblems(fields, 'recorded', ctx.today)]);
  const now = store.now();
  const stored: StoredEvidence[] = [];
  try {
    for (const upload of uploads) stored.push(await storeEvidence(store, upload, yearOf(fields.date), ctx.operator, now));
    const evidence = [...new Map(stored.map((s) => [s.file.sha256, s.file] as const)).values()];
    const record = newRecord({ ...fields, state: 'recorded' as const, evidence, workflow: [{ at: now.toISOString(), by: ctx.operator, from: null, to: 'recorded' as const, note: '' }], amendments: [] }, ctx.operator, now);
    await insertViolation(store, record);
    return toViolationDetail(ctx, record);
  } catch (error) {
    await discardEvidence(store, stored);
    throw error;
  }
}

async function change(deps: ViolationDeps, id: string, edit: (copy: Violation, ctx: ViolationContext, now: Date) => void): Promise<ViolationDetail> {
  const ctx = await loadContext(deps);
  const store = deps.session.store;
  const { record, year } = await findViolation(store, id);
  const copy = structuredClone(record);
  edit(copy, ctx, store.now());
  await replaceViolation(store, year, copy);
  return toViolationDetail(ctx, copy);
}

/** Edits a record that is not yet concluded or cancelled; it must still meet its state's requirements. */
export function updateViolation(deps: ViolationDeps, id: string, patch: Patch): Promise<ViolationDetail> {
  return change(deps, id, (copy, ctx, now) => {
    if (isLocked(copy.state)) {
      throw new ServiceError('CONFLICT', copy.state === 'concluded' ? 'Vi phạm đã kết luận nên đã khóa; muốn sửa hãy lập đính chính có lý do.' : 'Vi phạm đã hủy nên không sửa được.');
    }
    const next = normalisePatch(fieldsOf(copy), patch);
    const fields = { ...fieldsOf(copy), ...next };
    refuse([...contentProblems(ctx, fields), ...stateProblems(fields, copy.state, ctx.today)]);
    const changes = applyChanges<Violation>(copy, next, ctx.operator, now);
    if (Object.keys(changes).length === 0) throw new ServiceError('INVALID_INPUT', 'Không có thay đổi nào để lưu.');
  });
}

/** Moves a record to another state, with the fields that state requires. */
export function moveViolation(deps: ViolationDeps, input: z.output<typeof violationMove>): Promise<ViolationDetail> {
  return change(deps, input.id, (copy, ctx, now) => {
    const from: ViolationState = copy.state;
    const next = normalisePatch(fieldsOf(copy), input.fields);
    const fields = { ...fieldsOf(copy), ...next };
    if (input.to === 'concluded' && !fields.concludedOn) fields.concludedOn = next.concludedOn = ctx.today;
    const problem = moveProblem(fields, from, input.to, ctx.today);
    if (problem) throw new ServiceError(isLocked(from) ? 'CONFLICT' : 'INVALID_INPUT', problem);
    if (input.to !== 'cancelled') refuse(contentProblems(ctx, fields));
    applyChanges(copy, { ...next, state: input.to }, ctx.operator, now);
    copy.workflow = [...copy.workflow, { at: now.toISOString(), by: ctx.operator, from, to: input.to, note: input.note }];
  });
}

/** Corrects a concluded record: the reason and the old and new values are kept in its history. */
export function amendViolation(deps: ViolationDeps, input: z.output<typeof violationAmend>): Promise<ViolationDetail> {
  return change(deps, input.id, (copy, ctx, now) => {
    if (copy.state !== 'concluded') {
      throw new ServiceError('CONFLICT', `Chỉ lập đính chính cho vi phạm đã kết luận; vi phạm này đang ở trạng thái "${VIOLATION_STATE_LABELS[copy.state]}".`);
    }
    const next = normalisePatch(fieldsOf(copy), input.fields);
    const fields = { ...fieldsOf(copy), ...next };
    refuse([...contentProblems(ctx, fields), ...stateProblems(fields, 'concluded', ctx.today)]);
    const changes = diffFields(copy, next);
    if (Object.keys(changes).length === 0) throw new ServiceError('INVALID_INPUT', 'Đính chính không thay đổi nội dung nào.');
    applyChanges<Violation>(copy, next, ctx.operator, now);
    copy.amendments = [...copy.amendments, { at: now.toISOString(), by: ctx.operator, reason: input.reason, changes }];
  });
}

/** What the form may offer for these people on that decision date. */
export async function measuresFor(deps: ViolationDeps, staffIds: string[], decisionDate: string): Promise<MeasureChoice> {
  const ctx = await loadContext(deps);
  return allowedMeasures(disciplineSubjects(ctx, staffIds), decisionDate);
}

export { change as changeViolation };
