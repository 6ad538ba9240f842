import { promises as fs } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterEach, describe, expect, it } from 'vitest';
import type { Handlers } from '../../shared/api/contract';
import { listBackups, readBackup, writeBackup } from '../../electron/store/backups';
import { createHandlers } from '../../electron/services/handlers';
import { dispatch } from '../../electron/services/dispatch';
import { Session } from '../../electron/services/session';
import { fixedClock, listNames, staffRecord, tempFolder, violationRecord, type FixedClock, type StaffRecord } from './helpers';

const MONDAY = '2026-03-02T02:00:00.000Z';
const silent = () => undefined;

interface Ward {
  folder: string;
  clock: FixedClock;
  session: Session;
  handlers: Handlers;
}

const sessions: Session[] = [];

async function openWard(): Promise<Ward> {
  const folder = await tempFolder('restore');
  const clock = fixedClock(MONDAY);
  const session = new Session(folder, { app: 'app', now: clock.now });
  sessions.push(session);
  expect((await session.open()).status).toBe('ready');
  const handlers = createHandlers(session);
  const profile = await dispatch(handlers, 'updateProfile', { wardName: 'Phường Hoàn Kiếm', operatorName: 'Lê Thị Hường', backupKeep: 10 }, silent);
  expect(profile.ok).toBe(true);
  await session.store.mutateCollection('staff', null, (f) => {
    f.records.push(staffRecord('s1', 'Nguyễn Văn An', MONDAY), staffRecord('s2', 'Trần Thị Bích Ngọc', MONDAY));
  });
  clock.advance(3600_000);
  return { folder, clock, session, handlers };
}

/** Raw bytes of every file in db/, to prove that nothing changed. */
async function dbSnapshot(folder: string): Promise<Record<string, string>> {
  const db = path.join(folder, 'db');
  const out: Record<string, string> = {};
  for (const name of await listNames(db)) out[name] = (await fs.readFile(path.join(db, name))).toString('base64');
  return out;
}

async function expectRefused(ward: Ward, file: string): Promise<void> {
  // The day's backup is made in the background after the first change: let it finish first.
  await ward.session.store.idle();
  const before = await dbSnapshot(ward.folder);
  const backupsBefore = await listNames(path.join(ward.folder, 'backups'));
  const result = await dispatch(ward.handlers, 'restoreBackup', { file }, silent);
  expect(result.ok).toBe(false);
  expect(!result.ok && result.error.code).toBe('BACKUP_INVALID');
  expect(!result.ok && result.error.message).toMatch(/Tệp sao lưu/);
  expect(await dbSnapshot(ward.folder)).toEqual(before);
  expect(await listNames(path.join(ward.folder, 'backups'))).toEqual(backupsBefore);
  expect(ward.session.store.collection('staff').records.map((r) => r.id)).toEqual(['s1', 's2', 's3']);
}

describe('restoring a backup', () => {
  afterEach(async () => {
    for (const s of sessions.splice(0)) await s.close();
  });

  it('brings back the data exactly as it was, after a beforeRestore safety backup of the data it replaces', async () => {
    const ward = await openWard();
    const made = await dispatch(ward.handlers, 'createBackup', {}, silent);
    expect(made.ok).toBe(true);
    if (!made.ok) return;
    const saved = await readBackup(made.data.file);

    ward.clock.advance(3600_000);
    await ward.session.store.mutateCollection('staff', null, (f) => {
      f.records.push(staffRecord('s3', 'Đặng Quốc Hưng', ward.clock.now().toISOString()));
      f.records[0]!.fullName = 'Nguyễn Văn Ân';
    });
    await ward.session.store.updateMeta((m) => void (m.ward.chairman = 'Phạm Minh Tú'));
    await ward.session.store.mutateCollection('violations', '2026', (f) => void f.records.push(violationRecord('v1', 'x', MONDAY)));

    ward.clock.advance(60_000);
    const result = await dispatch(ward.handlers, 'restoreBackup', { file: made.data.file }, silent);
    expect(result.ok).toBe(true);
    if (!result.ok) return;

    const db = path.join(ward.folder, 'db');
    expect(await listNames(db)).toEqual(['meta.json', 'staff.json']);
    for (const name of ['meta.json', 'staff.json']) {
      // The restored files carry the id of the restore (batch), so check can tell a half-restored folder.
      expect(JSON.parse(await fs.readFile(path.join(db, name), 'utf8')), name).toEqual({ ...(saved.files[name] as object), batch: expect.any(String) });
    }
    expect(ward.session.store.meta).toEqual({ ...(saved.files['meta.json'] as object), batch: expect.any(String) });
    expect(ward.session.store.collection('staff').records.map((r) => r.fullName)).toEqual(['Nguyễn Văn An', 'Trần Thị Bích Ngọc']);

    expect(result.data.safetyBackup.reason).toBe('beforeRestore');
    const safety = await readBackup(result.data.safetyBackup.file);
    expect((safety.files['staff.json'] as { records: StaffRecord[] }).records.map((r) => r.id)).toEqual(['s1', 's2', 's3']);
    expect(Object.keys(safety.files).sort()).toEqual(['meta.json', 'staff.json', 'violations-2026.json']);
    expect(result.data.restored.file).toBe(made.data.file);

    // The restored data survives a restart.
    await ward.session.close();
    expect((await ward.session.open()).status).toBe('ready');
    expect(ward.session.store.collection('staff').records).toHaveLength(2);
  });

  it('shows the date, ward and counts in a preview without restoring anything', async () => {
    const ward = await openWard();
    const made = await dispatch(ward.handlers, 'createBackup', {}, silent);
    if (!made.ok) throw new Error('backup failed');
    await ward.session.store.mutateCollection('staff', null, (f) => void f.records.push(staffRecord('s3', 'Đặng Quốc Hưng', MONDAY)));
    const before = await dbSnapshot(ward.folder);

    const preview = await dispatch(ward.handlers, 'previewBackup', { file: made.data.file }, silent);
    expect(preview).toEqual({ ok: true, data: expect.objectContaining({ createdAt: '2026-03-02T03:00:00.000Z', reason: 'manual', wardName: 'Phường Hoàn Kiếm', schemaVersion: 2, counts: { staff: 2 } }) });
    expect(preview.ok && preview.data.fileName).toBe(path.basename(made.data.file));
    expect(await dbSnapshot(ward.folder)).toEqual(before);
    expect(ward.session.store.collection('staff').records).toHaveLength(3);
  });

  it('refuses a file of random bytes, and a preview of it, and changes nothing', async () => {
    const ward = await openWard();
    await ward.session.store.mutateCollection('staff', null, (f) => void f.records.push(staffRecord('s3', 'Đặng Quốc Hưng', MONDAY)));
    const file = path.join(ward.folder, 'photo.wcbak');
    await fs.writeFile(file, Buffer.from('ÿØÿà JFIF not a backup at all'));
    await expectRefused(ward, file);
    const preview = await dispatch(ward.handlers, 'previewBackup', { file }, silent);
    expect(!preview.ok && preview.error.code).toBe('BACKUP_INVALID');
    const missing = await dispatch(ward.handlers, 'previewBackup', { file: path.join(ward.folder, 'nope.wcbak') }, silent);
    expect(!missing.ok && missing.error.code).toBe('BACKUP_INVALID');
  });

  it('refuses a gzip file that is not a Ward Conduct backup', async () => {
    const ward = await openWard();
    await ward.session.store.mutateCollection('staff', null, (f) => void f.records.push(staffRecord('s3', 'Đặng Quốc Hưng', MONDAY)));
    const file = path.join(ward.folder, 'report.csv.gz');
    await fs.writeFile(file, gzipSync(Buffer.from('Họ tên,Đơn vị\nNguyễn Văn An,Văn phòng\n')));
    await expectRefused(ward, file);
    const json = path.join(ward.folder, 'other.gz');
    await fs.writeFile(json, gzipSync(Buffer.from('{"format":"something-else","formatVersion":1}\n{}')));
    await expectRefused(ward, json);
  });

  it('refuses a backup whose staff file inside is damaged, or that was cut short while copying', async () => {
    const ward = await openWard();
    await ward.session.store.mutateCollection('staff', null, (f) => void f.records.push(staffRecord('s3', 'Đặng Quốc Hưng', MONDAY)));
    const meta = await fs.readFile(path.join(ward.folder, 'db', 'meta.json'), 'utf8');
    const manifest = { createdAt: '2026-03-01T02:00:00.000Z', reason: 'manual' as const, schemaVersion: 2, wardName: 'Phường Hoàn Kiếm', counts: { staff: 1 } };
    const badShape = await writeBackup(path.join(ward.folder, 'elsewhere'), {
      'meta.json': meta,
      'staff.json': JSON.stringify({ schemaVersion: 2, kind: 'staff', partition: null, records: [{ fullName: 'Không có mã' }] }),
    }, manifest);
    await expectRefused(ward, badShape.file);

    const good = await writeBackup(path.join(ward.folder, 'elsewhere'), { 'meta.json': meta }, { ...manifest, createdAt: '2026-03-01T03:00:00.000Z' });
    const bytes = await fs.readFile(good.file);
    const cut = path.join(ward.folder, 'cut.wcbak');
    await fs.writeFile(cut, bytes.subarray(0, bytes.length - 12));
    await expectRefused(ward, cut);

    const noMeta = await writeBackup(path.join(ward.folder, 'elsewhere'), { 'staff.json': JSON.stringify({ schemaVersion: 2, kind: 'staff', partition: null, records: [] }) }, { ...manifest, createdAt: '2026-03-01T04:00:00.000Z' });
    await expectRefused(ward, noMeta.file);
  });

  it('restores the oldest kept backup when the folder already holds backupKeep backups', async () => {
    const ward = await openWard();
    await dispatch(ward.handlers, 'updateProfile', { wardName: 'Phường Hoàn Kiếm', operatorName: 'Lê Thị Hường', backupKeep: 3 }, silent);
    const made: string[] = [];
    for (let i = 0; i < 3; i += 1) {
      ward.clock.advance(60_000);
      await ward.session.store.mutateCollection('staff', null, (f) => void f.records.push(staffRecord(`n${i}`, `Cán bộ ${i}`, MONDAY)));
      const r = await dispatch(ward.handlers, 'createBackup', {}, silent);
      if (!r.ok) throw new Error(r.error.message);
      made.push(r.data.file);
    }
    expect(await listBackups(path.join(ward.folder, 'backups'))).toHaveLength(3);
    ward.clock.advance(60_000);
    // The safety backup pushes this oldest one out by rotation; the restore must still report success honestly.
    const result = await dispatch(ward.handlers, 'restoreBackup', { file: made[0]! }, silent);
    expect(result).toMatchObject({ ok: true });
    expect(ward.session.store.collection('staff').records.map((r) => r.id)).toEqual(['s1', 's2', 'n0']);
  });

  it('restores the beforeMigration backup of a pilot folder by migrating it again', async () => {
    const ward = await openWard();
    const v1Text = await fs.readFile(path.join(__dirname, '../fixtures/v1/ward-conduct.json'), 'utf8');
    const v1 = await writeBackup(path.join(ward.folder, 'elsewhere'), { 'ward-conduct.json': v1Text }, {
      createdAt: '2026-01-05T03:00:00.000Z', reason: 'beforeMigration', schemaVersion: 1, wardName: 'Phường Hoàn Kiếm', counts: {},
    });
    const result = await dispatch(ward.handlers, 'restoreBackup', { file: v1.file }, silent);
    expect(result.ok).toBe(true);
    expect(ward.session.store.meta.schemaVersion).toBe(2);
    expect(ward.session.store.collection('staff').records).toHaveLength(4);
    expect(await listNames(path.join(ward.folder, 'db'))).toEqual(['meta.json', 'staff.json', 'units.json']);
  });
});
