import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { listBackups, readBackup } from '../../electron/store/backups';
import { fixedClock, openStore, staffRecord, tempFolder, type StaffRecord } from './helpers';

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
    await store.mutateCollection<StaffRecord, void>('staff', null, (f) => void f.records.push(staffRecord('s1', 'Nguyễn Văn An', clock.now().toISOString())));
    clock.advance(3600_000);
    await store.mutateCollection<StaffRecord, void>('staff', null, (f) => void (f.records[0]!.fullName = 'Nguyễn Văn Ân'));
    expect(await backupsByReason(folder, store)).toEqual({ daily: 1 });
    expect(store.meta.lastAutoBackupDay).toBe('2026-03-02');

    clock.set('2026-03-03T02:00:00.000Z');
    await store.mutateCollection<StaffRecord, void>('staff', null, (f) => void f.records.push(staffRecord('s2', 'Lê Thị Hường', clock.now().toISOString())));
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
      await store.mutateCollection<StaffRecord, void>('staff', null, (f) => void f.records.push(staffRecord(`s${day}`, `Cán bộ ${day}`, clock.now().toISOString())));
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
});
