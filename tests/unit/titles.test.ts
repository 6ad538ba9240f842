import { describe, expect, it } from 'vitest';
import { advancedCollective, advancedWorker, gradeEmulationSoldier, hasServedMonths, soldierQuota, type YearClassification } from '../../shared/domain/titles';
import type { Rating } from '../../shared/schema/criteria';
import { LATE, violation } from '../fixtures/scoring/conduct';

const initiative = { name: 'Số hóa sổ hộ tịch', recognisedBy: 'Hội đồng sáng kiến phường', date: '2026-11-20' };
const nd335 = (rating: Rating, isComplete = true): YearClassification => ({ rating, source: 'Nghị định 335/2025 — tổng hợp 12/12 tháng', isComplete });
const worker = (rating: Rating | null, violations: ReturnType<typeof violation>[] = [], startDate: string | null = '2020-01-01') =>
  advancedWorker({ classification: rating ? nd335(rating) : null, violations, year: 2026, startDate, minServiceMonths: 6 });

describe('Lao động tiên tiến at year end (Luật TĐKT 2022 Điều 24 k.1)', () => {
  it('rated tốt for 2026, only a nhắc nhở in the year → eligible', () => {
    const result = worker('good', [violation('an', '2026-03-02', 'reminder', LATE)]);
    expect(result.isEligible).toBe(true);
    expect(result.checks.map((c) => c.isMet)).toEqual([true, true, true]);
  });

  it('rated hoàn thành (not tốt) → not eligible, with the reason and where the classification comes from', () => {
    const result = worker('meets');
    expect(result.isEligible).toBe(false);
    expect(result.checks[0]?.detail).toBe('Hoàn thành nhiệm vụ (Nghị định 335/2025 — tổng hợp 12/12 tháng)');
  });

  it('a year with months missing is provisional and does not count', () => {
    const result = advancedWorker({ classification: { rating: 'excellent', source: 'Nghị định 335/2025 — tổng hợp 11/12 tháng, thiếu 12/2026', isComplete: false }, violations: [], year: 2026, startDate: '2020-01-01', minServiceMonths: 6 });
    expect(result.isEligible).toBe(false);
    expect(result.checks[0]?.detail).toBe('Hoàn thành xuất sắc nhiệm vụ — TẠM TÍNH (Nghị định 335/2025 — tổng hợp 11/12 tháng, thiếu 12/2026)');
  });

  it('a khiển trách in 2026 blocks it; one from 2025 does not', () => {
    expect(worker('excellent', [violation('an', '2026-05-02', 'reprimand', LATE)]).isEligible).toBe(false);
    expect(worker('excellent', [violation('an', '2025-05-02', 'reprimand', LATE)]).isEligible).toBe(true);
  });

  it('recruited 01/08/2026, five months before the year ends (1/8 → 31/12), rated tốt: not proposed (under 6 months)', () => {
    const result = worker('good', [], '2026-08-01');
    expect(result.isEligible).toBe(false);
    expect(result.checks[2]).toEqual({ label: 'Đã công tác từ 6 tháng trở lên tính đến cuối năm', isMet: false, detail: 'Ngày tuyển dụng 01/08/2026 — chưa đủ 6 tháng đến 31/12/2026' });
  });

  it('the six months are counted to the day: recruited 01/07 has served 6 months by 31/12, 02/07 has not', () => {
    expect(hasServedMonths('2026-07-01', 2026, 6)).toBe(true);
    expect(hasServedMonths('2026-07-02', 2026, 6)).toBe(false);
    expect(hasServedMonths('2025-12-15', 2026, 6)).toBe(true);
    expect(hasServedMonths(null, 2026, 6)).toBe(true);
  });
});

describe('Chiến sĩ thi đua cơ sở: Lao động tiên tiến and one of xuất sắc, an initiative, a scientific work (Luật TĐKT 2022 Điều 21)', () => {
  it('rated xuất sắc for the year without any initiative → eligible, because xuất sắc is one of the three', () => {
    const result = gradeEmulationSoldier(worker('excellent'), nd335('excellent'), null);
    expect(result.isEligible).toBe(true);
    expect(result.checks[1]?.detail).toBe('Xếp loại "Hoàn thành xuất sắc nhiệm vụ"');
  });

  it('rated tốt: needs an initiative or an accepted scientific work', () => {
    expect(gradeEmulationSoldier(worker('good'), nd335('good'), null).isEligible).toBe(false);
    expect(gradeEmulationSoldier(worker('good'), nd335('good'), initiative).isEligible).toBe(true);
    const research = gradeEmulationSoldier(worker('good'), nd335('good'), { ...initiative, name: 'Đề tài cải cách thủ tục', kind: 'research' });
    expect(research.checks[1]?.detail).toBe('Đề tài, công trình khoa học "Đề tài cải cách thủ tục" — Hội đồng sáng kiến phường (2026-11-20)');
  });

  it('not Lao động tiên tiến → never, even with an initiative', () => {
    expect(gradeEmulationSoldier(worker('meets'), nd335('meets'), initiative).isEligible).toBe(false);
  });

  it('20 Lao động tiên tiến at 15 % allow 3; 4 candidates are over the ratio', () => {
    expect(soldierQuota(20, 3, 0.15)).toMatchObject({ allowed: 3, isOver: false });
    const over = soldierQuota(20, 4, 0.15);
    expect(over.isOver).toBe(true);
    expect(over.message).toBe('4 người đủ điều kiện Chiến sĩ thi đua cơ sở; tỷ lệ 15% của 20 Lao động tiên tiến cho phép 3 — vượt tỷ lệ, Hội đồng cần chọn.');
  });
});

describe('Tập thể lao động tiên tiến: more than half Lao động tiên tiến, nobody disciplined from cảnh cáo up', () => {
  const member = (name: string, isAdvancedWorker: boolean, violations = [] as ReturnType<typeof violation>[]) => ({ staffId: name, fullName: name, isAdvancedWorker, violations });

  it('3 of 5 → eligible; exactly half (2 of 4) → not', () => {
    expect(advancedCollective([member('a', true), member('b', true), member('c', true), member('d', false), member('e', false)], 2026).isEligible).toBe(true);
    const half = advancedCollective([member('a', true), member('b', true), member('c', false), member('d', false)], 2026);
    expect(half.isEligible).toBe(false);
    expect(half.checks[0]?.detail).toBe('2/4 người');
  });

  it('a khiển trách does not block the unit; a cảnh cáo does, and is named', () => {
    const reprimanded = member('Lê Văn Cường', false, [violation('c', '2026-04-01', 'reprimand', LATE)]);
    expect(advancedCollective([member('a', true), member('b', true), reprimanded], 2026).isEligible).toBe(true);
    const warned = member('Lê Văn Cường', false, [violation('c', '2026-04-01', 'warning', LATE)]);
    const result = advancedCollective([member('a', true), member('b', true), warned], 2026);
    expect(result.isEligible).toBe(false);
    expect(result.checks[1]?.detail).toBe('Lê Văn Cường: Kỷ luật cảnh cáo');
  });
});
