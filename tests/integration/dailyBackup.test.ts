import { promises as fs } from 'node:fs';
import path from 'node:path';
import { ServiceError } from '../../shared/api/result';
import { describe, expect, it } from 'vitest';
import { listBackups, readBackup } from '../../electron/store/backups';
import { fixedClock, openStore, staffRecord, tempFolder, unitRecord, violationRecord, type StaffRecord } from './helpers';

/** The backups by reason, once the store has finished those it makes in the background. */
async function backupsByReason(folder: string, store?: { idle(): Promise<void> }): Promise<Record<string, number>> {
  await store?.idle();
  const counts: Record<string, number> = {};
  for (const info of await listBackups(path.join(folder, 'backups'))) counts[info.reason] = (counts[info.reason] ?? 0) + 1;
  return counts;
}

describe('the daily backup', () => {
  it('is taken once before the first change of each day, holding the data as it was before that change', async () => {
    const folder = await tempFolder('daily');
    const clock = fixedClock('2026-03-02T01:30:00.000Z');
    const store = await openStore(folder, clock);
    expect(await backupsByReason(folder, store)).toEqual({});

    await store.updateMeta((m) => void (m.ward.name = 'Phường Hoàn Kiếm'));
    expect(await backupsByReason(folder, store)).toEqual({ daily: 1 });
    const [first] = await listBackups(path.join(folder, 'backups'));
    expect(first!.createdAt).toBe('2026-03-02T01:30:00.000Z');
    expect(first!.wardName).toBe('');

    clock.advance(3 * 3600_000);
    await store.mutateCollection('staff', null, (f) => void f.records.push(staffRecord('s1', 'Nguyễn Văn An', clock.now().toISOString())));
    clock.advance(3600_000);
    await store.mutateCollection('staff', null, (f) => void (f.records[0]!.fullName = 'Nguyễn Văn Ân'));
    expect(await backupsByReason(folder, store)).toEqual({ daily: 1 });
    expect(store.meta.lastAutoBackupDay).toBe('2026-03-02');

    clock.set('2026-03-03T02:00:00.000Z');
    await store.mutateCollection('staff', null, (f) => void f.records.push(staffRecord('s2', 'Lê Thị Hường', clock.now().toISOString())));
    expect(await backupsByReason(folder, store)).toEqual({ daily: 2 });
    const [newest] = await listBackups(path.join(folder, 'backups'));
    expect(newest!.createdAt).toBe('2026-03-03T02:00:00.000Z');
    expect(newest!.counts).toEqual({ staff: 1 });
    const { files } = await readBackup(newest!.file);
    expect((files['staff.json'] as { records: StaffRecord[] }).records.map((r) => r.fullName)).toEqual(['Nguyễn Văn Ân']);
    expect(store.meta.lastAutoBackupDay).toBe('2026-03-03');
  });

  it('remembers across a restart that today is already backed up', async () => {
    const folder = await tempFolder('daily');
    const clock = fixedClock('2026-03-02T01:30:00.000Z');
    const store = await openStore(folder, clock);
    await store.updateMeta((m) => void (m.ward.name = 'Phường Ba Đình'));
    await store.close();
    clock.advance(3600_000);
    const again = await openStore(folder, clock);
    await again.updateMeta((m) => void (m.ward.chairman = 'Phạm Minh Tú'));
    expect(await backupsByReason(folder, again)).toEqual({ daily: 1 });
  });

  it('keeps only backupKeep backups as the days go by, dropping the oldest', async () => {
    const folder = await tempFolder('daily');
    const clock = fixedClock('2026-03-01T02:00:00.000Z');
    const store = await openStore(folder, clock);
    await store.updateMeta((m) => void (m.settings.backupKeep = 3));
    for (let day = 2; day <= 8; day += 1) {
      clock.set(`2026-03-0${day}T02:00:00.000Z`);
      await store.mutateCollection('staff', null, (f) => void f.records.push(staffRecord(`s${day}`, `Cán bộ ${day}`, clock.now().toISOString())));
    }
    await store.idle();
    const left = await listBackups(path.join(folder, 'backups'));
    expect(left.map((b) => b.createdAt)).toEqual(['2026-03-08T02:00:00.000Z', '2026-03-07T02:00:00.000Z', '2026-03-06T02:00:00.000Z']);

    await store.updateMeta((m) => void (m.settings.backupKeep = 5));
    for (let i = 0; i < 4; i += 1) {
      clock.advance(60_000);
      await store.backup('manual');
    }
    expect(await listBackups(path.join(folder, 'backups'))).toHaveLength(5);
  });

  it('is not taken when the first call of the day is refused', async () => {
    const folder = await tempFolder('daily');
    const clock = fixedClock('2026-03-02T01:30:00.000Z');
    const store = await openStore(folder, clock);
    await store.updateMeta((m) => void (m.ward.name = 'Phường Hoàn Kiếm'));
    expect(await backupsByReason(folder, store)).toEqual({ daily: 1 });
    clock.set('2026-03-03T02:00:00.000Z');
    const refusal = await store.mutateCollection('staff', null, () => {
      throw new ServiceError('INVALID_INPUT', 'Ngày sinh không hợp lệ.');
    }).catch((e: unknown) => e);
    expect(refusal).toBeInstanceOf(ServiceError);
    expect(await backupsByReason(folder, store)).toEqual({ daily: 1 });
    expect(store.meta.lastAutoBackupDay).toBe('2026-03-02');
    expect((await fs.readdir(path.join(folder, 'backups'))).filter((n) => n.startsWith('.pending'))).toEqual([]);
  });

  it('stores again only the files that changed since the last backup', async () => {
    const folder = await tempFolder('daily');
    const clock = fixedClock('2026-03-02T01:30:00.000Z');
    const store = await openStore(folder, clock);
    const at = clock.now().toISOString();
    await store.mutateCollection('units', null, (f) => void f.records.push(unitRecord('u1', 'Văn phòng', at)));
    await store.mutateCollection('violations', '2026', (f) => void f.records.push(violationRecord('v1', 'Đi muộn', at)));
    await store.mutateCollection('staff', null, (f) => void f.records.push(staffRecord('s1', 'Nguyễn Văn An', at)));
    const blobs = async () => (await fs.readdir(path.join(folder, 'backups', 'blobs'))).filter((n) => n.endsWith('.gz')).length;
    clock.set('2026-03-03T02:00:00.000Z');
    await store.mutateCollection('staff', null, (f) => void (f.records[0]!.fullName = 'Nguyễn Văn Ân'));
    await store.idle();
    const afterDay2 = await blobs();
    clock.set('2026-03-04T02:00:00.000Z');
    await store.mutateCollection('staff', null, (f) => void (f.records[0]!.fullName = 'Nguyễn Văn Án'));
    await store.idle();
    const [day3] = await listBackups(path.join(folder, 'backups'));
    expect(day3!.files).toEqual(['meta.json', 'staff.json', 'units.json', 'violations-2026.json']);
    // Only staff.json and meta.json (its day mark) changed on day 2: units and violations are not stored again.
    expect((await blobs()) - afterDay2).toBe(2);
    const { files } = await readBackup(day3!.file);
    expect((files['staff.json'] as { records: StaffRecord[] }).records[0]!.fullName).toBe('Nguyễn Văn Ân');
    expect((files['units.json'] as { records: StaffRecord[] }).records[0]!.id).toBe('u1');
  });
});
