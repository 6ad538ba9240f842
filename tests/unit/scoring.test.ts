import { describe, expect, it } from 'vitest';
import { CONDUCT_SET } from '../../shared/domain/criteriaConduct';
import { ND335_SET } from '../../shared/domain/criteriaNd335';
import { computeScore, rankTotals, type ScoreInput } from '../../shared/domain/scoring';
import { taskResultPoints } from '../../shared/domain/scoringTasks';
import type { ScoreStep, TaskProduct } from '../../shared/schema/scoring';
import { LATE, NAM_KHONG, RUDE_TO_CITIZEN, UNKNOWN_RULE, commendation, violation } from '../fixtures/scoring/conduct';

const step = (points: Record<string, number>, by: string): ScoreStep => ({ points, by, at: '2026-06-02T08:00:00.000Z', note: '' });
const product = (name: string, extra: Partial<TaskProduct> = {}): TaskProduct => ({ name, weight: 1, isCompleted: true, qualityFailures: 0, delays: 0, excusedDelays: 0, ...extra });

function input(extra: Partial<ScoreInput>): ScoreInput {
  return { set: CONDUCT_SET, steps: {}, products: [], violations: [], commendations: [], yearViolations: [], year: 2026, periodEnd: '2026-05-31', ...extra };
}

describe('ND 335/2025 Điều 14: task results from the products of the month', () => {
  it('4 products for 70 points: one clean, one failed quality once, one late twice (once excused), one not done → 49,58', () => {
    const products = [product('Báo cáo CCHC tháng'), product('Tờ trình ngân sách', { qualityFailures: 1 }), product('Hồ sơ đất đai', { delays: 2, excusedDelays: 1 }), product('Kế hoạch kiểm tra', { isCompleted: false })];
    const result = taskResultPoints(products, 70, ND335_SET.taskRules!);
    // Each product carries 70 / 4 = 17,5 points, a third each for quantity, quality, progress.
    // Failed quality: −25 % of 17,5/3; one counted delay: −25 % of 17,5/3; the unfinished one earns 0.
    const expected = 3 * 17.5 - 2 * (17.5 / 3) * 0.25;
    expect(result?.points).toBe(Math.round(expected * 100) / 100);
    expect(result?.points).toBe(49.58);
    expect(result?.products.map((p) => Math.round(p.points * 100) / 100)).toEqual([17.5, 16.04, 16.04, 0]);
    expect(result?.products[1]?.explanation).toContain('chất lượng 4,38 (trừ 1 × 25%)');
    expect(result).toMatchObject({ assigned: 4, completed: 3 });
  });

  it('lists each 25 % deduction with the points it takes, and none for a clean or unfinished product', () => {
    const products = [product('Báo cáo CCHC tháng'), product('Tờ trình ngân sách', { qualityFailures: 2 }), product('Hồ sơ đất đai', { delays: 2, excusedDelays: 1 }), product('Kế hoạch kiểm tra', { isCompleted: false, delays: 3 })];
    const result = taskResultPoints(products, 70, ND335_SET.taskRules!)!;
    expect(result.products.map((p) => p.deductions.length)).toEqual([0, 1, 1, 0]);
    const [quality] = result.products[1]!.deductions;
    expect(quality).toMatchObject({ part: 'quality', count: 2, percent: 25 });
    expect(quality!.points).toBeCloseTo((17.5 / 3) * 0.5, 9);
    expect(quality!.text).toBe('chất lượng: 2 lần không đạt × 25% → −2,92 điểm');
    expect(result.products[2]!.deductions[0]!.text).toBe('tiến độ: 1 lần chậm × 25% → −1,46 điểm');
    // What the deductions take is exactly what is missing from the full points.
    const lost = result.products.flatMap((p) => p.deductions).reduce((s, d) => s + d.points, 0);
    expect(Math.abs(3 * 17.5 - lost - result.points)).toBeLessThanOrEqual(0.005 + 1e-9);
  });

  it('four failed assessments take the whole quality part, not more; a heavier product carries more points', () => {
    const result = taskResultPoints([product('A', { qualityFailures: 5, weight: 3 }), product('B')], 70, ND335_SET.taskRules!);
    // A carries 70 × 3/4 = 52,5: quantity 17,5 + quality 0 + progress 17,5 = 35; B carries 17,5.
    expect(result?.points).toBe(52.5);
  });

  it('no products means no computed result', () => {
    expect(taskResultPoints([], 70, ND335_SET.taskRules!)).toBeNull();
  });
});

describe('a công chức scored for May 2026 on the ND 335 set', () => {
  it('takes each criterion from the latest step that scored it: Hội đồng, then thủ trưởng, then tự chấm', () => {
    const result = computeScore(input({
      set: ND335_SET,
      steps: { selfScore: step({ 'pham-chat': 10, 'trach-nhiem': 10, 'doi-moi': 8, 'task-results': 70 }, 'Nguyễn Văn An'), headScore: step({ 'pham-chat': 9, 'trach-nhiem': 9 }, 'Trưởng phòng'), councilScore: step({ 'pham-chat': 8 }, 'Hội đồng') },
    }));
    expect(result.criteria.map((c) => [c.criterionId, c.base, c.baseSource])).toEqual([
      ['pham-chat', 8, 'councilScore'], ['trach-nhiem', 9, 'headScore'], ['doi-moi', 8, 'selfScore'], ['task-results', 70, 'selfScore'],
    ]);
    expect(result.total).toBe(95);
    expect(result.rating).toBe('excellent');
  });

  it('leaves the total open while the task results are neither scored nor computed', () => {
    const result = computeScore(input({ set: ND335_SET, steps: { headScore: step({ 'pham-chat': 10, 'trach-nhiem': 10, 'doi-moi': 10 }, 'Trưởng phòng') } }));
    expect(result.total).toBeNull();
    expect(result.rating).toBeNull();
  });

  it('a phê bình for coming late costs 5 points of "phẩm chất…" and 91 becomes 86: tốt, not xuất sắc', () => {
    const late = violation('an', '2026-05-06', 'criticism', LATE);
    const result = computeScore(input({ set: ND335_SET, steps: { headScore: step({ 'pham-chat': 10, 'trach-nhiem': 9, 'doi-moi': 8, 'task-results': 64 }, 'Trưởng phòng') }, violations: [late] }));
    const phamChat = result.criteria.find((c) => c.criterionId === 'pham-chat');
    expect(phamChat?.deductions).toEqual([{ violationId: late.id, date: '2026-05-06', measure: 'Phê bình', points: 5, refs: '522:Đ5.K1', description: 'Vi phạm ngày 2026-05-06' }]);
    expect(phamChat?.points).toBe(5);
    expect(result.total).toBe(86);
    expect(result.rating).toBe('good');
  });
});

describe('the conduct scorecard applies the month\'s violations and commendations by themselves', () => {
  it('Chị Lan: late (nhắc nhở −2), curt with a citizen (phê bình −5), thanked by a citizen (+2) → 90, xuất sắc', () => {
    const result = computeScore(input({
      violations: [violation('lan', '2026-05-04', 'reminder', LATE), violation('lan', '2026-05-19', 'criticism', RUDE_TO_CITIZEN)],
      commendations: [commendation('lan', '2026-05-22', 'praise')],
    }));
    const by = Object.fromEntries(result.criteria.map((c) => [c.criterionId, c.points]));
    expect(by).toMatchObject({ 'gio-giac': 13, 'ung-xu-nhan-dan': 15, 'diem-cong': 2, 'trang-phuc': 10 });
    expect(result.total).toBe(90);
    expect(result.rating).toBe('excellent');
  });

  it('floors a criterion at 0: three kiểm điểm on "Năm không" (10 points) cost 10, not 30', () => {
    const result = computeScore(input({ violations: [1, 2, 3].map((d) => violation('minh', `2026-05-0${d}`, 'selfCriticism', NAM_KHONG)) }));
    const namKhong = result.criteria.find((c) => c.criterionId === 'nam-khong');
    expect(namKhong).toMatchObject({ points: 0, isFloored: true, autoChange: -10 });
    expect(namKhong?.deductions).toHaveLength(3);
    expect(result.total).toBe(85);
  });

  it('caps the bonus criterion at its max: two gương điển hình (+5 each) give 5', () => {
    const result = computeScore(input({ commendations: [commendation('hoa', '2026-05-02', 'exemplar'), commendation('hoa', '2026-05-20', 'exemplar')] }));
    expect(result.criteria.find((c) => c.criterionId === 'diem-cong')).toMatchObject({ points: 5, isCapped: true });
    expect(result.total).toBe(100);
  });

  it('a violation of a rule no criterion names goes to the fallback "chấp hành kỷ luật"', () => {
    const result = computeScore(input({ violations: [violation('quang', '2026-05-12', 'reminder', UNKNOWN_RULE)] }));
    expect(result.criteria.find((c) => c.criterionId === 'ky-luat')?.points).toBe(8);
    expect(result.unclaimed).toEqual([]);
  });

  it('a reprimand earlier in the year forces "không hoàn thành" even with 95 points, and says why', () => {
    const reprimand = violation('quang', '2026-01-15', 'reprimand', LATE, { decision: { number: '07/QĐ-UBND', date: '2026-01-30' } });
    const result = computeScore(input({ yearViolations: [reprimand] }));
    expect(result.total).toBe(95);
    expect(result.bandRating).toBe('excellent');
    expect(result.rating).toBe('fails');
    expect(result.triggers[0]?.label).toBe('Bị kỷ luật từ khiển trách trở lên trong năm đánh giá');
  });
});

describe('ranks like Excel RANK: equal totals share a place', () => {
  it('95, 90, 90, 80 and an unscored person → 1, 2, 2, 4, none', () => {
    expect(rankTotals([95, 90, 90, 80, null])).toEqual([1, 2, 2, 4, null]);
  });
});
