/**
 * Scorecard export bench: `npx tsx tests/bench/scorecardBench.ts`. 2,000 people × 12 criteria in 10 units,
 * the full workbook (formulas, styles, validation, protection) against a bare exceljs write of the same cells.
 * Targets: ≤ 3 s, and ≤ 2× the bare write.
 */
import ExcelJS from 'exceljs';
import { ND335_BANDS } from '../../shared/domain/criteriaBuild';
import { buildScorecardWorkbook } from '../../electron/documents/xlsx/scorecardWorkbook';
import type { ScorecardModel, ScorecardRow } from '../../electron/documents/xlsx/scorecardModel';
import { median } from './measure';

const PEOPLE = 2000;
const CRITERIA = 12;
const UNITS = 10;
const RUNS = 5;

function model(): ScorecardModel {
  const criteria = Array.from({ length: CRITERIA }, (_, i) => ({ id: `c${i + 1}`, name: `Tiêu chí số ${i + 1} về văn hóa công sở`, maxPoints: i < 10 ? 8 : 10 }));
  const units = Array.from({ length: UNITS }, (_, u) => ({
    name: `Phòng số ${u + 1} của phường`, shortName: `P${u + 1}`,
    rows: Array.from({ length: PEOPLE / UNITS }, (_, i): ScorecardRow => {
      const bases = criteria.map((c, k) => Math.max(0, c.maxPoints - ((i + k) % 4)));
      const adjustments = criteria.map((_c, k) => ((i + k) % 17 === 0 ? -2 : 0));
      const total = bases.reduce((s, b, k) => s + Math.max(0, Math.min(criteria[k]!.maxPoints, b + adjustments[k]!)), 0);
      return { code: `CB${u}${String(i).padStart(4, '0')}`, name: `Nguyễn Văn Người ${i}`, position: 'Chuyên viên', bases, adjustments, autoNote: adjustments.some((a) => a) ? 'Giờ giấc: −2 (nhắc nhở 04/05)' : '', monthTotals: [], trigger: '', forcedRating: null, total, rating: total >= 90 ? 'excellent' : 'good', rank: 1, remark: '' };
    }),
  }));
  return {
    wardName: 'Phường Hoàn Kiếm', chairman: 'Nguyễn Văn Chủ', date: new Date(), period: '2026-05', periodLabel: 'Tháng 05/2026', isRollup: false, rollupMethod: 'mean',
    setId: 'bench', setVersion: 1, setName: 'Bộ tiêu chí đo tốc độ', subjectLabel: 'Chức vụ', criteria, bands: ND335_BANDS, excellentCapOfGood: 0.2, months: [], units,
  };
}

/** The same cells (values, formula text with cached results) written with no styling, validation or protection. */
async function bare(m: ScorecardModel): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  for (const unit of m.units) {
    const sheet = wb.addWorksheet(unit.shortName);
    unit.rows.forEach((row, i) => {
      const r = i + 9;
      sheet.getRow(r).values = [i + 1, row.code, row.name, row.position, ...row.bases, { formula: `ROUND(SUM(E${r}:P${r}),2)`, result: row.total ?? 0 }, { formula: `IF(Q${r}>=90,"a","b")`, result: 'b' }, { formula: `RANK(Q${r},$Q$9:$Q$208)`, result: 1 }, row.autoNote, row.trigger, row.remark];
    });
  }
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

async function time(task: () => Promise<unknown>): Promise<number> {
  const start = performance.now();
  await task();
  return performance.now() - start;
}

const m = model();
await buildScorecardWorkbook(m);
await bare(m);
const full: number[] = [];
const plain: number[] = [];
for (let i = 0; i < RUNS; i += 1) {
  full.push(await time(() => buildScorecardWorkbook(m)));
  plain.push(await time(() => bare(m)));
}
const [f, p] = [median(full), median(plain)];
console.log(`scorecard export ${PEOPLE} people × ${CRITERIA} criteria: median ${f.toFixed(0)} ms (runs ${full.map((x) => x.toFixed(0)).join(', ')})`);
console.log(`bare exceljs write of the same cells: median ${p.toFixed(0)} ms; ratio ${(f / p).toFixed(2)}×`);
console.log(`targets: ≤ 3000 ms ${f <= 3000 ? 'OK' : 'MISSED'}; ≤ 2× bare ${f / p <= 2 ? 'OK' : 'MISSED'}`);
