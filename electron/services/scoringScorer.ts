/**
 * Whose score a step is — kept apart from the login that typed it: "Cá nhân tự chấm" is the person
 * scored; "Thủ trưởng đơn vị chấm" is the actual head of their unit (for a unit head, the Chủ tịch UBND),
 * from the roster; "Hội đồng thi đua - khen thưởng" is the council.
 */
import { headScorerOf } from '../../shared/domain/leadership';
import { SCORE_STEP_LABELS, type ScoreStep, type ScoreStepName, type StepScorer } from '../../shared/schema/scoring';
import type { Staff, Unit } from '../../shared/schema/staff';
import type { Session } from './session';

export const COUNCIL_NAME = 'Hội đồng thi đua - khen thưởng';

function roster(session: Session): { staff: Staff[]; units: Unit[] } {
  return {
    staff: session.store.collection('staff').records.filter((s) => !s.deletedAt),
    units: session.store.collection('units').records.filter((u) => !u.deletedAt && u.isActive),
  };
}

/** The scorer of a step for a person (or a unit: its head scores it "self", the Chủ tịch as head). */
export function scorerFor(session: Session, subjectId: string, step: ScoreStepName, isUnit: boolean): StepScorer {
  if (step === 'councilScore') return { staffId: null, name: COUNCIL_NAME };
  const { staff, units } = roster(session);
  const unit = isUnit ? units.find((u) => u.id === subjectId) : undefined;
  const personId = isUnit ? (unit?.headId ?? null) : subjectId;
  const person = staff.find((s) => s.id === personId);
  if (step === 'selfScore') return { staffId: person?.id ?? null, name: person?.fullName ?? unit?.name ?? '' };
  const head = personId ? headScorerOf(personId, staff, units) : null;
  return head ? { staffId: head.id, name: head.fullName } : { staffId: null, name: '(chưa xác định thủ trưởng trong danh sách cán bộ)' };
}

/** The named scorer of a staff member chosen by the user (e.g. a deputy head scoring), checked against the roster. */
export function namedScorer(session: Session, staffId: string): StepScorer | null {
  const person = roster(session).staff.find((s) => s.id === staffId);
  return person ? { staffId: person.id, name: person.fullName } : null;
}

/** "Thủ trưởng đơn vị chấm: Trần Văn Hùng (người nhập: vanthu)". */
export function stepLine(step: ScoreStepName, s: ScoreStep, fallback: StepScorer): string {
  const scorer = s.scorer ?? fallback;
  return `${SCORE_STEP_LABELS[step]}: ${scorer.name || '—'} (người nhập: ${s.by})`;
}
