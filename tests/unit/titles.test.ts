import { describe, expect, it } from 'vitest';
import { advancedCollective, advancedWorker, gradeEmulationSoldier, soldierQuota } from '../../shared/domain/titles';
import { LATE, violation } from '../fixtures/scoring/conduct';

const initiative = { name: 'Số hóa sổ hộ tịch', recognisedBy: 'Hội đồng sáng kiến phường', date: '2026-11-20' };

describe('Lao động tiên tiến at year end', () => {
  it('rated tốt for 2026, only a nhắc nhở in the year → eligible', () => {
    const result = advancedWorker('good', [violation('an', '2026-03-02', 'reminder', LATE)], 2026);
    expect(result.isEligible).toBe(true);
    expect(result.checks.map((c) => c.isMet)).toEqual([true, true]);
  });

  it('rated hoàn thành (not tốt) → not eligible, with the reason', () => {
    const result = advancedWorker('meets', [], 2026);
    expect(result.isEligible).toBe(false);
    expect(result.checks[0]?.detail).toBe('Xếp loại năm: Hoàn thành nhiệm vụ');
  });

  it('a khiển trách in 2026 blocks it; one from 2025 does not', () => {
    expect(advancedWorker('excellent', [violation('an', '2026-05-02', 'reprimand', LATE)], 2026).isEligible).toBe(false);
    expect(advancedWorker('excellent', [violation('an', '2025-05-02', 'reprimand', LATE)], 2026).isEligible).toBe(true);
  });
});

describe('Chiến sĩ thi đua cơ sở: Lao động tiên tiến plus a recognised initiative, within the ratio', () => {
  it('needs both', () => {
    const worker = advancedWorker('excellent', [], 2026);
    expect(gradeEmulationSoldier(worker, initiative).isEligible).toBe(true);
    expect(gradeEmulationSoldier(worker, null).isEligible).toBe(false);
    expect(gradeEmulationSoldier(advancedWorker('meets', [], 2026), initiative).isEligible).toBe(false);
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
