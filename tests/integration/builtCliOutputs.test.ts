/**
 * Every file the CLI writes, written by the BUILT CLI (node bin/ward-conduct.js → out/cli) from a folder
 * outside the project, and read back: PDFs by poppler (pages, fonts embedded), workbooks by exceljs.
 * A bundling hazard (__dirname, import.meta.url, a font or rule set found only from the project folder)
 * fails here, not at a ward.
 */
import { execFileSync } from 'node:child_process';
import { mkdtemp, readFile, rm, stat } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from './cliHelpers';

let root = '';
let data = '';

beforeAll(async () => {
  root = await mkdtemp(path.join(os.tmpdir(), 'wc-built-'));
  data = path.join(root, 'data');
  expect((await runCli(['--data', data, 'init', '--ward', 'Phường Hoàn Kiếm', '--chairman', 'Nguyễn Văn An'])).code).toBe(0);
  const seed = await runCli(['--data', data, 'demo-seed', '--size', 'S']);
  expect(seed.code, seed.stderr).toBe(0);
});
afterAll(async () => {
  await rm(root, { recursive: true, force: true });
});

function pdfPages(file: string): number {
  return Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [file], { encoding: 'utf8' }))?.[1]);
}

/** Every font in the PDF is embedded (a font the printer would substitute breaks Vietnamese marks). */
function allFontsEmbedded(file: string): boolean {
  // Columns: name, type, encoding, emb, sub, uni, object, generation; the name and type hold spaces.
  const lines = execFileSync('pdffonts', [file], { encoding: 'utf8' }).trim().split('\n').slice(2);
  return lines.length > 0 && lines.every((line) => line.trim().split(/\s+/).at(-5) === 'yes');
}

async function expectPdf(args: string[], name: string, minPages = 1): Promise<string> {
  const out = path.join(root, name);
  const run = await runCli(['--data', data, ...args, '--out', out]);
  expect(run.code, `${args.join(' ')}\n${run.stderr}`).toBe(0);
  expect((await readFile(out)).subarray(0, 5).toString('latin1')).toBe('%PDF-');
  expect(pdfPages(out)).toBeGreaterThanOrEqual(minPages);
  expect(allFontsEmbedded(out)).toBe(true);
  return out;
}

async function expectWorkbook(args: string[], name: string): Promise<ExcelJS.Workbook> {
  const out = path.join(root, name);
  const run = await runCli(['--data', data, ...args, '--out', out]);
  expect(run.code, `${args.join(' ')}\n${run.stderr}`).toBe(0);
  const book = new ExcelJS.Workbook();
  await book.xlsx.readFile(out);
  expect(book.worksheets.length).toBeGreaterThan(0);
  return book;
}

describe('the built CLI writes every document a ward prints', () => {
  it('writes the wall poster, its home-printer tiles and both desk stands', async () => {
    await expectPdf(['poster', '--rules', 'nam-khong-2019', '--size', 'A2', '--crop-marks', '--bleed', '3'], 'poster-a2.pdf');
    const tiles = await expectPdf(['poster', '--rules', 'nam-khong-2019', '--size', 'A1', '--tile', 'A4'], 'poster-a1-tiles.pdf', 4);
    expect(pdfPages(tiles)).toBeGreaterThan(4);
    await expectPdf(['poster', '--rules', 'nam-khong-2019', '--size', 'desk-tent'], 'desk-tent.pdf');
    await expectPdf(['poster', '--rules', 'nam-khong-2019', '--size', 'desk-a5'], 'desk-a5.pdf');
  });

  it('writes the monthly meeting sheet and the commitment forms, one page a person', async () => {
    const month = (await runCli(['--data', data, 'violation', 'list', '--json'])).stdout;
    const first = (JSON.parse(month) as { data: { rows: { date: string }[] } }).data.rows[0]?.date.slice(0, 7);
    expect(first).toMatch(/^\d{4}-\d{2}$/);
    await expectPdf(['meeting-sheet', '--month', first!], 'meeting-sheet.pdf');
    const people = JSON.parse((await runCli(['--data', data, 'staff', 'list', '--json'])).stdout) as { data: unknown[] };
    const forms = await expectPdf(['staff', 'commitment-forms'], 'commitment-forms.pdf');
    expect(pdfPages(forms)).toBe(people.data.length);
  });

  it('writes the roster, the violation list and a scorecard as workbooks Excel opens', async () => {
    const roster = await expectWorkbook(['staff', 'export'], 'roster.xlsx');
    expect(roster.worksheets[0]!.rowCount).toBeGreaterThan(10);
    const violations = await expectWorkbook(['violation', 'export'], 'violations.xlsx');
    expect(violations.worksheets[0]!.rowCount).toBeGreaterThan(5);
    const year = new Date().getFullYear();
    const scorecard = await expectWorkbook(['scorecard', 'export', '--period', String(year)], 'scorecard.xlsx');
    expect(scorecard.worksheets.some((sheet) => sheet.state === 'visible' && sheet.rowCount > 5)).toBe(true);
  });

  it('writes a backup to a chosen file that restore can read', async () => {
    const out = path.join(root, 'sao-luu.wcbak');
    const run = await runCli(['--data', data, 'backup', '--out', out]);
    expect(run.code, run.stderr).toBe(0);
    expect((await stat(out)).size).toBeGreaterThan(1000);
  });
});
