import { describe, expect, it } from 'vitest';
import { DISCIPLINE_TRIGGER, ND335_BANDS } from '../../shared/domain/criteriaBuild';
import { monthsOf, parsePeriodKey, periodLabel, periodRange, periodsContaining } from '../../shared/domain/period';
import { rollUp, rollUpTotal } from '../../shared/domain/rollup';
import { LATE, violation } from '../fixtures/scoring/conduct';

describe('period keys of the ward\'s calendar', () => {
  it('reads month, quarter, 6 months and year, and refuses anything else', () => {
    expect(parsePeriodKey('2026-05')).toEqual({ key: '2026-05', kind: 'month', year: 2026, index: 5 });
    expect(parsePeriodKey('2026-q2')).toEqual({ key: '2026-Q2', kind: 'quarter', year: 2026, index: 2 });
    expect(parsePeriodKey('2026-H1')?.kind).toBe('half');
    expect(parsePeriodKey('2026')?.kind).toBe('year');
    for (const bad of ['2026-13', '2026-Q5', '2026-H3', '26-05', '']) expect(parsePeriodKey(bad)).toBeNull();
  });

  it('knows the months, days and Vietnamese label of each period', () => {
    const q2 = parsePeriodKey('2026-Q2')!;
    expect(monthsOf(q2)).toEqual(['2026-04', '2026-05', '2026-06']);
    expect(periodRange(q2)).toEqual({ from: '2026-04-01', to: '2026-06-30' });
    expect(periodLabel(q2)).toBe('Quý II/2026');
    expect(monthsOf(parsePeriodKey('2026-H2')!)).toHaveLength(6);
    expect(periodRange(parsePeriodKey('2028-02')!).to).toBe('2028-02-29');
    expect(periodLabel(parsePeriodKey('2026-H1')!)).toBe('6 tháng đầu năm 2026');
    expect(periodsContaining('2026-08')).toEqual(['2026-08', '2026-Q3', '2026-H2', '2026']);
  });
});

describe('sơ kết and tổng kết roll up from the months', () => {
  const months = [
    { month: '2026-04', total: 92 },
    { month: '2026-05', total: 85.5 },
    { month: '2026-06', total: 88 },
  ];

  it('Quý II by the mean: (92 + 85,5 + 88) / 3 = 88,5 → tốt', () => {
    const result = rollUp({ months, method: 'mean', bands: ND335_BANDS, triggers: [], yearViolations: [], year: 2026, periodEnd: '2026-06-30' });
    expect(result.total).toBe(88.5);
    expect(result.rating).toBe('good');
    expect(result.explanation).toBe('Bình quân điểm các kỳ đã chấm (do phường tự quy định): 3/3 kỳ.');
    expect(result.isComplete).toBe(true);
  });

  it('a month not scored is left out and named: (92 + 88) / 2 = 90 → xuất sắc', () => {
    const result = rollUp({ months: [months[0]!, { month: '2026-05', total: null }, months[2]!], method: 'mean', bands: ND335_BANDS, triggers: [], yearViolations: [], year: 2026, periodEnd: '2026-06-30' });
    expect(result.total).toBe(90);
    expect(result.rating).toBe('excellent');
    expect(result.monthsMissing).toEqual(['2026-05']);
  });

  it('the mean keeps 2 decimals: 90, 89, 89 → 89,33', () => {
    expect(rollUpTotal([{ month: 'a', total: 90 }, { month: 'b', total: 89 }, { month: 'c', total: 89 }], 'mean')).toBe(89.33);
  });

  it('the "lowest" setting takes the weakest month', () => {
    expect(rollUpTotal(months, 'lowest')).toBe(85.5);
    expect(rollUpTotal([{ month: 'a', total: null }], 'lowest')).toBeNull();
  });

  it('a reprimand in August forces the year to "không hoàn thành", but not the first 6 months', () => {
    const reprimand = violation('an', '2026-08-03', 'reprimand', LATE, { decision: { number: '21/QĐ-UBND', date: '2026-08-20' } });
    const base = { months, method: 'mean' as const, bands: ND335_BANDS, triggers: [DISCIPLINE_TRIGGER], yearViolations: [reprimand], year: 2026 };
    expect(rollUp({ ...base, periodEnd: '2026-06-30' }).rating).toBe('good');
    expect(rollUp({ ...base, periodEnd: '2026-12-31' }).rating).toBe('fails');
  });
});
