import { describe, expect, it } from 'vitest';
import { checkCriteriaSet, criterionForViolation, criterionLeaves, setMaxPoints } from '../../shared/domain/criteria';
import { SHIPPED_CRITERIA_SETS } from '../../shared/domain/criteriaShipped';
import { ND335_SET } from '../../shared/domain/criteriaNd335';
import { CONDUCT_SET } from '../../shared/domain/criteriaConduct';

describe('the three shipped criteria sets', () => {
  it.each(SHIPPED_CRITERIA_SETS.map((s) => [s.shortName, s] as const))('%s is usable and totals 100 points', (_name, set) => {
    expect(checkCriteriaSet(set)).toEqual([]);
    expect(setMaxPoints(set)).toBe(100);
  });

  it('ND 335: 30 general points split evenly (labelled as the ward\'s choice) + 70 task-result points', () => {
    const leaves = criterionLeaves(ND335_SET.criteria);
    expect(leaves.map((l) => l.maxPoints)).toEqual([10, 10, 10, 70]);
    expect(leaves.slice(0, 3).every((l) => l.note.includes('lựa chọn của phường'))).toBe(true);
    expect(ND335_SET.taskRules).toMatchObject({ qualityFailPercent: 25, delayPercent: 25 });
    expect(ND335_SET.bands.map((b) => b.minPoints)).toEqual([90, 70, 50, 0]);
    expect(ND335_SET.excellentCapOfGood).toBe(0.2);
  });

  it('sends a violation of QĐ 522 Điều 5 khoản 1 to "giờ giấc", of "Năm không" to its own criterion', () => {
    expect(criterionForViolation(CONDUCT_SET, [{ ruleSetId: 'qd-522-2017', article: '5', clause: '1' }])?.id).toBe('gio-giac');
    expect(criterionForViolation(CONDUCT_SET, [{ ruleSetId: 'nam-khong-2019', item: '3' }])?.id).toBe('nam-khong');
    expect(criterionForViolation(CONDUCT_SET, [{ ruleSetId: 'qd-522-2017', article: '11' }])?.id).toBe('ky-luat');
  });

  it('finds the problems of a badly edited set', () => {
    const broken = { ...CONDUCT_SET, bands: [{ rating: 'good' as const, minPoints: 70 }, { rating: 'excellent' as const, minPoints: 90 }], fallbackCriterionId: 'khong-co' };
    expect(checkCriteriaSet(broken)).toEqual([
      'Tiêu chí nhận vi phạm chưa phân loại không có trong bộ.',
      'Khung thấp nhất phải bắt đầu từ 0 điểm (đang bỏ trống 0 – dưới 70).',
    ]);
  });
});
