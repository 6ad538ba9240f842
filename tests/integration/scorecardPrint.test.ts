import { execFile } from 'node:child_process';
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterEach, describe, expect, it } from 'vitest';
import { exportScorecard, scorecardModel } from '../../electron/services/scorecardExport';
import { saveScores } from '../../electron/services/scoringService';
import type { Session } from '../../electron/services/session';
import type { BaseRecord } from '../../shared/schema/records';
import { openWard } from '../fixtures/scoring/wardScores';
import { fixedClock, tempFolder } from './helpers';
import { convertWithLibreOffice } from './scorecardLibreOffice';

const run = promisify(execFile);

let session: Session | null = null;
afterEach(async () => {
  await session?.close();
  session = null;
});

const LATE = [{ ruleSetId: 'qd-522-2017', version: 1, article: '5', clause: '1' }];
const NAM_KHONG = [{ ruleSetId: 'nam-khong-2019', version: 1, item: '2' }];

function lapse(id: string, day: string, measure: string, ruleRefs: object[]): BaseRecord {
  const at = '2026-05-20T08:00:00.000Z';
  return { id, createdAt: at, updatedAt: at, createdBy: 'test', updatedBy: 'test', deletedAt: null, staffIds: ['s11'], date: day, state: 'concluded', measure, ruleRefs, description: 'Vi phạm', decision: null, concludedOn: day } as BaseRecord;
}

const squash = (text: string) => text.replace(/\s+/g, '');

describe('the printed scorecard shows the automatic deductions whole', () => {
  it('Oanh has five lapses in May: LibreOffice prints every "Trừ/cộng tự động" line of her row', async () => {
    const clock = fixedClock('2026-06-03T09:00:00+07:00');
    const folder = await tempFolder('scorecard-print');
    session = await openWard(folder, clock.now);
    await session.store.mutateCollection<BaseRecord, void>('violations', '2026', (f) => {
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
    if (process.env.SCORECARD_PNG_DIR) {
      await run('pdftoppm', ['-r', '60', '-png', path.join(folder, 'thang-5.pdf'), path.join(process.env.SCORECARD_PNG_DIR, 'thang-5')]);
    }
  }, 120_000);
});
