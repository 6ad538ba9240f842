import { describe, expect, it } from 'vitest';
import { bandRanges, checkBands, checkTriggers } from '../../shared/domain/criteriaBands';
import { checkCriteriaSet } from '../../shared/domain/criteria';
import { DISCIPLINE_TRIGGER, ND335_BANDS } from '../../shared/domain/criteriaBuild';
import { ND335_SET } from '../../shared/domain/criteriaNd335';
import { ratingForTotal } from '../../shared/domain/rating';
import type { RatingBand } from '../../shared/schema/criteria';

describe('the rating bands a ward edits', () => {
  it('reads the ND 335 bands as ranges covering 0 – 100', () => {
    expect(bandRanges(ND335_BANDS, 100).map((r) => r.label)).toEqual(['90 – 100', '70 – dưới 90', '50 – dưới 70', '0 – dưới 50']);
    expect(checkBands(ND335_BANDS, 100)).toEqual([]);
  });

  it('accepts a ward that raises "tốt" to 75, and rates 74,5 as "hoàn thành"', () => {
    const bands: RatingBand[] = ND335_BANDS.map((b) => (b.rating === 'good' ? { ...b, minPoints: 75 } : b));
    expect(checkBands(bands, 100)).toEqual([]);
    expect(ratingForTotal(74.5, bands)).toBe('meets');
    expect(checkCriteriaSet({ ...ND335_SET, bands })).toEqual([]);
  });

  it('refuses a gap at the bottom, an overlap, a band above the maximum and a rating used twice', () => {
    expect(checkBands([{ rating: 'excellent', minPoints: 90 }, { rating: 'fails', minPoints: 10 }], 100)).toEqual(['Khung thấp nhất phải bắt đầu từ 0 điểm (đang bỏ trống 0 – dưới 10).']);
    expect(checkBands([{ rating: 'excellent', minPoints: 70 }, { rating: 'good', minPoints: 70 }, { rating: 'fails', minPoints: 0 }], 100)).toEqual(['Hai khung cùng bắt đầu từ 70 điểm (chồng lấn).']);
    expect(checkBands([{ rating: 'excellent', minPoints: 105 }, { rating: 'fails', minPoints: 0 }], 100)).toEqual(['Khung "Hoàn thành xuất sắc nhiệm vụ": điểm từ phải trong khoảng 0 – 100.']);
    expect(checkBands([{ rating: 'good', minPoints: 80 }, { rating: 'good', minPoints: 60 }, { rating: 'fails', minPoints: 0 }], 100)).toEqual(['Xếp loại "Hoàn thành tốt nhiệm vụ" có hơn một khung.']);
    expect(checkBands([{ rating: 'meets', minPoints: 90 }, { rating: 'excellent', minPoints: 50 }, { rating: 'fails', minPoints: 0 }], 100)).toEqual([
      'Khung điểm cao hơn phải có xếp loại cao hơn (xuất sắc → tốt → hoàn thành → không hoàn thành).',
    ]);
    expect(checkBands([], 100)).toEqual(['Chưa có khung xếp loại.']);
  });

  it('refuses a trigger without a label or with a repeated id', () => {
    expect(checkTriggers([DISCIPLINE_TRIGGER])).toEqual([]);
    expect(checkTriggers([DISCIPLINE_TRIGGER, { ...DISCIPLINE_TRIGGER, label: ' ' }])).toEqual([
      'Điều kiện buộc xếp loại số 2: chưa ghi nội dung.',
      'Điều kiện "số 2": mã bị trống hoặc trùng.',
    ]);
  });
});
