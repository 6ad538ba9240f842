/**
 * A disk that fails: every step of every write (create, write, fsync, close, rename, folder fsync) is
 * failed in turn with a disk fault. Whatever step fails, the call reports a Vietnamese store fault
 * naming the folder, the data in memory is what is on disk, no temp file stays, and every save that
 * was acknowledged is there when the folder is opened again.
 */
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { Store } from '../../electron/store/dataStore';
import { realDisk, type DiskOps } from '../../electron/store/durableWrite';
import { StoreFaultError } from '../../electron/store/errors';
import { fixedClock, staffRecord, tempFolder, unitRecord, violationRecord } from './helpers';

const CODES = ['ENOSPC', 'EDQUOT', 'EFBIG', 'EROFS', 'EACCES', 'EIO'];

/** Real disk operations, the n-th of which (counted from arming) fails with the given code. */
function faultyDisk(): DiskOps & { arm(n: number, code: string): void; steps: number; fired: string | null } {
  let countdown = 0;
  let code = '';
  const state = { steps: 0, fired: null as string | null };
  const maybeFail = (step: string) => {
    state.steps += 1;
    if (countdown > 0 && --countdown === 0) {
      state.fired = step;
      throw Object.assign(new Error(`${code}: injected at ${step}`), { code });
    }
  };
  return Object.assign(state, {
    arm(n: number, c: string) {
      countdown = n;
      code = c;
      state.steps = 0;
      state.fired = null;
    },
    async create(file: string) {
      maybeFail('create');
      const handle = await realDisk.create(file);
      return {
        write: async (data: string | Uint8Array) => (maybeFail('write'), handle.write(data)),
        sync: async () => (maybeFail('sync'), handle.sync()),
        close: async () => {
          await handle.close();
          maybeFail('close');
        },
      };
    },
    read: realDisk.read,
    readStream: realDisk.readStream,
    rename: async (from: string, to: string) => (maybeFail('rename'), realDisk.rename(from, to)),
    syncFolder: async (folder: string) => (maybeFail('syncFolder'), realDisk.syncFolder(folder)),
  });
}

async function tempFilesIn(folder: string): Promise<string[]> {
  const found: string[] = [];
  for (const entry of await fs.readdir(folder, { withFileTypes: true, recursive: true })) {
    if (entry.name.endsWith('.tmp')) found.push(path.join(entry.parentPath, entry.name));
  }
  return found;
}

async function onDisk(folder: string, name: string): Promise<unknown> {
  return JSON.parse(await fs.readFile(path.join(folder, 'db', name), 'utf8'));
}

describe('a disk that fails while the ward works', () => {
  it('fails every write step in turn: faults reported, memory rolled back, nothing acknowledged lost, no temp files', async () => {
    let n = 1;
    let faultsSeen = 0;
    const stepsFailed = new Set<string>();
    for (; n < 400; n += 1) {
      const folder = await tempFolder('fault');
      const clock = fixedClock('2026-03-02T02:00:00.000Z');
      const disk = faultyDisk();
      const store = await Store.open({ folder, app: 'fault-test', now: clock.now, disk });
      const code = CODES[n % CODES.length]!;
      disk.arm(n, code);
      const acked: string[] = [];
      const at = clock.now().toISOString();
      const calls: [string, () => Promise<unknown>][] = [
        ['s1', () => store.mutateCollection('staff', null, (f) => void f.records.push(staffRecord('s1', 'Nguyễn Văn An', at)))],
        ['meta', () => store.updateMeta((m) => void (m.ward.name = 'Phường Hoàn Kiếm'))],
        ['backup', () => store.backup('manual')],
        ['v1', () => store.mutateCollection('violations', '2026', (f) => void f.records.push(violationRecord('v1', 'Đi muộn', at)))],
        ['next day s2', async () => {
          clock.set('2026-03-03T02:00:00.000Z');
          await store.mutateCollection('staff', null, (f) => void f.records.push(staffRecord('s2', 'Lê Thị Hường', at)));
        }],
        ['batch', () => store.writeBatch({ 'units.json': { schemaVersion: 2, kind: 'units', partition: null, records: [unitRecord('u1', 'Văn phòng', at)] } })],
      ];
      for (const [name, call] of calls) {
        try {
          await call();
          acked.push(name);
        } catch (error) {
          faultsSeen += 1;
          expect(error, `step ${n} (${disk.fired}) in ${name}`).toBeInstanceOf(StoreFaultError);
          expect((error as StoreFaultError).code).toBe('STORE_UNAVAILABLE');
          expect((error as Error).message).toContain(folder);
          expect((error as Error).message).toMatch(/chưa được ghi/);
          stepsFailed.add(disk.fired ?? '?');
          // What the store holds in memory is what is on disk: a failed change is not half kept.
          expect(store.collection('staff').records, `after ${name}`).toEqual((await onDisk(folder, 'staff.json').catch(() => ({ records: [] })) as { records: unknown[] }).records);
          expect(store.meta).toEqual(await onDisk(folder, 'meta.json'));
        }
      }
      await store.idle();
      await store.close();
      expect(await tempFilesIn(folder), `step ${n}`).toEqual([]);
      const again = await Store.open({ folder, app: 'fault-check', now: clock.now });
      const ids = new Set([...again.collection('staff').records, ...again.collection('violations', '2026').records, ...again.collection('units').records].map((r) => r.id));
      if (acked.includes('s1')) expect(ids.has('s1')).toBe(true);
      if (acked.includes('v1')) expect(ids.has('v1')).toBe(true);
      if (acked.includes('next day s2')) expect(ids.has('s2')).toBe(true);
      if (acked.includes('batch')) expect(ids.has('u1')).toBe(true);
      if (acked.includes('meta')) expect(again.meta.ward.name).toBe('Phường Hoàn Kiếm');
      expect(again.notices).toEqual([]);
      await again.close();
      await fs.rm(folder, { recursive: true, force: true });
      if (!disk.fired) break; // this step number is past the last write: every step has been failed once
    }
    console.info(`[diskFaults] ${n - 1} write steps failed in turn (${[...stepsFailed].sort().join(', ')}); ${faultsSeen} calls reported a fault`);
    expect(n).toBeGreaterThan(30);
    expect([...stepsFailed].sort()).toEqual(['close', 'create', 'rename', 'sync', 'syncFolder', 'write']);
  }, 600_000);

  it('a change refused by a full disk is not kept in memory (the rollback in mutate)', async () => {
    const folder = await tempFolder('fault');
    const clock = fixedClock('2026-03-02T02:00:00.000Z');
    const disk = faultyDisk();
    const store = await Store.open({ folder, app: 'fault-test', now: clock.now, disk });
    await store.mutateCollection('staff', null, (f) => void f.records.push(staffRecord('s1', 'Nguyễn Văn An', '2026-03-02T02:00:00.000Z')));
    disk.arm(1, 'ENOSPC');
    const error = await store.mutateCollection('staff', null, (f) => void (f.records[0]!.fullName = 'Nguyễn Văn Ân')).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(StoreFaultError);
    expect((error as Error).message).toBe(`Không ghi được vào thư mục dữ liệu ${folder}: ổ đĩa đã đầy. Hãy xóa bớt tệp không cần hoặc chuyển thư mục dữ liệu sang ổ khác rồi thử lại. Thay đổi vừa rồi chưa được ghi.`);
    expect(store.collection('staff').records[0]!.fullName).toBe('Nguyễn Văn An');
    await store.close();
  });
});
