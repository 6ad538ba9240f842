/**
 * The records a clerk opens from where she looks: Oanh's scores on her page, May's frozen figures from
 * Kỳ đánh giá, and a backup brought on a USB stick restored from Cài đặt — through dispatch, as every door calls.
 */
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { dispatch } from '../../electron/services/dispatch';
import { createHandlers } from '../../electron/services/handlers';
import { closePeriod, periodSummary } from '../../electron/services/periodService';
import { Session } from '../../electron/services/session';
import { uploadFolder } from '../../electron/services/backupChosenFile';
import { openWard } from '../fixtures/scoring/wardScores';
import { fixedClock, listNames, tempFolder } from './helpers';

const silent = () => undefined;
const sessions: Session[] = [];
afterEach(async () => {
  for (const s of sessions.splice(0)) await s.close();
});

async function ward(label: string, extra: Partial<ConstructorParameters<typeof Session>[1]> = {}) {
  const clock = fixedClock('2026-06-03T09:00:00+07:00');
  const folder = await tempFolder(label);
  const seeded = await openWard(folder, clock.now);
  await seeded.close();
  const session = new Session(folder, { app: 'test', now: clock.now, ...extra });
  sessions.push(session);
  await session.open();
  return { folder, session, handlers: createHandlers(session) };
}

async function dbBytes(folder: string): Promise<Record<string, string>> {
  const db = path.join(folder, 'db');
  const out: Record<string, string> = {};
  for (const name of await listNames(db)) if (name.endsWith('.json')) out[name] = (await fs.readFile(path.join(db, name))).toString('base64');
  return out;
}

describe("a person's page and a closed period's frozen figures", () => {
  it("lists Oanh's May score with its rating and the year so far, and refuses a person who is not there", async () => {
    const { handlers } = await ward('person-scores');
    const scores = await dispatch(handlers, 'listStaffScores', { staffId: 's11', year: 2026 }, silent);
    expect(scores.ok).toBe(true);
    if (!scores.ok) return;
    const may = scores.data.find((r) => r.period === '2026-05' && r.setId === 'nd335-2025');
    expect(may).toMatchObject({ periodLabel: 'Tháng 05/2026', total: 87, rating: 'good', isClosed: false });
    expect(scores.data.some((r) => r.period === '2026' && r.kind === 'year')).toBe(true);
    // June has begun (3 June): listed; July has not.
    expect(scores.data.some((r) => r.period === '2026-06')).toBe(true);
    expect(scores.data.some((r) => r.period === '2026-07')).toBe(false);
    const nobody = await dispatch(handlers, 'listStaffScores', { staffId: 'nobody', year: 2026 }, silent);
    expect(!nobody.ok && nobody.error).toMatchObject({ code: 'NOT_FOUND', message: 'Không tìm thấy cán bộ này trong danh sách.' });
    const badYear = await dispatch(handlers, 'listStaffScores', { staffId: 's11', year: 'năm nay' } as never, silent);
    expect(!badYear.ok && badYear.error.code).toBe('INVALID_INPUT');
  });

  it('opens May\'s snapshot after closing, byte for byte, and refuses one changed on disk', async () => {
    const { folder, session, handlers } = await ward('snapshot');
    const open = await dispatch(handlers, 'getPeriodSnapshot', { period: '2026-05', setId: 'nd335-2025' }, silent);
    expect(!open.ok && open.error.message).toBe('Tháng 05/2026 chưa khóa nên chưa có bản chốt số liệu.');
    await closePeriod(session, { period: '2026-05', setId: 'nd335-2025', allowIncomplete: true, reason: 'Anh Nam nghỉ ốm cả tháng' });
    const summary = await periodSummary(session, '2026-05', 'nd335-2025');
    const got = await dispatch(handlers, 'getPeriodSnapshot', { period: '2026-05', setId: 'nd335-2025' }, silent);
    expect(got.ok).toBe(true);
    if (!got.ok) return;
    const bytes = Buffer.from(got.data.dataBase64, 'base64');
    expect(bytes).toEqual(await fs.readFile(path.join(folder, 'snapshots', summary.snapshotFile!)));
    expect(bytes.subarray(0, 5).toString()).toBe('%PDF-');
    expect(got.data.fileName).toBe('ban-chot-thang-05-2026-nd-335-2025-cong-chuc.pdf');
    expect(got.data.count).toBe(summary.subjects);
    const months = await dispatch(handlers, 'listStaffScores', { staffId: 's11', year: 2026 }, silent);
    expect(months.ok && months.data.find((r) => r.period === '2026-05')?.isClosed).toBe(true);
    await fs.appendFile(path.join(folder, 'snapshots', summary.snapshotFile!), 'x');
    const changed = await dispatch(handlers, 'getPeriodSnapshot', { period: '2026-05', setId: 'nd335-2025' }, silent);
    expect(!changed.ok && changed.error).toMatchObject({ code: 'CONFLICT' });
    expect(!changed.ok && changed.error.message).toContain('đã bị thay đổi sau khi khóa kỳ');
  });
});

describe('restoring from a backup file the clerk chooses', () => {
  it('previews an uploaded .wcbak, restores it, and removes the uploaded copy', async () => {
    const source = await ward('usb-source');
    const usb = path.join(await tempFolder('usb'), 'ward-conduct-sao-luu.wcbak');
    await source.session.store.backup('manual', usb);
    const target = await ward('usb-target');
    await target.session.store.mutateCollection('staff', null, (f) => void f.records.splice(0, 3));
    const staffLeft = target.session.store.collection('staff').records.length;
    const upload = { fileName: 'ward-conduct-sao-luu.wcbak', dataBase64: (await fs.readFile(usb)).toString('base64') };
    const preview = await dispatch(target.handlers, 'stageBackupUpload', upload, silent);
    expect(preview.ok).toBe(true);
    if (!preview.ok) return;
    expect(preview.data.fileName).toBe('ward-conduct-sao-luu.wcbak');
    expect(preview.data.counts.staff).toBe(staffLeft + 3);
    expect(path.dirname(preview.data.file)).toBe(uploadFolder());
    const restored = await dispatch(target.handlers, 'restoreBackup', { file: preview.data.file }, silent);
    expect(restored.ok).toBe(true);
    expect(target.session.store.collection('staff').records.length).toBe(staffLeft + 3);
    await expect(fs.stat(preview.data.file)).rejects.toThrow();
  });

  it('refuses a damaged file, a file of another kind and an automatic backup without its blobs, changing nothing', async () => {
    const { folder, session, handlers } = await ward('usb-refusals');
    const good = path.join(await tempFolder('usb2'), 'a.wcbak');
    await session.store.backup('manual', good);
    const bytes = await fs.readFile(good);
    await session.store.idle();
    const before = await dbBytes(folder);
    const damaged = await dispatch(handlers, 'stageBackupUpload', { fileName: 'hong.wcbak', dataBase64: bytes.subarray(0, bytes.length - 40).toString('base64') }, silent);
    expect(!damaged.ok && damaged.error.code).toBe('BACKUP_INVALID');
    expect(!damaged.ok && damaged.error.message).toMatch(/^Không khôi phục được từ tệp hong\.wcbak: .+\. Không có gì bị thay đổi\.$/);
    const excel = await dispatch(handlers, 'stageBackupUpload', { fileName: 'danh-sach.xlsx', dataBase64: bytes.toString('base64') }, silent);
    expect(!excel.ok && excel.error.message).toBe('Tệp đã chọn không phải bản sao lưu của Ward Conduct (tệp .wcbak). Không có gì bị thay đổi.');
    const text = await dispatch(handlers, 'stageBackupUpload', { fileName: 'ghi-chu.wcbak', dataBase64: Buffer.from('không phải sao lưu').toString('base64') }, silent);
    expect(!text.ok && text.error.message).toMatch(/^Không khôi phục được từ tệp ghi-chu\.wcbak: /);
    const daily = (await listNames(path.join(folder, 'backups'))).find((n) => n.endsWith('.wcbak'))!;
    const dailyBytes = await fs.readFile(path.join(folder, 'backups', daily));
    const withoutBlobs = await dispatch(handlers, 'stageBackupUpload', { fileName: daily, dataBase64: dailyBytes.toString('base64') }, silent);
    expect(!withoutBlobs.ok && withoutBlobs.error.message).toContain('Sao lưu ra tệp (kèm chứng cứ)');
    expect(await dbBytes(folder)).toEqual(before);
  });

  it("in the app, the open dialog's file is previewed; cancelling gives nothing; the browser has no dialog", async () => {
    const chosen: string[] = [];
    const app = await ward('dialog', { chooseOpenFile: async () => chosen.shift() ?? null });
    const file = path.join(await tempFolder('usb3'), 'Sao lưu tháng 6.wcbak');
    await app.session.store.backup('manual', file);
    chosen.push(file);
    const preview = await dispatch(app.handlers, 'chooseBackupFile', {}, silent);
    expect(preview.ok && preview.data).toMatchObject({ file, fileName: 'Sao lưu tháng 6.wcbak' });
    const cancelled = await dispatch(app.handlers, 'chooseBackupFile', {}, silent);
    expect(cancelled).toEqual({ ok: true, data: null });
    const browser = await ward('no-dialog');
    const refused = await dispatch(browser.handlers, 'chooseBackupFile', {}, silent);
    expect(!refused.ok && refused.error.code).toBe('FORBIDDEN');
  });
});
