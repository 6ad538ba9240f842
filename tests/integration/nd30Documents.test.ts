/**
 * The ward's administrative documents read back as printed: the meeting sheet and the documents of
 * one violation and one commendation, in PDF (poppler) and in Word (LibreOffice → PDF), and the
 * roster export (LibreOffice). Checked: ND 30 margins, page numbers at the top centre from page 2,
 * the serif embedded, the date line's size, written-out rule references, typographic quotes, no
 * document number broken at its hyphen, readable text size on paper.
 */
import { execFileSync } from 'node:child_process';
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { mmToPt } from '../../shared/domain/posterSizes';
import { buildRosterWorkbook, type RosterExportRow } from '../../electron/documents/xlsx/rosterExport';
import { fonts, median, pageCount, renderPng, wordBoxes, type WordBox } from '../fixtures/poster/readPdf';
import { unzipEntries } from '../fixtures/unzip';
import { repoRoot } from './cliHelpers';
import { convertWithLibreOffice } from './scorecardLibreOffice';
import { CLAUSE_2_1, SMOKING, openWard, type Ward } from './violationFixtures';

const OUT = path.join(repoRoot, 'test-output', 'print');
let ward: Ward | null = null;
afterEach(async () => {
  await ward?.close();
  ward = null;
});

const A4 = { width: mmToPt(210), height: mmToPt(297) };
const TOL = 1.5;

async function save(w: Ward, name: string, dataBase64: string): Promise<string> {
  const file = path.join(w.folder, name);
  await fs.writeFile(file, Buffer.from(dataBase64, 'base64'));
  return file;
}

function rawLines(file: string): string[] {
  return execFileSync('pdftotext', ['-raw', file, '-'], { encoding: 'utf8' }).normalize('NFC').split('\n');
}

/** ND 30 page: text inside 20 / 30 / 15 / 20 mm margins, page number alone at the top centre from page 2, the serif embedded. */
function expectNd30Pdf(file: string): WordBox[] {
  const pages = pageCount(file);
  const words = wordBoxes(file, 1, pages);
  const centre = mmToPt(30) + (A4.width - mmToPt(45)) / 2;
  for (const w of words) {
    const isPageNumber = w.page > 1 && w.yMax < mmToPt(20) && w.text === String(w.page);
    if (isPageNumber) {
      expect(Math.abs((w.xMin + w.xMax) / 2 - centre), `page number ${w.page} centred`).toBeLessThan(mmToPt(3));
      continue;
    }
    expect(w.xMin, `"${w.text}" left of the 30 mm margin`).toBeGreaterThanOrEqual(mmToPt(30) - TOL);
    expect(w.xMax, `"${w.text}" right of the 15 mm margin`).toBeLessThanOrEqual(A4.width - mmToPt(15) + TOL);
    expect(w.yMin, `"${w.text}" in the top margin`).toBeGreaterThanOrEqual(mmToPt(20) - TOL);
    expect(w.yMax, `"${w.text}" in the bottom margin`).toBeLessThanOrEqual(A4.height - mmToPt(20) + TOL);
  }
  for (let page = 2; page <= pages; page += 1) expect(words.some((w) => w.page === page && w.text === String(page) && w.yMax < mmToPt(20)), `number on page ${page}`).toBe(true);
  expect(words.some((w) => w.page === 1 && w.yMax < mmToPt(20))).toBe(false);
  const used = fonts(file);
  expect(used.length).toBeGreaterThan(0);
  for (const font of used) {
    expect(font.isEmbedded).toBe(true);
    expect(font.name).toMatch(/LiberationSerif|TimesNewRoman|Times/);
  }
  const text = rawLines(file).join('\n');
  expect(text).not.toMatch(/["']/);
  expect(text).not.toMatch(/\d{1,2}:\d{2}:\d{2}/);
  // No document number broken at its hyphen ("NĐ-" at a line end, "CP" on the next).
  for (const line of rawLines(file)) expect(line, line).not.toMatch(/\p{Lu}-$/u);
  return words;
}

/** The italic date line under the motto, at 13–14 pt: its "tháng" word box (Liberation/Times ≈ 1.1 × size). */
function expectDateLine(words: WordBox[]): void {
  const month = words.find((w) => w.page === 1 && w.text === 'tháng')!;
  expect(month).toBeDefined();
  const height = month.yMax - month.yMin;
  expect(height).toBeGreaterThanOrEqual(13 * 1.05);
  expect(height).toBeLessThanOrEqual(14 * 1.25);
  expect(month.xMin).toBeGreaterThan(A4.width / 2 - mmToPt(20));
}

describe('ND 30 documents of the ward', () => {
  it('prints the May meeting sheet, the three documents of a violation and the commendation decision in ND 30 form', async () => {
    ward = await openWard('2026-06-05T06:14:00.000Z');
    const w = ward;
    await w.must('updateProfile', { wardName: 'Phường Hoàn Kiếm', operatorName: 'Nguyễn Thị Hoa', chairman: 'Nguyễn Văn An' });
    const violation = await w.must('createViolation', {
      date: '2026-05-16', staffIds: [w.ids.binh], ruleRefs: [SMOKING, CLAUSE_2_1], description: 'Hút thuốc tại sảnh tiếp dân của "Bộ phận Một cửa"', measure: 'reprimand',
    });
    const commendation = await w.must('createCommendation', { date: '2026-05-12', staffIds: [w.ids.cuong], reason: 'Trả lại ví cho công dân', form: 'goodDeed' });
    await fs.mkdir(OUT, { recursive: true });

    const sheet = await save(w, 'sheet.pdf', (await w.must('printMeetingSheet', { month: '2026-05' })).dataBase64);
    const sheetWords = expectNd30Pdf(sheet);
    expectDateLine(sheetWords);
    const sheetText = rawLines(sheet).join(' ');
    expect(sheetText).toContain('mục 5 “Không nên làm”, Điều 3 (QĐ số 1665/QĐ-UBND)');
    expect(sheetText).not.toMatch(/\d+:Đ\d/);
    expect(sheetText).not.toContain('Tôi tên là');

    for (const doc of ['giai-trinh', 'bien-ban', 'quyet-dinh'] as const) {
      const out = await w.must('printViolationDocument', { id: violation.record.id, doc, format: 'pdf' });
      expect(out.fileName).toBe(`${{ 'giai-trinh': 'giay-yeu-cau-giai-trinh', 'bien-ban': 'bien-ban-hop-kiem-diem', 'quyet-dinh': 'du-thao-quyet-dinh-ky-luat' }[doc]}-2026-05-16.pdf`);
      const file = await save(w, out.fileName, out.dataBase64);
      const words = expectNd30Pdf(file);
      expectDateLine(words);
      const text = rawLines(file).join(' ');
      expect(text).toContain('Trần Thị Bình');
      expect(text).toContain('“Bộ phận Một cửa”');
      renderPng(file, path.join(OUT, doc), 30);
    }
    const decision = rawLines(path.join(w.folder, 'du-thao-quyet-dinh-ky-luat-2026-05-16.pdf')).join(' ');
    // Bình is a civil servant; in May 2026 ND 172/2025 allows khiển trách, so the draft names it.
    expect(decision).toContain('hình thức khiển trách');
    expect(decision).toContain('Nghị định 172/2025/NĐ-CP');
    expect(decision).toContain('DỰ THẢO');
    expect(decision).toContain('Nguyễn Văn An');

    const praise = await w.must('printCommendationDocument', { id: commendation.id, format: 'pdf' });
    const praiseFile = await save(w, praise.fileName, praise.dataBase64);
    expectNd30Pdf(praiseFile);
    expect(rawLines(praiseFile).join(' ')).toContain('Lê Văn Cường');
    renderPng(sheet, path.join(OUT, 'meeting-sheet'), 30);
    renderPng(praiseFile, path.join(OUT, 'commendation'), 30);
  }, 120_000);

  it('writes the draft discipline decision as a Word file in Times New Roman with ND 30 margins that LibreOffice opens on A4', async () => {
    ward = await openWard('2026-06-05T06:14:00.000Z');
    const w = ward;
    const violation = await w.must('createViolation', { date: '2026-05-16', staffIds: [w.ids.binh], ruleRefs: [SMOKING], description: 'Hút thuốc tại sảnh', measure: 'reprimand' });
    const out = await w.must('printViolationDocument', { id: violation.record.id, doc: 'quyet-dinh', format: 'docx' });
    expect(out.fileName.endsWith('.docx')).toBe(true);
    const file = await save(w, out.fileName, out.dataBase64);
    const xml = new Map(await unzipEntries(await fs.readFile(file)));
    const body = xml.get('word/document.xml')!;
    expect(body).toMatch(/<w:pgMar w:top="1134" w:right="850" w:bottom="1134" w:left="1701"/);
    expect(body).toContain('<w:noBreakHyphen/>');
    expect(body).toContain('Times New Roman');
    expect(body).toContain('<w:titlePg/>');
    await convertWithLibreOffice(file, 'pdf', w.folder);
    const pdf = file.replace(/\.docx$/, '.pdf');
    expect(pageCount(pdf)).toBeLessThanOrEqual(2);
    const text = rawLines(pdf).join(' ');
    for (const expected of ['ỦY BAN NHÂN DÂN', 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'QUYẾT ĐỊNH', 'Trần Thị Bình', 'khiển trách', 'Nơi nhận']) expect(text).toContain(expected);
    const words = wordBoxes(pdf, 1);
    expect(Math.min(...words.map((x) => x.xMin))).toBeGreaterThanOrEqual(mmToPt(30) - 3);
    renderPng(pdf, path.join(OUT, 'quyet-dinh-docx'), 30);
  }, 120_000);
});

describe('the roster export prints', () => {
  it('prints 120 people on landscape pages at 10 pt or more, the 17 columns split across pages with STT, code and name on each, the whole title on page 1', async () => {
    const rows: RosterExportRow[] = Array.from({ length: 120 }, (_, i) => ({
      id: `s${i}`, code: `CB${String(i + 1).padStart(4, '0')}`, fullName: `Nguyễn Thị Hồng Nhung ${i + 1}`, gender: 'female', birthDate: '1990-04-12', category: 'civilServant',
      position: 'Chuyên viên', title: 'Chuyên viên chính', unitId: 'u1', unitName: 'Văn phòng HĐND và UBND', phone: '0912345678', email: `nhung${i}@hoankiem.hanoi.gov.vn`,
      isPartyMember: i % 2 === 0, status: 'active', statusDate: null, commitmentSignedAt: '2026-01-15', startDate: '2015-03-01', notes: '',
    }) as unknown as RosterExportRow);
    const dir = await fs.mkdtemp(path.join(repoRoot, 'test-output', 'roster-'));
    const file = path.join(dir, 'danh-sach.xlsx');
    await fs.writeFile(file, await buildRosterWorkbook(rows, 'Phường Hoàn Kiếm', new Date(2026, 5, 5)));
    await convertWithLibreOffice(file, 'pdf', dir);
    const pdf = path.join(dir, 'danh-sach.pdf');
    const pages = pageCount(pdf);
    // About 27 rows a page; the 17 columns need 4 pages across at 10 pt (the ward's Excel, at 7 px a width unit, needs 3).
    expect(pages).toBeLessThanOrEqual(24);
    const info = execFileSync('pdfinfo', [pdf], { encoding: 'utf8' });
    expect(info).toMatch(/Page size:\s+841\.\d+ x 595\.\d+/);
    const first = rawLines(pdf).slice(0, 40).join(' ');
    expect(first).toContain('DANH SÁCH CÁN BỘ, CÔNG CHỨC, VIÊN CHỨC VÀ NGƯỜI LAO ĐỘNG');
    // The issuing body spans enough columns to keep "PHƯỜNG HOÀN KIẾM" on one line, under (not over) "ỦY BAN NHÂN DÂN".
    const head = wordBoxes(pdf, 1);
    const word = (text: string) => head.find((x) => x.text === text)!;
    expect(new Set(['PHƯỜNG', 'HOÀN', 'KIẾM'].map((w) => Math.round(word(w).yMin))).size).toBe(1);
    expect(word('PHƯỜNG').yMin).toBeGreaterThanOrEqual(word('ỦY').yMax - 0.5);
    for (let page = 1; page <= pages; page += 1) {
      const codes = wordBoxes(pdf, page).filter((x) => /^CB\d{4}$/.test(x.text));
      if (codes.length === 0) continue;
      expect(median(codes.map((x) => x.yMax - x.yMin)), `page ${page}`).toBeGreaterThanOrEqual(10.5);
      const headings = wordBoxes(pdf, page).map((x) => x.text);
      for (const heading of ['STT', 'Mã', 'Họ', 'tên']) expect(headings, `${heading} on page ${page}`).toContain(heading);
    }
    renderPng(pdf, path.join(OUT, 'roster'), 30);
    await fs.rm(dir, { recursive: true, force: true });
  }, 120_000);
});
