import { describe, expect, it } from 'vitest';
import { checkExcellentCap } from '../../shared/domain/rating';
import { rollUp } from '../../shared/domain/rollup';
import { cachedScore, countRatings, ratingLabel, scoreStatus } from '../../shared/domain/scoreStatus';
import { advancedCollective, advancedWorker } from '../../shared/domain/titles';
import { ND335_BANDS, DISCIPLINE_TRIGGER } from '../../shared/domain/criteriaBuild';

describe('"Chưa chấm": someone whose scorecard is not complete is never counted as failing', () => {
  it('Anh Nam has no task results for May: his cached score is empty, not 0 / "Không hoàn thành"', () => {
    expect(cachedScore({ total: null, rating: null })).toEqual({ total: null, rating: null });
    expect(cachedScore({ total: 87, rating: 'good' })).toEqual({ total: 87, rating: 'good' });
    expect(scoreStatus({ total: null, rating: null })).toBe('unscored');
    expect(ratingLabel(null)).toBe('Chưa chấm');
  });

  it('Phòng Kinh tế: 2 xuất sắc, 1 tốt, 1 không hoàn thành and 1 chưa chấm — counted apart', () => {
    expect(countRatings(['excellent', 'excellent', 'good', 'fails', null])).toEqual({ excellent: 2, good: 1, meets: 0, fails: 1, unscored: 1 });
    expect(checkExcellentCap(['good', 'good', 'good', 'good', 'good', null, null], 0.2, 'Phòng KT').allowed).toBe(1);
  });

  it('a quarter with one month unscored is the mean of the scored months and names the missing one', () => {
    const result = rollUp({ months: [{ month: '2026-04', total: 80 }, { month: '2026-05', total: null }, { month: '2026-06', total: 90 }], method: 'mean', bands: ND335_BANDS, triggers: [DISCIPLINE_TRIGGER], yearViolations: [], year: 2026, periodStart: '2026-04-01', periodEnd: '2026-06-30' });
    expect(result).toMatchObject({ total: 85, rating: 'good', monthsMissing: ['2026-05'] });
  });

  it('titles: someone without an annual classification is "Chưa chấm", not eligible', () => {
    const worker = advancedWorker({ classification: null, violations: [], year: 2026, startDate: '2020-01-01', minServiceMonths: 6 });
    expect(worker.isEligible).toBe(false);
    expect(worker.checks[0]?.detail).toBe('Chưa chấm: chưa có xếp loại chất lượng năm');
    const unit = advancedCollective([
      { staffId: 'a', fullName: 'An', isAdvancedWorker: true, violations: [] },
      { staffId: 'b', fullName: 'Bình', isAdvancedWorker: false, isUnscored: true, violations: [] },
    ], 2026);
    expect(unit.checks[0]?.detail).toBe('1/2 người (1 người chưa chấm)');
  });
});
