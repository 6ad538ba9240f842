import { promises as fs } from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { afterEach, describe, expect, it } from 'vitest';
import { buildScorecardWorkbook } from '../../electron/documents/xlsx/scorecardWorkbook';
import { exportScorecard, scorecardModel } from '../../electron/services/scorecardExport';
import { saveScores, scoreGrid } from '../../electron/services/scoringService';
import type { Session } from '../../electron/services/session';
import type { ScoreGrid } from '../../shared/api/scoringTypes';
import { RATING_LABELS } from '../../shared/schema/criteria';
import { openWard } from '../fixtures/scoring/wardScores';
import { fixedClock, tempFolder } from './helpers';
import { recalculatedSheets } from './scorecardLibreOffice';

let session: Session | null = null;
afterEach(async () => {
  await session?.close();
  session = null;
});

/** code → [total, rating label, rank] as LibreOffice computed them from the formulas. */
function readUnitSheets(sheets: Map<string, string[][]>, names: string[], totalHeading: string): Map<string, [string, string, string]> {
  const out = new Map<string, [string, string, string]>();
  for (const name of names) {
    const rows = sheets.get(name) ?? [];
    const header = rows.findIndex((r) => r[0] === 'STT');
    const cols = rows[header] ?? [];
    const [t, r, k] = [cols.indexOf(totalHeading), cols.indexOf('Xếp loại'), cols.indexOf('Hạng')];
    for (const row of rows.slice(header + 1)) {
      if (!/^\d+$/.test(row[0] ?? '')) break;
      out.set(row[1] ?? '', [row[t] ?? '', row[r] ?? '', row[k] ?? '']);
    }
  }
  return out;
}

function expected(grid: ScoreGrid): Map<string, [string, string, string]> {
  return new Map(grid.rows.map((r) => [r.code, [r.total === null ? '' : String(r.total), r.rating ? RATING_LABELS[r.rating] : 'Chưa chấm', r.rank === null ? '' : String(r.rank)]]));
}

describe('the scorecard opens in LibreOffice and recalculates to exactly the app\'s totals, ratings and ranks', () => {
  it('May 2026 (every rating, band edges, a forced rating, an unscored person) and Quý II rolled up', async () => {
    const clock = fixedClock('2026-07-02T09:00:00+07:00');
    const folder = await tempFolder('scorecard-lo');
    session = await openWard(folder, clock.now);
    await saveScores(session, { period: '2026-04', setId: 'nd335-2025', step: 'councilScore', entries: [{ subjectId: 's01', points: { 'pham-chat': 9, 'trach-nhiem': 9, 'doi-moi': 9, 'task-results': 62.5 } }, { subjectId: 's03', points: { 'pham-chat': 10, 'trach-nhiem': 10, 'doi-moi': 10, 'task-results': 60 } }] });

    for (const period of ['2026-05', '2026-Q2']) {
      const grid = await scoreGrid(session, { period, setId: 'nd335-2025' });
      expect(new Set(grid.rows.map((r) => r.rating))).toEqual(new Set(['excellent', 'good', 'meets', 'fails', null]));
      const file = path.join(folder, `${period}.xlsx`);
      const out = await exportScorecard(session, { period, setId: 'nd335-2025' });
      await fs.writeFile(file, out.bytes);
      // Poisoned copy: no cached results at all, so only LibreOffice's own recalculation can fill them.
      const model = await scorecardModel(session, { period, setId: 'nd335-2025' });
      for (const unit of model.units) for (const row of unit.rows) Object.assign(row, { total: null, rating: null, rank: null });
      const poisoned = path.join(folder, `${period}-poisoned.xlsx`);
      await fs.writeFile(poisoned, await buildScorecardWorkbook(model));

      const names = ['Văn phòng HĐND và UBND', 'KT-HT-ĐT'];
      const heading = period === '2026-05' ? 'Tổng điểm' : 'Điểm bình quân';
      for (const target of [file, poisoned]) {
        const sheets = await recalculatedSheets(target);
        expect([...sheets.keys()].sort()).toEqual(['DanhMuc', 'KT-HT-ĐT', 'Tổng hợp', 'Văn phòng HĐND và UBND', '_meta'].sort());
        expect(readUnitSheets(sheets, names, heading)).toEqual(expected(grid));
        const summary = sheets.get('Tổng hợp') ?? [];
        const vp = summary.find((r) => r[1] === 'Văn phòng HĐND và UBND');
        const counts = (['excellent', 'good', 'meets', 'fails', null] as const).map((k) => String(grid.rows.filter((r) => r.unitName === 'Văn phòng HĐND và UBND' && r.rating === k).length));
        expect(vp?.slice(4, 9)).toEqual(counts);
        // Phòng Kinh tế's unscored person is in the "Chưa chấm" column, not among the failing.
        const kt = summary.find((r) => r[1] === 'Phòng Kinh tế, Hạ tầng và Đô thị');
        expect(kt?.[8]).toBe(String(grid.rows.filter((r) => r.unitName === 'Phòng Kinh tế, Hạ tầng và Đô thị' && r.rating === null).length));
        expect(kt?.[8]).not.toBe('0');
      }
    }
  }, 120_000);

  it('writes what Excel needs: fullCalcOnLoad, cached results, protection, unlocked inputs, hidden list sheet, no fitToPage', async () => {
    const clock = fixedClock('2026-06-03T09:00:00+07:00');
    session = await openWard(await tempFolder('scorecard-xml'), clock.now);
    const out = await exportScorecard(session, { period: '2026-05', setId: 'nd335-2025' });
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.from(out.bytes) as unknown as ArrayBuffer);
    expect(wb.worksheets.map((s) => [s.name, s.state])).toEqual([['Tổng hợp', 'visible'], ['Văn phòng HĐND và UBND', 'visible'], ['KT-HT-ĐT', 'visible'], ['DanhMuc', 'hidden'], ['_meta', 'veryHidden']]);
    const vp = wb.getWorksheet('Văn phòng HĐND và UBND')!;
    expect(vp.getCell('I9').value).toMatchObject({ formula: 'IF(COUNTBLANK(E9:H9)>0,"",ROUND(E9+F9+G9+H9,2))', result: 100 });
    expect(vp.getCell('E9').protection).toMatchObject({ locked: false });
    expect(vp.getCell('I9').protection?.locked).not.toBe(false);
    expect(vp.getCell('N9').dataValidation).toMatchObject({ type: 'list', formulae: ['DanhMuc!$A$1:$A$5'] });
    expect(vp.pageSetup).toMatchObject({ orientation: 'landscape', paperSize: 9, printTitlesRow: '8:8' });
    expect(vp.pageSetup.fitToPage).toBeFalsy();
    expect(vp.getCell('A1').font?.name).toBe('Times New Roman');
    expect(wb.worksheets.every((s) => s.name.length <= 31)).toBe(true);
    const zip = await JSZip.loadAsync(out.bytes);
    expect(await zip.file('xl/workbook.xml')?.async('string')).toContain('fullCalcOnLoad="1"');
    for (const name of Object.keys(zip.files).filter((n) => n.startsWith('xl/worksheets/sheet'))) {
      const xml = (await zip.file(name)?.async('string')) ?? '';
      expect(xml).not.toContain('fitToPage');
      if (!name.endsWith('sheet5.xml')) expect(xml).toContain('<sheetProtection');
    }
  });
});
