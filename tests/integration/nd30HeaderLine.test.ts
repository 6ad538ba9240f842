/**
 * The ND 30 header of every Word file the ward prints, as LibreOffice lays it out: "CỘNG HÒA XÃ HỘI CHỦ
 * NGHĨA VIỆT NAM" on one line in the right column (13 pt bold needs 95 mm; a 60 % column of the 165 mm
 * text width left 95 mm between the cell margins and LibreOffice broke the line before "NAM"), the
 * motto under it, the issuing body in the left column — for the reports, a violation's three documents
 * and the council's minutes.
 */
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { printCouncilDocument } from '../../electron/services/councilDocuments';
import { createMeeting } from '../../electron/services/councilService';
import type { Session } from '../../electron/services/session';
import { mmToPt } from '../../shared/domain/posterSizes';
import { COUNCIL, openCouncilWard } from '../fixtures/council/councilWard';
import { wordBoxes, type WordBox } from '../fixtures/poster/readPdf';
import { fixedClock, tempFolder } from './helpers';
import { convertWithLibreOffice } from './scorecardLibreOffice';
import { SMOKING, openWard, type Ward } from './violationFixtures';

let ward: Ward | null = null;
let council: Session | null = null;
afterEach(async () => {
  await ward?.close();
  await council?.close();
  ward = null;
  council = null;
});

const NATIONAL = ['CỘNG', 'HÒA', 'XÃ', 'HỘI', 'CHỦ', 'NGHĨA', 'VIỆT', 'NAM'];

/** The first page's header words of a .docx converted by LibreOffice. */
async function headerWords(file: string): Promise<WordBox[]> {
  await convertWithLibreOffice(file, 'pdf', path.dirname(file));
  return wordBoxes(file.replace(/\.docx$/, '.pdf'), 1).filter((w) => w.yMax < mmToPt(20 + 45));
}

function expectOneLineMotto(words: WordBox[], name: string): void {
  const national = NATIONAL.map((text) => words.find((w) => w.text === text));
  expect(national.every(Boolean), `${name}: every word of Quốc hiệu on page 1 (${words.map((w) => w.text).join(' ')})`).toBe(true);
  const tops = national.map((w) => w!.yMin);
  expect(Math.max(...tops) - Math.min(...tops), `${name}: Quốc hiệu on one line`).toBeLessThan(2);
  const motto = words.find((w) => w.text === 'Độc')!;
  expect(motto.yMin, `${name}: the motto under it`).toBeGreaterThan(Math.max(...tops) + 5);
  // Inside the right margin (15 mm), and right of the issuing body's column.
  expect(national[7]!.xMax, `${name}: "NAM" inside the 15 mm margin`).toBeLessThanOrEqual(mmToPt(210 - 15) + 1);
  const issuer = words.find((w) => w.text === 'ỦY')!;
  expect(issuer.xMax).toBeLessThan(national[0]!.xMin);
}

async function save(folder: string, name: string, dataBase64: string): Promise<string> {
  const file = path.join(folder, name);
  await fs.writeFile(file, Buffer.from(dataBase64, 'base64'));
  return file;
}

describe('the ND 30 header of the Word files', () => {
  it('keeps Quốc hiệu on one line in the reports and in a violation\'s three documents', async () => {
    ward = await openWard('2026-06-05T06:14:00.000Z');
    const w = ward;
    const violation = await w.must('createViolation', { date: '2026-05-16', staffIds: [w.ids.binh], ruleRefs: [SMOKING], description: 'Hút thuốc tại sảnh', measure: 'reprimand' });
    const files: string[] = [];
    for (const doc of ['giai-trinh', 'bien-ban', 'quyet-dinh'] as const) {
      const out = await w.must('printViolationDocument', { id: violation.record.id, doc, format: 'docx' });
      files.push(await save(w.folder, `${doc}.docx`, out.dataBase64));
    }
    const annual = await w.must('exportReport', { kind: 'tong-ket', year: 2026, format: 'docx' });
    files.push(await save(w.folder, 'tong-ket.docx', annual.dataBase64));
    const unit = await w.must('exportReport', { kind: 'so-ket', year: 2026, half: 1, unit: 'VH-XH', format: 'docx' });
    files.push(await save(w.folder, 'so-ket-vh-xh.docx', unit.dataBase64));
    for (const file of files) expectOneLineMotto(await headerWords(file), path.basename(file));
  }, 300_000);

  it('keeps Quốc hiệu on one line in the council\'s minutes (the proposal and decision use the same header, once the meeting is closed)', async () => {
    council = await openCouncilWard(await tempFolder('council-header'), fixedClock('2026-12-10T09:00:00+07:00').now);
    const session = council;
    const meeting = await createMeeting(session, { year: 2026, half: null, date: '2026-12-12', place: 'Phòng họp tầng 2, trụ sở UBND phường', members: COUNCIL });
    for (const doc of ['minutes'] as const) {
      const out = await printCouncilDocument(session, { id: meeting.id, doc, format: 'docx', offsetXmm: 0, offsetYmm: 0 });
      const file = await save(session.store.paths.root, `${doc}.docx`, out.dataBase64);
      expectOneLineMotto(await headerWords(file), doc);
    }
  }, 300_000);
});
