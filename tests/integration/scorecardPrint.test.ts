import { execFile } from 'node:child_process';
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterEach, describe, expect, it } from 'vitest';
import { exportScorecard, scorecardModel } from '../../electron/services/scorecardExport';
import { saveScores } from '../../electron/services/scoringService';
import type { Session } from '../../electron/services/session';
import type { RuleRef } from '../../shared/domain/ruleNodes';
import type { HandlingMeasure, Violation } from '../../shared/schema/violation';
import { violationRecord } from '../fixtures/records';
import { openWard } from '../fixtures/scoring/wardScores';
import { fixedClock, tempFolder } from './helpers';
import { convertWithLibreOffice } from './scorecardLibreOffice';
import { median, pageCount, wordBoxes } from '../fixtures/poster/readPdf';
import { unzipEntries } from '../fixtures/unzip';

const run = promisify(execFile);

let session: Session | null = null;
afterEach(async () => {
  await session?.close();
  session = null;
});

const LATE = [{ ruleSetId: 'qd-522-2017', version: 1, article: '5', clause: '1' }];
const NAM_KHONG = [{ ruleSetId: 'nam-khong-2019', version: 1, item: '2' }];

function lapse(id: string, day: string, measure: HandlingMeasure, ruleRefs: RuleRef[]): Violation {
  return violationRecord(id, 'Vi phạm', '2026-05-20T08:00:00.000Z', { staffIds: ['s11'], date: day, state: 'concluded', measure, ruleRefs, concludedOn: day });
}

const squash = (text: string) => text.replace(/\s+/g, '');

/**
 * On paper: body text 10 pt or more on every page (word boxes of 10 pt Times-metric text are about
 * 11 pt), the identity columns on every page of the table, and no page that holds the signature
 * block without a row of the table above it.
 */
function expectPrintable(pdf: string, unitNames: string[]): void {
  const pages = pageCount(pdf);
  for (let page = 1; page <= pages; page += 1) {
    const words = wordBoxes(pdf, page);
    const text = words.map((w) => w.text).join(' ');
    const cells = words.filter((w) => /^CB\d{3}$|^\d+,\d+$|^\d+$/.test(w.text));
    if (cells.length > 0) expect(median(cells.map((w) => w.yMax - w.yMin)), `text height on page ${page}`).toBeGreaterThanOrEqual(10.5);
    if (/CB\d{3}/.test(text)) for (const heading of ['STT', 'Mã', 'Họ', 'tên']) expect(words.some((w) => w.text === heading), `${heading} on page ${page}: ${text.slice(0, 400)}`).toBe(true);
    if (text.includes('NGƯỜI LẬP BIỂU')) {
      const hasRow = /CB\d{3}/.test(text) || unitNames.some((name) => text.includes(name.split(' ').slice(0, 2).join(' ')));
      expect(hasRow, `page ${page} holds the signature with rows of the table`).toBe(true);
    }
  }
}

/** The file itself: scale never below 91 % (11 pt body), page numbers from page 2, one validation per range. */
async function expectWorkbookPrintSetup(xlsx: Buffer): Promise<void> {
  const sheets = (await unzipEntries(xlsx)).filter(([name]) => /^xl\/worksheets\/sheet\d+\.xml$/.test(name));
  expect(sheets.length).toBeGreaterThan(1);
  for (const [name, xml] of sheets) {
    const scale = Number(/<pageSetup[^>]*scale="(\d+)"/.exec(xml)?.[1] ?? 100);
    if (/<pageSetup/.test(xml)) expect(scale, name).toBeGreaterThanOrEqual(91);
    const refs = [...xml.matchAll(/<dataValidation [^>]*sqref="([^"]+)"/g)].map((m) => m[1]!);
    const columns = refs.map((r) => r.replace(/\d+/g, ''));
    expect(new Set(columns).size, `${name}: one validation per column range`).toBe(columns.length);
    if (/<headerFooter/.test(xml)) expect(xml).toMatch(/differentFirst="1"[\s\S]*<oddHeader>&amp;C[^<]*&amp;P<\/oddHeader>/);
  }
}

describe('the printed scorecard shows the automatic deductions whole', () => {
  it('Oanh has five lapses in May: LibreOffice prints every "Trừ/cộng tự động" line of her row, at 10 pt or more, the signature with the last rows', async () => {
    const clock = fixedClock('2026-06-03T09:00:00+07:00');
    const folder = await tempFolder('scorecard-print');
    session = await openWard(folder, clock.now);
    await session.store.mutateCollection('violations', '2026', (f) => {
      f.records.push(
        lapse('v-o2', '2026-05-11', 'reminder', LATE), lapse('v-o3', '2026-05-13', 'criticism', NAM_KHONG),
        lapse('v-o4', '2026-05-18', 'reminder', NAM_KHONG), lapse('v-o5', '2026-05-25', 'selfCriticism', LATE),
      );
    });
    await saveScores(session, { period: '2026-05', setId: 'nd335-2025', step: 'headScore', entries: [{ subjectId: 's11', points: { 'doi-moi': 10 } }] });
    const model = await scorecardModel(session, { period: '2026-05', setId: 'nd335-2025' });
    const oanh = model.units.flatMap((u) => u.rows).find((r) => r.code === 'CB011');
    const lines = oanh?.autoNote.split('\n') ?? [];
    expect(lines).toHaveLength(5);

    const file = path.join(folder, 'thang-5.xlsx');
    await fs.writeFile(file, (await exportScorecard(session, { period: '2026-05', setId: 'nd335-2025' })).bytes);
    await convertWithLibreOffice(file, 'pdf', folder);
    const { stdout } = await run('pdftotext', ['-layout', path.join(folder, 'thang-5.pdf'), '-']);
    const printed = squash(stdout);
    // Every line's points, measure and date are on paper: nothing is clipped by a row too short for it.
    // (The layout text interleaves neighbouring cells, so each line is found by its own tail.)
    for (const line of lines) expect(printed).toContain(squash(line.slice(line.lastIndexOf(':') + 1)));
    expectPrintable(path.join(folder, 'thang-5.pdf'), model.units.map((u) => u.name));
    await expectWorkbookPrintSetup(await fs.readFile(file));
    if (process.env.SCORECARD_PNG_DIR) {
      await run('pdftoppm', ['-r', '60', '-png', path.join(folder, 'thang-5.pdf'), path.join(process.env.SCORECARD_PNG_DIR, 'thang-5')]);
    }
  }, 120_000);
});
