/**
 * The day's backup is made in the background after the day's first change (dailyBackup.ts); a clerk
 * who goes on saving does not wait behind it. Counted by events, not timed: a disk that logs each data
 * file the backup reads from the day's pending folder, and each save's start and end.
 */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { Store } from '../../electron/store/dataStore';
import { realDisk, type DiskOps } from '../../electron/store/durableWrite';
import { listBackups, readBackup } from '../../electron/store/backups';
import { fixedClock, staffRecord, tempFolder, unitRecord, violationRecord, type StaffRecord } from './helpers';

/** Real disk operations that note, in `events`, every data file read out of a pending day-start folder. */
function loggingDisk(events: string[]): DiskOps {
  return {
    ...realDisk,
    read: async (file, mode) => {
      const folder = path.basename(path.dirname(file));
      if (folder.startsWith('.pending-') && file.endsWith('.json') && path.basename(file) !== 'pending.json') events.push(`backup reads ${path.basename(file)}`);
      return realDisk.read(file, mode);
    },
  };
}

/** A ward with a roster, units and four years of violations, written on 2 March. */
async function wardOfFourYears(folder: string, clock: ReturnType<typeof fixedClock>, disk: DiskOps): Promise<Store> {
  const store = await Store.open({ folder, app: 'test', now: clock.now, disk });
  const at = clock.now().toISOString();
  await store.mutateCollection('units', null, (f) => void f.records.push(unitRecord('u1', 'Văn phòng', at)));
  await store.mutateCollection('staff', null, (f) => void f.records.push(staffRecord('s1', 'Nguyễn Văn An', at)));
  for (const year of ['2023', '2024', '2025', '2026']) {
    await store.mutateCollection('violations', year, (f) => void f.records.push(violationRecord(`v${year}`, `Đi muộn ${year}`, at)));
  }
  await store.idle();
  return store;
}

describe('the day’s backup gives way to the clerk’s saves', () => {
  it('reads no file while saves follow one another, then holds the day’s starting content', async () => {
    const folder = await tempFolder('gives-way');
    const clock = fixedClock('2026-03-02T01:30:00.000Z');
    const events: string[] = [];
    const store = await wardOfFourYears(folder, clock, loggingDisk(events));
    const files = store.fileNames();
    events.length = 0;

    // 3 March: the first save of the day starts the backup; the clerk saves four more times straight after.
    clock.set('2026-03-03T02:00:00.000Z');
    for (let i = 1; i <= 5; i += 1) {
      events.push(`save ${i} starts`);
      await store.mutateCollection('staff', null, (f) => void (f.records[0]!.fullName = `Nguyễn Văn An (lần ${i})`));
      events.push(`save ${i} ends`);
    }
    const duringSaves = events.slice(events.indexOf('save 1 ends'));
    expect(duringSaves.filter((e) => e.startsWith('backup reads'))).toEqual([]);

    await store.idle();
    // Once the saves stop, the backup reads every file once and holds 3 March as it started.
    expect(events.filter((e) => e.startsWith('backup reads')).sort()).toEqual(files.map((n) => `backup reads ${n}`).sort());
    const [day] = (await listBackups(path.join(folder, 'backups'))).filter((b) => b.createdAt === '2026-03-03T02:00:00.000Z');
    const { files: held } = await readBackup(day!.file);
    expect((held['staff.json'] as { records: StaffRecord[] }).records[0]!.fullName).toBe('Nguyễn Văn An');
    expect(Object.keys(held).sort()).toEqual(files);
    await store.close();
  });

  it('the next day reads only the files changed since the last backup, and still holds each file', async () => {
    const folder = await tempFolder('gives-way');
    const clock = fixedClock('2026-03-02T01:30:00.000Z');
    const events: string[] = [];
    const store = await wardOfFourYears(folder, clock, loggingDisk(events));
    clock.set('2026-03-03T02:00:00.000Z');
    await store.mutateCollection('staff', null, (f) => void (f.records[0]!.fullName = 'Nguyễn Văn Ân'));
    await store.idle();
    events.length = 0;

    // 4 March: since the backup of 3 March only staff.json changed (and meta.json, read every time).
    clock.set('2026-03-04T02:00:00.000Z');
    await store.mutateCollection('staff', null, (f) => void (f.records[0]!.fullName = 'Nguyễn Văn Án'));
    await store.idle();
    expect(events.sort()).toEqual(['backup reads meta.json', 'backup reads staff.json']);
    const [day] = (await listBackups(path.join(folder, 'backups'))).filter((b) => b.createdAt === '2026-03-04T02:00:00.000Z');
    const { files: held } = await readBackup(day!.file);
    expect(Object.keys(held).sort()).toEqual(store.fileNames());
    expect((held['staff.json'] as { records: StaffRecord[] }).records[0]!.fullName).toBe('Nguyễn Văn Ân');
    expect((held['violations-2024.json'] as { records: { description: string }[] }).records[0]!.description).toBe('Đi muộn 2024');
    expect(day!.counts).toEqual({ units: 1, staff: 1, violations: 4 });
    await store.close();
  });

  it('turning encryption on right after the day’s first save waits for the backup, and a save queued behind it goes through', async () => {
    const folder = await tempFolder('gives-way');
    const clock = fixedClock('2026-03-02T01:30:00.000Z');
    const store = await wardOfFourYears(folder, clock, realDisk);
    clock.set('2026-03-03T02:00:00.000Z');
    await store.mutateCollection('staff', null, (f) => void (f.records[0]!.fullName = 'Nguyễn Văn Ân'));
    // The switch waits (on the queue) for the day's backup, which gives way to the queue: neither may wait for the other.
    const switching = store.setEncryption(true, 'mật khẩu phường 2026');
    const saving = store.mutateCollection('staff', null, (f) => void (f.records[0]!.fullName = 'Nguyễn Văn Án'));
    await Promise.all([switching, saving]);
    expect(store.isEncrypted).toBe(true);
    const reasons = (await listBackups(path.join(folder, 'backups'), store.disk)).map((b) => b.reason).sort();
    expect(reasons).toEqual(['beforeEncryption', 'daily', 'daily']);
    await store.close();
  });
});
