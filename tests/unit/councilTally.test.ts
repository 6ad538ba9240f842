import { describe, expect, it } from 'vitest';
import { DEFAULT_THRESHOLDS, thresholdText } from '../../shared/domain/councilRules';
import { meetsThreshold, summarizeTally, tallyFromBallots, tallyProblems } from '../../shared/domain/councilTally';
import type { CouncilCandidate, VoteThreshold } from '../../shared/schema/council';

const candidate = (no: number, title: CouncilCandidate['title'], name: string): CouncilCandidate => ({
  no, title, subjectKind: title === 'advancedCollective' ? 'unit' : 'person', subjectId: `id${no}`, code: `CB00${no}`, name, unitName: 'Văn phòng', facts: [], isManual: false, reason: '',
});

const CANDIDATES = [candidate(1, 'advancedWorker', 'Nguyễn Văn An'), candidate(2, 'gradeEmulationSoldier', 'Nguyễn Văn An'), candidate(3, 'advancedCollective', 'Văn phòng HĐND và UBND')];
const soldier = DEFAULT_THRESHOLDS.find((t) => t.title === 'gradeEmulationSoldier')!;

describe('the secretary tallies a council of 10, 9 present', () => {
  it('Chiến sĩ thi đua cơ sở needs 70 % of ALL 10 members: 7 votes pass, 6 do not, although 6 of 8 valid ballots is 75 %', () => {
    const facts = { members: 10, present: 9 };
    const at7 = summarizeTally({ issued: 9, returned: 9, spoiled: 1, votes: { '2': 7 }, ballots: null }, facts, CANDIDATES, DEFAULT_THRESHOLDS);
    expect(at7.results[1]).toMatchObject({ no: 2, votes: 7, against: 1, baseCount: 10, percent: 70, isPassed: true, rule: 'từ 70% tổng số thành viên Hội đồng trở lên' });
    const at6 = summarizeTally({ issued: 9, returned: 9, spoiled: 1, votes: { '2': 6 }, ballots: null }, facts, CANDIDATES, DEFAULT_THRESHOLDS);
    expect(at6.results[1]).toMatchObject({ votes: 6, percent: 60, isPassed: false });
    expect(at6.valid).toBe(8);
  });

  it('"trên 50% số thành viên có mặt": 5 of 9 passes, and 5 of 10 present would not (exactly half is not more than half)', () => {
    const worker = DEFAULT_THRESHOLDS.find((t) => t.title === 'advancedWorker')!;
    expect(thresholdText(worker)).toBe('trên 50% số thành viên có mặt');
    expect(meetsThreshold(5, 9, worker)).toBe(true);
    expect(meetsThreshold(5, 10, worker)).toBe(false);
    expect(meetsThreshold(6, 10, worker)).toBe(true);
    expect(meetsThreshold(0, 0, worker)).toBe(false);
  });

  it('a ward that sets two thirds of the valid ballots: 2 of 3 passes at 66,67 % inclusive, not at 66,67 % strict', () => {
    const third: VoteThreshold = { title: 'advancedWorker', percent: 66.67, base: 'valid', isInclusive: true, basis: 'Do phường tự quy định' };
    expect(meetsThreshold(2, 3, third)).toBe(false);
    expect(meetsThreshold(2, 3, { ...third, percent: 200 / 3 })).toBe(true);
    expect(meetsThreshold(2, 3, { ...third, percent: 200 / 3, isInclusive: false })).toBe(false);
  });

  it('counts ballots typed one by one: a spoiled ballot counts for nobody, a missing ballot lowers the returned count', () => {
    const tally = tallyFromBallots(9, [
      { serial: 1, isSpoiled: false, approved: [1, 2, 3] },
      { serial: 2, isSpoiled: false, approved: [1, 3, 3] },
      { serial: 3, isSpoiled: true, approved: [1, 2] },
      { serial: 5, isSpoiled: false, approved: [] },
    ]);
    expect(tally).toMatchObject({ issued: 9, returned: 4, spoiled: 1, votes: { '1': 2, '2': 1, '3': 2 } });
    const summary = summarizeTally(tally, { members: 10, present: 9 }, CANDIDATES, DEFAULT_THRESHOLDS);
    expect(summary).toMatchObject({ issued: 9, returned: 4, missing: 5, spoiled: 1, valid: 3 });
    expect(summary.results.map((r) => [r.no, r.votes, r.against])).toEqual([[1, 2, 1], [2, 1, 2], [3, 2, 1]]);
  });

  it('refuses counts that cannot hold together, in Vietnamese', () => {
    const facts = { members: 10, present: 9 };
    expect(tallyProblems({ issued: 10, returned: 11, spoiled: 12, votes: { '1': 20, '9': 1 }, ballots: null }, facts, CANDIDATES)).toEqual([
      'Số phiếu phát ra (10) nhiều hơn số thành viên có mặt (9).',
      'Số phiếu thu về (11) nhiều hơn số phiếu phát ra (10).',
      'Số phiếu không hợp lệ (12) nhiều hơn số phiếu thu về (11).',
      'Số 1: 20 phiếu đồng ý, nhiều hơn số phiếu hợp lệ (0).',
      'Không có người/tập thể số 9 trong danh sách.',
    ]);
    const twice = tallyFromBallots(3, [{ serial: 2, isSpoiled: false, approved: [1] }, { serial: 2, isSpoiled: false, approved: [1] }, { serial: 4, isSpoiled: false, approved: [] }]);
    expect(tallyProblems(twice, facts, CANDIDATES)).toEqual(['Phiếu số 2 được nhập hai lần.', 'Phiếu số 4 vượt số phiếu phát ra (3).']);
  });

  it('every default threshold names its basis, and none claims a ward-level rule the sources do not give', () => {
    for (const t of DEFAULT_THRESHOLDS) expect(t.basis).toMatch(/^Do phường tự quy định/);
    expect(soldier.basis).toContain('NĐ 91/2017 Điều 45 khoản 8');
  });
});
