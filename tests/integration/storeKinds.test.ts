/**
 * The store's own guarantees over records: every record is checked with its kind's schema when its
 * file is loaded (a failing one is set aside whole, never lost), every change gets an audit entry
 * written by the store, and a write that fails leaves memory exactly what is on disk.
 */
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { Store } from '../../electron/store/dataStore';
import { realDisk, type DiskOps } from '../../electron/store/durableWrite';
import { StoreFaultError } from '../../electron/store/errors';
import { Session } from '../../electron/services/session';
import { createStaff } from '../../electron/services/staffService';
import { fixedClock, openStore, staffRecord, tempFolder, violationRecord } from './helpers';

const MONDAY = '2026-03-02T02:00:00.000Z';

async function readJson(file: string): Promise<{ records: { id: string; history?: { action: string; by: string; via?: string }[] }[] }> {
  return JSON.parse(await fs.readFile(file, 'utf8'));
}

describe('records checked with their kind\'s schema on load', () => {
  it('a staff record a hand edit broke is set aside whole with a Vietnamese notice; the others open, and nothing is lost', async () => {
    const folder = await tempFolder('kinds');
    const clock = fixedClock(MONDAY);
    const first = await openStore(folder, clock);
    await first.mutateCollection('staff', null, (f) => void f.records.push(staffRecord('s1', 'Nguyễn Văn An', MONDAY), staffRecord('s2', 'Trần Thị Bích Ngọc', MONDAY)));
    await first.close();
    // Someone edits staff.json by hand: the category becomes a word the program does not know, and a date a number.
    const file = path.join(folder, 'db', 'staff.json');
    const onDisk = await readJson(file);
    const broken = { ...onDisk.records[1], category: 'cán bộ', birthDate: 19900101 };
    await fs.writeFile(file, JSON.stringify({ ...onDisk, records: [onDisk.records[0], broken] }));

    const store = await openStore(folder, clock);
    expect(store.collection('staff').records.map((r) => r.id)).toEqual(['s1']);
    expect(store.notices).toHaveLength(1);
    expect(store.notices[0]!.message).toMatch(/^Tệp staff\.json có 1 bản ghi không đúng cấu trúc \(thứ 2\)\. Các bản ghi này đã được chuyển nguyên vẹn sang tệp staff\.json\.quarantine-.+ trong thư mục db/);
    const aside = (await fs.readdir(path.join(folder, 'db'))).filter((n) => n.startsWith('staff.json.quarantine-'));
    expect(aside).toHaveLength(1);
    const kept = JSON.parse(await fs.readFile(path.join(folder, 'db', aside[0]!), 'utf8'));
    expect(kept.records).toEqual([{ position: 2, fields: ['birthDate', 'category'], record: broken }]);
    // The data file no longer holds it, so the next opening is quiet.
    expect((await readJson(file)).records.map((r) => r.id)).toEqual(['s1']);
    await store.close();
    const again = await openStore(folder, clock);
    expect(again.notices).toEqual([]);
  });

  it('an older year loaded when first asked for is checked the same way', async () => {
    const folder = await tempFolder('kinds-old');
    const clock = fixedClock(MONDAY);
    const first = await openStore(folder, clock);
    await first.mutateCollection('violations', '2019', (f) => void f.records.push(violationRecord('v1', 'Đi làm muộn', '2019-05-06T02:00:00.000Z'), violationRecord('v2', 'Không đeo thẻ', '2019-05-07T02:00:00.000Z')));
    await first.close();
    const file = path.join(folder, 'db', 'violations-2019.json');
    const onDisk = await readJson(file);
    await fs.writeFile(file, JSON.stringify({ ...onDisk, records: [{ ...onDisk.records[0], state: 'đã xong' }, onDisk.records[1]] }));
    const store = await openStore(folder, clock);
    expect(store.notices).toEqual([]);
    await store.loadPartition('violations', '2019');
    expect(store.collection('violations', '2019').records.map((r) => r.id)).toEqual(['v2']);
    expect(store.notices.map((n) => n.message)).toEqual([expect.stringMatching(/^Tệp violations-2019\.json có 1 bản ghi không đúng cấu trúc \(thứ 1\)/)]);
  });
});

describe('the audit trail the store writes', () => {
  it('names the record, the action, the time and who: created, changed, deleted, restored — unchanged records get nothing', async () => {
    const folder = await tempFolder('audit');
    const clock = fixedClock(MONDAY);
    const store = await openStore(folder, clock, 'Ward Conduct CLI');
    store.actor = () => 'Nguyễn Thị Hoa';
    const bare = (id: string, name: string) => ({ ...staffRecord(id, name, MONDAY), history: undefined });
    await store.mutateCollection('staff', null, (f) => void f.records.push(bare('s1', 'Nguyễn Văn An'), bare('s2', 'Trần Thị Bích Ngọc')));
    clock.set('2026-03-02T03:00:00.000Z');
    await store.mutateCollection('staff', null, (f) => void (f.records[0]!.phone = '0912 345 678'));
    clock.set('2026-03-02T04:00:00.000Z');
    await store.mutateCollection('staff', null, (f) => void (f.records[0]!.deletedAt = '2026-03-02T04:00:00.000Z'));
    clock.set('2026-03-02T05:00:00.000Z');
    await store.mutateCollection('staff', null, (f) => void (f.records[0]!.deletedAt = null));
    const [an, ngoc] = (await readJson(path.join(folder, 'db', 'staff.json'))).records;
    const entry = (action: string, at: string) => ({ action, at, by: 'Nguyễn Thị Hoa', via: 'Ward Conduct CLI' });
    expect(an!.history).toEqual([
      entry('create', MONDAY), entry('update', '2026-03-02T03:00:00.000Z'), entry('delete', '2026-03-02T04:00:00.000Z'), entry('restore', '2026-03-02T05:00:00.000Z'),
    ]);
    expect(ngoc!.history).toEqual([entry('create', MONDAY)]);
  });

  it('a change made through a service carries one entry (the service\'s, with its details), by the session\'s actor', async () => {
    const folder = await tempFolder('audit-session');
    const clock = fixedClock(MONDAY);
    const session = new Session(folder, { app: 'test', now: clock.now });
    await session.open();
    session.user = { id: 'u1', name: 'Lê Văn Cường', role: 'van-phong', roleLabel: 'Văn phòng', staffId: null };
    expect(session.actor).toBe('Lê Văn Cường');
    await session.store.mutateCollection('staff', null, (f) => void f.records.push({ ...staffRecord('s1', 'Nguyễn Văn An', MONDAY), history: [] }));
    expect(session.store.collection('staff').records[0]!.history).toEqual([{ at: MONDAY, by: 'Lê Văn Cường', action: 'create', via: 'test' }]);
    await createStaff(session, {
      code: 'CB002', fullName: 'Phạm Thu Hà', category: 'civilServant', position: 'Chuyên viên', title: '', unitId: null, isHeadOfUnit: false,
      isPartyMember: false, phone: '', email: '', gender: null, birthDate: null, startDate: null, status: 'active', statusDate: null, commitmentSignedAt: null, notes: '',
    });
    const ha = session.store.collection('staff').records.find((r) => r.code === 'CB002')!;
    expect(ha.history).toHaveLength(1);
    expect(ha.history![0]!.action).toBe('create');
    await session.close();
  });
});

describe('a write that fails', () => {
  it('leaves the records in memory exactly as they are on disk (the change is taken back)', async () => {
    const folder = await tempFolder('rollback');
    const clock = fixedClock(MONDAY);
    let failRenames = false;
    const disk: DiskOps = { ...realDisk, rename: async (from, to) => {
      if (failRenames) throw Object.assign(new Error('ENOSPC: no space left on device'), { code: 'ENOSPC' });
      return realDisk.rename(from, to);
    } };
    const store = await Store.open({ folder, app: 'test', now: clock.now, disk });
    try {
      await store.mutateCollection('staff', null, (f) => void f.records.push(staffRecord('s1', 'Nguyễn Văn An', MONDAY)));
      await store.idle();
      failRenames = true;
      await expect(store.mutateCollection('staff', null, (f) => {
        f.records[0]!.fullName = 'Nguyễn Văn Ân';
        f.records.push(staffRecord('s2', 'Trần Thị Bích Ngọc', MONDAY));
      })).rejects.toBeInstanceOf(StoreFaultError);
      const disk = await readJson(path.join(folder, 'db', 'staff.json'));
      expect(store.collection('staff')).toEqual(disk);
      expect(store.collection('staff').records.map((r) => r.fullName)).toEqual(['Nguyễn Văn An']);
    } finally {
      failRenames = false;
      await store.close();
    }
  });
});
