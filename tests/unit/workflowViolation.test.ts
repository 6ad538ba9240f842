import { describe, expect, it } from 'vitest';
import { moveProblem, nextStates, stateProblems } from '../../shared/domain/violationWorkflow';
import type { ViolationFields } from '../../shared/schema/violation';

const TODAY = '2026-03-20';

function recorded(overrides: Partial<ViolationFields> = {}): ViolationFields {
  return {
    date: '2026-03-16', time: '08:40', place: 'Bộ phận Một cửa', staffIds: ['s1', 's2'],
    ruleRefs: [{ ruleSetId: 'qd-1665-2017', version: 1, article: '3', list: 'shouldNot', item: '5' }],
    description: 'Hút thuốc tại sảnh tiếp dân', source: 'camera', recordedBy: 'Nguyễn Văn An', expiresOn: null,
    explanationDue: null, explanation: '', explanationDate: null, severity: null, measure: null, decision: null,
    conclusion: '', concludedOn: null, cancelReason: '', ...overrides,
  };
}

describe('the violation workflow: Ghi nhận → Chờ giải trình → Xem xét → Kết luận, or Hủy', () => {
  it('lets a new record go only to Chờ giải trình or Hủy, and nothing leaves Kết luận or Hủy', () => {
    expect(nextStates('recorded')).toEqual(['awaitingExplanation', 'cancelled']);
    expect(nextStates('underReview')).toEqual(['concluded', 'awaitingExplanation', 'cancelled']);
    expect(nextStates('concluded')).toEqual([]);
    expect(nextStates('cancelled')).toEqual([]);
  });

  it('refuses to skip Chờ giải trình and Xem xét on the way to Kết luận', () => {
    expect(moveProblem(recorded(), 'recorded', 'concluded', TODAY)).toBe('Không chuyển được từ "Ghi nhận" sang "Kết luận".');
  });

  it('asks for the explanation deadline before Chờ giải trình, then the explanation before Xem xét', () => {
    expect(moveProblem(recorded(), 'recorded', 'awaitingExplanation', TODAY)).toContain('Chưa nhập hạn nộp giải trình.');
    expect(moveProblem(recorded({ explanationDue: '2026-03-19' }), 'recorded', 'awaitingExplanation', TODAY)).toBeNull();
    expect(moveProblem(recorded({ explanationDue: '2026-03-19' }), 'awaitingExplanation', 'underReview', TODAY)).toContain('Chưa nhập nội dung giải trình');
    expect(moveProblem(recorded({ explanationDue: '2026-03-19', explanation: 'Tôi nhận khuyết điểm.' }), 'awaitingExplanation', 'underReview', TODAY)).toBeNull();
  });

  it('needs severity, measure, conclusion and date to conclude; a discipline also its decision number and date', () => {
    const reviewed = recorded({ explanationDue: '2026-03-19', explanation: 'Tôi nhận khuyết điểm.' });
    const missing = moveProblem(reviewed, 'underReview', 'concluded', TODAY) ?? '';
    for (const part of ['mức độ vi phạm', 'biện pháp xử lý', 'nội dung kết luận', 'ngày kết luận']) expect(missing).toContain(part);
    const reminded = { ...reviewed, severity: 'minor' as const, measure: 'reminder' as const, conclusion: 'Nhắc nhở trước cuộc họp.', concludedOn: '2026-03-20' };
    expect(moveProblem(reminded, 'underReview', 'concluded', TODAY)).toBeNull();
    const reprimanded = { ...reminded, measure: 'reprimand' as const };
    expect(moveProblem(reprimanded, 'underReview', 'concluded', TODAY)).toContain('Kỷ luật phải có số quyết định.');
    expect(moveProblem({ ...reprimanded, decision: { number: '15/QĐ-UBND', date: '2026-03-20' } }, 'underReview', 'concluded', TODAY)).toBeNull();
  });

  it('tells a person trying to move a concluded record to write an amendment instead', () => {
    expect(moveProblem(recorded(), 'concluded', 'cancelled', TODAY)).toBe('Vi phạm đã kết luận nên đã khóa; muốn sửa hãy lập đính chính có lý do.');
  });

  it('cancels only with a reason', () => {
    expect(moveProblem(recorded(), 'recorded', 'cancelled', TODAY)).toContain('Chưa nhập lý do hủy.');
    expect(moveProblem(recorded({ cancelReason: 'Ghi nhầm người' }), 'recorded', 'cancelled', TODAY)).toBeNull();
  });

  it('refuses a violation dated in the future, a conclusion before the incident and an expiry not after it', () => {
    const problems = stateProblems(recorded({ date: '2026-03-21', concludedOn: '2026-03-01', expiresOn: '2026-03-21' }), 'recorded', TODAY);
    expect(problems).toContain('Ngày vi phạm (21/03/2026) không được sau ngày hôm nay.');
    expect(problems).toContain('Ngày kết luận (01/03/2026) không được trước ngày vi phạm (21/03/2026).');
    expect(problems).toContain('Thời hạn phải sau ngày vi phạm.');
  });
});
