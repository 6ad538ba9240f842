/**
 * Issue 16 item 5: records past their retention period are anonymised (access entries removed) after a
 * preview, and a closed period's figures and snapshot stay exactly as they were. Oanh (CB011) was
 * criticised in May 2026, May was closed, she resigned on 1 June 2026; two years later the administrator
 * runs the retention with every period set to 1 year.
 */
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { dispatch } from '../../../electron/services/dispatch';
import { createHandlers } from '../../../electron/services/handlers';
import type { Session } from '../../../electron/services/session';
import type { RetentionRun, RetentionSetting } from '../../../shared/api/retentionContract';
import type { PeriodSummary, ScoreGrid } from '../../../shared/api/scoringTypes';
import type { StaffDetail } from '../../../shared/api/rosterTypes';
import { ANONYMISED_TEXT } from '../../../shared/domain/retention';
import { openWard } from '../../fixtures/scoring/wardScores';
import { fixedClock, listNames, tempFolder } from '../helpers';
import { wardWithUsers } from './wardUsers';

const silent = () => undefined;
const sessions: Session[] = [];
afterEach(async () => {
  for (const s of sessions.splice(0)) await s.close();
});

async function dbBytes(folder: string): Promise<Record<string, string>> {
  const db = path.join(folder, 'db');
  const out: Record<string, string> = {};
  for (const name of await listNames(db)) if (name.endsWith('.json')) out[name] = (await fs.readFile(path.join(db, name))).toString('base64');
  return out;
}

async function closedWard() {
  const clock = fixedClock('2026-06-03T09:00:00+07:00');
  const folder = await tempFolder('retention');
  const session = await openWard(folder, clock.now);
  sessions.push(session);
  const handlers = createHandlers(session);
  const must = async <T,>(name: Parameters<typeof dispatch>[1], input: unknown): Promise<T> => {
    const result = await dispatch(handlers, name, input, silent);
    if (!result.ok) throw new Error(`${name}: ${result.error.message}`);
    return result.data as T;
  };
  // The head of unit's note on Oanh's May score, then May is closed.
  await must('saveScores', { period: '2026-05', setId: 'nd335-2025', step: 'headScore', note: 'Chị Oanh đi muộn, đã nhắc nhở', entries: [{ subjectId: 's11', points: { 'pham-chat': 10, 'trach-nhiem': 10, 'doi-moi': 10, 'task-results': 62 } }] });
  await must('closePeriod', { period: '2026-05', setId: 'nd335-2025', allowIncomplete: true, reason: 'Anh Minh, anh Nam chấm theo sản phẩm' });
  const oanh = await must<StaffDetail>('getStaff', { id: 's11' });
  await must('updateStaff', { id: 's11', fields: { code: oanh.code, fullName: oanh.fullName, category: oanh.category, unitId: oanh.unitId, position: oanh.position, status: 'resigned', statusDate: '2026-06-01', phone: '0912345678', notes: 'Xin thôi việc từ 01/06/2026', idNumber: '001190000123' } });
  return { clock, folder, session, handlers, must };
}

describe('retention: anonymising what is past its period, never the totals of a closed period', () => {
  it('previews, then anonymises Oanh and her 2026 records in 2028, while May 2026 keeps its figures and snapshot', async () => {
    const { clock, folder, must } = await closedWard();
    const before = { summary: await must<PeriodSummary[]>('listPeriods', { year: 2026, setId: 'nd335-2025' }), grid: await must<ScoreGrid>('getScoreGrid', { period: '2026-05', setId: 'nd335-2025' }) };
    const snapshotBefore = await must<{ dataBase64: string }>('getPeriodSnapshot', { period: '2026-05', setId: 'nd335-2025' });

    // A year later a new violation of Phúc's: within any period of 1 year when the run comes in 2028.
    clock.set('2027-04-10T09:00:00+07:00');
    const phuc = await must<{ record: { id: string } }>('createViolation', { date: '2027-04-09', staffIds: ['s12'], ruleRefs: [{ ruleSetId: 'qd-522-2017', version: 1, article: '5' }], description: 'Không đeo thẻ công chức' });

    clock.set('2028-02-01T09:00:00+07:00');
    const settings = await must<RetentionSetting[]>('updateRetention', { years: { violations: 1, commendations: 1, scores: 1, access: 1, staffLeft: 1 } });
    expect(settings.map((s) => [s.kind, s.years])).toEqual([['violations', 1], ['commendations', 1], ['scores', 1], ['access', 1], ['staffLeft', 1]]);

    const files = await dbBytes(folder);
    const preview = await must<RetentionRun>('runRetention', { dryRun: true });
    expect(preview.applied).toBe(false);
    expect(await dbBytes(folder)).toEqual(files);
    expect(preview.items.map((i) => [i.kind, i.what, i.action])).toEqual([
      ['violations', 'Vi phạm ngày 02/03/2026 (CB008)', 'anonymise'],
      ['violations', 'Vi phạm ngày 06/05/2026 (CB011)', 'anonymise'],
      ['scores', 'Phiếu chấm điểm kỳ 2026-05 (CB011)', 'anonymise'],
      ['staffLeft', 'CB011 Lý Thị Oanh (nghỉ từ 01/06/2026)', 'anonymise'],
    ]);

    const run = await must<RetentionRun>('runRetention', { dryRun: false });
    expect(run.applied).toBe(true);
    expect(run.counts).toEqual({ violations: 2, commendations: 0, scores: 1, access: 0, staffLeft: 1 });
    const oanh = await must<StaffDetail>('getStaff', { id: 's11' });
    expect(oanh).toMatchObject({ code: 'CB011', fullName: 'Người đã ẩn danh #1', phone: '', notes: '', idNumberMasked: '', unitId: 'kt', status: 'resigned' });
    expect(await must('revealIdNumber', { staffId: 's11' })).toEqual({ idNumber: '' });
    // Each file parsed and written again, so that text kept as \u escapes (the files' ASCII form) is searched as letters.
    const text = Object.values(await dbBytes(folder)).map((b) => JSON.stringify(JSON.parse(Buffer.from(b, 'base64').toString('utf8')))).join('\n');
    for (const gone of ['Lý Thị Oanh', '001190000123', 'Xin thôi việc', '0912345678', 'Đi làm muộn 45 phút', 'Chị Oanh đi muộn']) expect(text, gone).not.toContain(gone);
    // Within the period: Phúc's 2027 violation is as it was.
    const kept = await must<{ record: { description: string } }>('getViolation', { id: phuc.record.id });
    expect(kept.record.description).toBe('Không đeo thẻ công chức');
    expect((await must<{ record: { description: string } }>('getViolation', { id: 'v-oanh' })).record.description).toBe(ANONYMISED_TEXT);

    // May 2026: the same counts, the same totals per person, the snapshot byte for byte (its hash verifies).
    const after = { summary: await must<PeriodSummary[]>('listPeriods', { year: 2026, setId: 'nd335-2025' }), grid: await must<ScoreGrid>('getScoreGrid', { period: '2026-05', setId: 'nd335-2025' }) };
    const may = (s: PeriodSummary[]) => s.find((p) => p.key === '2026-05')!;
    expect(may(after.summary).counts).toEqual(may(before.summary).counts);
    expect(may(after.summary).status).toBe('closed');
    // (Rows are sorted by name, so Oanh, now "Người đã ẩn danh #1", moves: compare by person.)
    const totals = (g: ScoreGrid) => Object.fromEntries(g.rows.map((r) => [r.subjectId, r.total]));
    expect(totals(after.grid)).toEqual(totals(before.grid));
    expect(after.grid.rows.find((r) => r.subjectId === 's11')?.total).toBe(87);
    expect((await must<{ dataBase64: string }>('getPeriodSnapshot', { period: '2026-05', setId: 'nd335-2025' })).dataBase64).toBe(snapshotBefore.dataBase64);

    // A second run finds nothing left to do.
    expect((await must<RetentionRun>('runRetention', { dryRun: true })).items).toEqual([]);
  });

  it('keeps everything with the default periods (discipline records kept until a verified period exists)', async () => {
    const { clock, folder, must } = await closedWard();
    clock.set('2040-01-01T09:00:00+07:00');
    const settings = await must<RetentionSetting[]>('getRetention', {});
    expect(settings.find((s) => s.kind === 'violations')).toMatchObject({ years: null, confidence: 'unverified' });
    const files = await dbBytes(folder);
    const run = await must<RetentionRun>('runRetention', { dryRun: false });
    // Only the scores (10 years, the ward's choice) are past: Oanh's May note goes, the points stay.
    expect(run.items.map((i) => [i.kind, i.what])).toEqual([['scores', 'Phiếu chấm điểm kỳ 2026-05 (CB011)']]);
    expect(Object.keys(await dbBytes(folder)).sort()).toEqual(Object.keys(files).sort());
  });

  it('only the administrator may see, set or run retention; a clerk is refused and nothing changes', async () => {
    const ward = await wardWithUsers();
    sessions.push(ward.session);
    await ward.signInAs('van-phong');
    const refused = await ward.call('runRetention', { dryRun: false });
    expect(!refused.ok && refused.error.code).toBe('FORBIDDEN');
    expect(!refused.ok && refused.error.message).toContain('Văn phòng');
    const setting = await ward.call('updateRetention', { years: { access: 1 } });
    expect(!setting.ok && setting.error.code).toBe('FORBIDDEN');
    await ward.signInAs('quan-tri');
    expect((await ward.must<RetentionSetting[]>('getRetention')).find((s) => s.kind === 'access')?.years).toBe(5);
    expect((await ward.call('runRetention', { dryRun: true })).ok).toBe(true);
  });
});
