import { describe, expect, it } from 'vitest';
import type { GridCriterion, GridRow } from '../../shared/api/scoringTypes';
import type { RatingBand } from '../../shared/schema/criteria';
import { cellProblem, liveResult, parsePastedBlock, parsePoints, splitEdits, withoutSaved } from '../../renderer/features/scorecards/gridDraft';

const criteria: GridCriterion[] = [
  { id: 'pham-chat', name: 'Phẩm chất chính trị', path: [], maxPoints: 10, input: 'manual', note: '' },
  { id: 'trach-nhiem', name: 'Tinh thần trách nhiệm', path: [], maxPoints: 10, input: 'manual', note: '' },
  { id: 'ket-qua', name: 'Kết quả thực hiện nhiệm vụ', path: [], maxPoints: 80, input: 'manual', note: '' },
];

const bands: RatingBand[] = [
  { rating: 'excellent', minPoints: 90 },
  { rating: 'good', minPoints: 70 },
  { rating: 'meets', minPoints: 50 },
  { rating: 'fails', minPoints: 0 },
];

function row(code: string, name: string, overrides: Partial<GridRow> = {}): GridRow {
  return {
    subjectId: code.toLowerCase(), code, name, position: '', unitId: 'mc', unitName: 'Bộ phận Một cửa',
    bases: {}, points: {}, autoChange: {}, autoNet: {}, deductionCount: 0, monthTotals: [], total: null, rating: null, rank: null,
    triggers: [], steps: {}, hasProducts: false, isAmended: false, missing: [], leaderLabel: '', ...overrides,
  };
}

const an = row('MC01', 'Nguyễn Thị An', { autoNet: { 'pham-chat': -5 } });
const binh = row('MC02', 'Trần Văn Bình');

describe('what the clerk types in a scoring cell', () => {
  it('reads "8,5" and "8.5" alike, an empty cell as cleared, and refuses words', () => {
    expect(parsePoints('8,5')).toBe(8.5);
    expect(parsePoints(' 8.5 ')).toBe(8.5);
    expect(parsePoints('')).toBeNull();
    expect(parsePoints('tám')).toBeNaN();
    expect(cellProblem('12', criteria[0]!)).toBe('12 vượt quá tối đa 10');
    expect(cellProblem('abc', criteria[0]!)).toBe('"abc" không phải là số điểm');
    expect(cellProblem('9,5', criteria[0]!)).toBe('');
  });
});

describe('saving nineteen cells when one is over the maximum', () => {
  it('sends the valid cells and keeps the refused one, named by person and criterion', () => {
    const edits = { mc01: { 'pham-chat': '10', 'trach-nhiem': '9', 'ket-qua': '70' }, mc02: { 'pham-chat': '12', 'trach-nhiem': '8,5' } };
    const split = splitEdits({ criteria, rows: [an, binh] }, edits);
    expect(split.entries).toEqual([
      { subjectId: 'mc01', points: { 'pham-chat': 10, 'trach-nhiem': 9, 'ket-qua': 70 } },
      { subjectId: 'mc02', points: { 'trach-nhiem': 8.5 } },
    ]);
    expect(split.problems.map((p) => p.message)).toEqual(['Trần Văn Bình (MC02) — Phẩm chất chính trị: 12 vượt quá tối đa 10']);
    expect(split.kept).toEqual({ mc02: { 'pham-chat': '12' } });
  });

  it('drops only the saved cells still holding what was sent, keeping cells typed during the save', () => {
    const sent = { mc01: { 'pham-chat': '10', 'trach-nhiem': '9' } };
    const { entries } = splitEdits({ criteria, rows: [an] }, sent);
    const now = { mc01: { 'pham-chat': '10', 'trach-nhiem': '7', 'ket-qua': '60' } };
    expect(withoutSaved(now, entries, sent)).toEqual({ mc01: { 'trach-nhiem': '7', 'ket-qua': '60' } });
  });
});

describe('the live total and rating while typing', () => {
  it('adds the typed points and takes off An\'s phê bình before anything is saved', () => {
    const live = liveResult(an, criteria, { 'pham-chat': '10', 'trach-nhiem': '10', 'ket-qua': '72' }, bands);
    expect(live).toEqual({ total: 87, rating: 'good', isEstimate: true });
  });

  it('keeps the total open while a criterion is empty or a cell is refused, and shows the saved figures without typing', () => {
    expect(liveResult(binh, criteria, { 'pham-chat': '10' }, bands).total).toBeNull();
    expect(liveResult(binh, criteria, { 'pham-chat': '12', 'trach-nhiem': '10', 'ket-qua': '70' }, bands).total).toBeNull();
    const saved = row('MC03', 'Lê Thu Cúc', { total: 74, rating: 'good' });
    expect(liveResult(saved, criteria, undefined, bands)).toEqual({ total: 74, rating: 'good', isEstimate: false });
  });

  it('never rates better than a forced rating from a discipline', () => {
    const forced = row('MC04', 'Phạm Văn Dũng', { triggers: ['Kỷ luật khiển trách'], rating: 'fails', points: { 'pham-chat': 10, 'trach-nhiem': 10 } });
    expect(liveResult(forced, criteria, { 'ket-qua': '80' }, bands)).toEqual({ total: 100, rating: 'fails', isEstimate: true });
  });
});

describe('a block pasted from Excel', () => {
  it('splits rows by line and cells by tab, dropping the trailing line Excel adds', () => {
    expect(parsePastedBlock('10\t9\t70\r\n8\t8,5\t65\r\n')).toEqual([['10', '9', '70'], ['8', '8,5', '65']]);
  });
});
