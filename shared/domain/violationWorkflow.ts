/**
 * The violation workflow: Ghi nhận → Chờ giải trình → Xem xét → Kết luận, or Hủy before the
 * conclusion; Xem xét may go back to Chờ giải trình for a further explanation. Each state requires
 * the fields of the states before it plus its own. A concluded or cancelled record is locked:
 * a concluded one changes only by an amendment with a reason.
 */
import { VIOLATION_STATE_LABELS, isDisciplineForm, type ViolationFields, type ViolationState } from '../schema/violation';
import { formatIsoDay } from './violationDates';

const TRANSITIONS: Record<ViolationState, ViolationState[]> = {
  recorded: ['awaitingExplanation', 'cancelled'],
  awaitingExplanation: ['underReview', 'cancelled'],
  underReview: ['concluded', 'awaitingExplanation', 'cancelled'],
  concluded: [],
  cancelled: [],
};

/** The states a record may move to from its state. */
export function nextStates(from: ViolationState): ViolationState[] {
  return TRANSITIONS[from];
}

export function isLocked(state: ViolationState): boolean {
  return state === 'concluded' || state === 'cancelled';
}

/** The fields each state requires (on top of the states before it), named for the form. */
export const STATE_REQUIREMENTS: Record<ViolationState, string[]> = {
  recorded: ['Ngày vi phạm', 'Người vi phạm', 'Điều khoản vi phạm', 'Nội dung vi phạm', 'Nguồn phát hiện', 'Người ghi nhận'],
  awaitingExplanation: ['Hạn nộp giải trình'],
  underReview: ['Nội dung giải trình'],
  concluded: ['Mức độ vi phạm', 'Biện pháp xử lý', 'Nội dung kết luận', 'Ngày kết luận', 'Số và ngày quyết định (nếu là kỷ luật)'],
  cancelled: ['Lý do hủy'],
};

const ORDER: ViolationState[] = ['recorded', 'awaitingExplanation', 'underReview', 'concluded'];

function notBefore(problems: string[], label: string, day: string | null, incident: string): void {
  if (day && incident && day < incident) problems.push(`${label} (${formatIsoDay(day)}) không được trước ngày vi phạm (${formatIsoDay(incident)}).`);
}

function recordedProblems(v: ViolationFields, today: string): string[] {
  const problems: string[] = [];
  if (!v.date) problems.push('Chưa nhập ngày vi phạm.');
  else if (v.date > today) problems.push(`Ngày vi phạm (${formatIsoDay(v.date)}) không được sau ngày hôm nay.`);
  if (v.staffIds.length === 0) problems.push('Chưa chọn người vi phạm.');
  if (v.ruleRefs.length === 0) problems.push('Chưa chọn điều khoản vi phạm.');
  if (!v.description.trim()) problems.push('Chưa nhập nội dung vi phạm.');
  if (!v.recordedBy.trim()) problems.push('Chưa nhập người ghi nhận.');
  if (v.expiresOn && v.date && v.expiresOn <= v.date) problems.push('Thời hạn phải sau ngày vi phạm.');
  notBefore(problems, 'Hạn nộp giải trình', v.explanationDue, v.date);
  notBefore(problems, 'Ngày giải trình', v.explanationDate, v.date);
  notBefore(problems, 'Ngày kết luận', v.concludedOn, v.date);
  notBefore(problems, 'Ngày quyết định', v.decision?.date ?? null, v.date);
  return problems;
}

function ownProblems(v: ViolationFields, state: ViolationState): string[] {
  const problems: string[] = [];
  switch (state) {
    case 'awaitingExplanation':
      if (!v.explanationDue) problems.push('Chưa nhập hạn nộp giải trình.');
      break;
    case 'underReview':
      if (!v.explanation.trim()) problems.push('Chưa nhập nội dung giải trình của người vi phạm (nếu không giải trình, ghi rõ "Không giải trình").');
      break;
    case 'concluded':
      if (!v.severity) problems.push('Chưa chọn mức độ vi phạm.');
      if (!v.measure) problems.push('Chưa chọn biện pháp xử lý.');
      if (!v.conclusion.trim()) problems.push('Chưa nhập nội dung kết luận.');
      if (!v.concludedOn) problems.push('Chưa nhập ngày kết luận.');
      if (isDisciplineForm(v.measure)) {
        if (!v.decision?.number.trim()) problems.push('Kỷ luật phải có số quyết định.');
        if (!v.decision?.date) problems.push('Kỷ luật phải có ngày quyết định.');
      }
      break;
    case 'cancelled':
      if (!v.cancelReason.trim()) problems.push('Chưa nhập lý do hủy.');
      break;
    case 'recorded':
      break;
  }
  return problems;
}

/** Everything missing or inconsistent for a record to be in `state` (empty when it may be). */
export function stateProblems(v: ViolationFields, state: ViolationState, today: string): string[] {
  const problems = recordedProblems(v, today);
  if (state === 'cancelled') return [...problems, ...ownProblems(v, 'cancelled')];
  for (const step of ORDER.slice(1, ORDER.indexOf(state) + 1)) problems.push(...ownProblems(v, step));
  if (!isDisciplineForm(v.measure) && v.decision && (v.decision.number || v.decision.date) && state === 'concluded') {
    problems.push('Chỉ ghi số quyết định khi biện pháp xử lý là một hình thức kỷ luật.');
  }
  return problems;
}

/** Null when the move is allowed with these fields; else the Vietnamese reason. */
export function moveProblem(v: ViolationFields, from: ViolationState, to: ViolationState, today: string): string | null {
  if (!TRANSITIONS[from].includes(to)) {
    if (isLocked(from)) {
      return from === 'concluded'
        ? 'Vi phạm đã kết luận nên đã khóa; muốn sửa hãy lập đính chính có lý do.'
        : 'Vi phạm đã hủy nên không chuyển tiếp được.';
    }
    return `Không chuyển được từ "${VIOLATION_STATE_LABELS[from]}" sang "${VIOLATION_STATE_LABELS[to]}".`;
  }
  const problems = stateProblems(v, to, today);
  return problems.length > 0 ? `Chưa chuyển sang "${VIOLATION_STATE_LABELS[to]}": ${problems.join(' ')}` : null;
}
