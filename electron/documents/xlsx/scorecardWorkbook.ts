/**
 * The scorecard workbook: a summary sheet, a sheet per unit, a hidden list sheet feeding the dropdowns and
 * a very hidden meta sheet (period, set, structure hash) that lets the import recognise its own files.
 * exceljs computes no formulas: every formula carries its cached result and Excel/LibreOffice recalculate on load.
 */
import { excelLib } from './excelLib';
import { LIST_SHEET, META_SHEET, REMARKS, SCORECARD_FORMAT, SCORECARD_FORMAT_VERSION, SUMMARY_SHEET, sheetNames, structureHash, type ScorecardModel, type StructureInfo } from './scorecardModel';
import { protectSheet, writeUnitSheet } from './scorecardSheet';
import { writeSummarySheet } from './scorecardSummary';

export async function buildScorecardWorkbook(model: ScorecardModel): Promise<Uint8Array> {
  const workbook = new (await excelLib()).Workbook();
  workbook.creator = 'Ward Conduct';
  workbook.created = model.date;
  workbook.calcProperties.fullCalcOnLoad = true;
  const summary = workbook.addWorksheet(SUMMARY_SHEET);
  const names = sheetNames(model.units);
  const written = model.units.map((unit, i) => writeUnitSheet(workbook.addWorksheet(names[i] ?? `Đơn vị ${i + 1}`), model, unit.name, unit.rows));
  writeSummarySheet(summary, model, written);

  const list = workbook.addWorksheet(LIST_SHEET, { state: 'hidden' });
  REMARKS.forEach((text, i) => (list.getCell(i + 1, 1).value = text));

  const info: StructureInfo = {
    period: model.period, setId: model.setId, setVersion: model.setVersion, isRollup: model.isRollup,
    criteria: model.criteria.map((c) => c.id), sheets: written.map((w) => w.structure),
  };
  const meta = workbook.addWorksheet(META_SHEET, { state: 'veryHidden' });
  const rows: [string, string | number][] = [
    ['format', SCORECARD_FORMAT], ['formatVersion', SCORECARD_FORMAT_VERSION], ['period', model.period], ['setId', model.setId],
    ['setVersion', model.setVersion], ['exportedAt', model.date.toISOString()], ['structure', JSON.stringify(info)], ['structureHash', structureHash(info)],
  ];
  rows.forEach(([key, value], i) => {
    meta.getCell(i + 1, 1).value = key;
    meta.getCell(i + 1, 2).value = value;
  });
  for (const sheet of [summary, ...workbook.worksheets.filter((s) => names.includes(s.name)), list, meta]) await protectSheet(sheet);
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}
