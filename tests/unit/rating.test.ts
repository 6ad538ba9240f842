import { describe, expect, it } from 'vitest';
import { ND335_BANDS, DISCIPLINE_TRIGGER } from '../../shared/domain/criteriaBuild';
import { checkExcellentCap, finalRating, ratingForTotal, triggerHits } from '../../shared/domain/rating';
import { toConductViolation, type ViolationFacts } from '../../shared/domain/scoringEvents';
import { violation, LATE } from '../fixtures/scoring/conduct';

describe('ND 335/2025 bands: ≥ 90 xuất sắc, 70–<90 tốt, 50–<70 hoàn thành, < 50 không hoàn thành', () => {
  it.each([
    [100, 'excellent'], [90, 'excellent'], [89.99, 'good'], [70, 'good'], [69.99, 'meets'], [50, 'meets'], [49.99, 'fails'], [0, 'fails'],
  ] as const)('%s points → %s', (total, rating) => {
    expect(ratingForTotal(total, ND335_BANDS)).toBe(rating);
  });

  it('a total that is 90 only after summing decimals (30 + 29.7 + 30.3) is still xuất sắc', () => {
    expect(ratingForTotal(30 + 29.7 + 30.3, ND335_BANDS)).toBe('excellent');
    expect(30 + 29.7 + 30.3).not.toBe(90.0000001);
  });
});

describe('a khiển trách decision in the year forces "Không hoàn thành nhiệm vụ"', () => {
  it('Anh Tuấn scores 95 in May but was reprimanded on 12/03/2026: he fails, with the decision named', () => {
    const reprimand = violation('tuan', '2026-02-20', 'reprimand', LATE, { decision: { number: '15/QĐ-UBND', date: '2026-03-12' } });
    const hits = triggerHits([DISCIPLINE_TRIGGER], [reprimand], 2026, '2026-05-31');
    expect(hits).toHaveLength(1);
    expect(hits[0]?.explanation).toBe('Kỷ luật khiển trách — quyết định số 15/QĐ-UBND ngày 12/03/2026');
    expect(finalRating(ratingForTotal(95, ND335_BANDS), hits)).toBe('fails');
  });

  it('does not reach back before the decision, nor into another year, nor count a phê bình', () => {
    const reprimand = violation('tuan', '2026-02-20', 'reprimand', LATE, { decision: { number: '15/QĐ-UBND', date: '2026-03-12' } });
    expect(triggerHits([DISCIPLINE_TRIGGER], [reprimand], 2026, '2026-02-28')).toEqual([]);
    expect(triggerHits([DISCIPLINE_TRIGGER], [reprimand], 2027, '2027-01-31')).toEqual([]);
    expect(triggerHits([DISCIPLINE_TRIGGER], [violation('tuan', '2026-04-02', 'criticism', LATE)], 2026, '2026-12-31')).toEqual([]);
  });

  it('a cảnh cáo (more severe) also counts for a trigger set at khiển trách', () => {
    const warning = violation('lan', '2026-06-01', 'warning', LATE);
    expect(triggerHits([DISCIPLINE_TRIGGER], [warning], 2026, '2026-06-30')).toHaveLength(1);
  });
});

describe('the 20 % warning: "xuất sắc" may not exceed 20 % of "tốt" in a unit', () => {
  it('Phòng Văn hóa - Xã hội: 10 tốt allow 2 xuất sắc; 2 is fine, 3 is over', () => {
    const good = Array<'good'>(10).fill('good');
    expect(checkExcellentCap([...good, 'excellent', 'excellent', 'meets'], 0.2, 'Phòng VH-XH')).toMatchObject({ excellent: 2, good: 10, allowed: 2, isOver: false });
    const over = checkExcellentCap([...good, 'excellent', 'excellent', 'excellent'], 0.2, 'Phòng VH-XH');
    expect(over).toMatchObject({ excellent: 3, allowed: 2, isOver: true });
    expect(over.message).toBe('Đơn vị Phòng VH-XH: 3 người "Hoàn thành xuất sắc nhiệm vụ" vượt 20% của 10 người "Hoàn thành tốt nhiệm vụ" (tối đa 2).');
  });

  it('a unit of 4 with no "tốt" cannot have any "xuất sắc"; unscored people do not count', () => {
    expect(checkExcellentCap(['excellent', 'meets', null, null], 0.2, 'Bộ phận Một cửa').isOver).toBe(true);
    expect(checkExcellentCap([null, 'meets'], 0.2, 'Bộ phận Một cửa').isOver).toBe(false);
    expect(checkExcellentCap(Array<'good'>(14).fill('good'), 0.2, 'x').allowed).toBe(2);
    expect(checkExcellentCap(Array<'good'>(15).fill('good'), 0.2, 'x').allowed).toBe(3);
  });
});

describe('a discipline and its thời hạn, by the violation log\'s own rule (violationCountsOn)', () => {
  // Chị Hoa: late on 02/03/2026, khiển trách by decision 21/QĐ-UBND of 10/03/2026, thời hạn 10/09/2026.
  const hoa = () => violation('hoa', '2026-03-02', 'reprimand', LATE, { decision: { number: '21/QĐ-UBND', date: '2026-03-10' }, concludedOn: '2026-03-10', expiresOn: '2026-09-10' });

  it('the 2026 year review still rates her "Không hoàn thành nhiệm vụ": she was disciplined in the evaluation year', () => {
    const hits = triggerHits([DISCIPLINE_TRIGGER], [hoa()], 2026, '2026-12-31', '2026-01-01');
    expect(hits.map((h) => h.explanation)).toEqual(['Kỷ luật khiển trách — quyết định số 21/QĐ-UBND ngày 10/03/2026']);
    expect(finalRating(ratingForTotal(92, ND335_BANDS), hits)).toBe('fails');
  });

  it('September (the thời hạn ends on the 10th) is still forced; October is not, the log no longer counts it', () => {
    expect(triggerHits([DISCIPLINE_TRIGGER], [hoa()], 2026, '2026-09-30', '2026-09-01')).toHaveLength(1);
    expect(triggerHits([DISCIPLINE_TRIGGER], [hoa()], 2026, '2026-10-31', '2026-10-01')).toEqual([]);
    expect(triggerHits([DISCIPLINE_TRIGGER], [hoa()], 2026, '2026-12-31', '2026-10-01')).toEqual([]);
  });

  it('a record cancelled, still under review, deleted or already past its thời hạn on its own day is not read at all', () => {
    const raw: ViolationFacts = { id: 'v1', staffIds: ['hoa'], date: '2026-03-02', state: 'concluded', measure: 'criticism', ruleRefs: LATE, description: '', decision: null, deletedAt: null };
    expect(toConductViolation(raw)).not.toBeNull();
    expect(toConductViolation({ ...raw, state: 'cancelled' })).toBeNull();
    expect(toConductViolation({ ...raw, state: 'underReview' })).toBeNull();
    expect(toConductViolation({ ...raw, deletedAt: '2026-03-05T00:00:00Z' })).toBeNull();
    expect(toConductViolation({ ...raw, expiresOn: '2026-03-01' })).toBeNull();
    expect(toConductViolation(raw)?.refs).toEqual([{ ruleSetId: 'qd-522-2017', article: '5', clause: '1' }]);
  });
});
