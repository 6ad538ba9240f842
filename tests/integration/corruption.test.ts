import { promises as fs } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { Store } from '../../electron/store/dataStore';
import { StoreDamagedError } from '../../electron/store/errors';
import { writeBackup } from '../../electron/store/backups';
import { Session } from '../../electron/services/session';
import { checkCollection, checkMeta } from '../../shared/schema/validate';
import { fixedClock, listNames, openStore, staffRecord, tempFolder, type FixedClock } from './helpers';

const MONDAY = '2026-03-02T02:00:00.000Z';
const LATER = '2026-03-02T09:15:00.000Z';
const TUESDAY = '2026-03-03T02:00:00.000Z';
const REOPEN_STAMP = TUESDAY.replace(/[:.]/g, '-');

type DamagedFile = 'meta.json' | 'staff.json';

const DAMAGE: Record<string, (good: Buffer, name: DamagedFile) => Buffer> = {
  'zero bytes': () => Buffer.alloc(0),
  'truncated JSON (cut in half)': (good) => good.subarray(0, Math.floor(good.length / 2)),
  'garbage bytes': () => Buffer.from([0xff, 0xfe, 0x00, 0x9c, 0x1f, 0x8b, 0x7b, 0xc3, 0x28, 0x5b, 0x00, 0xa0]),
  'valid JSON with the wrong shape': (_good, name) =>
    Buffer.from(name === 'meta.json'
      ? JSON.stringify({ schemaVersion: 2, ward: 'Phường Hoàn Kiếm', settings: null })
      : JSON.stringify({ schemaVersion: 2, kind: 'staff', partition: null, records: [{ name: 'Nguyễn Văn An' }] })),
};

/**
 * Monday: the ward sets its name and enters two people, then takes a manual backup.
 * Later that day it adds a third person (not in the backup).
 */
async function seedWard(folder: string, clock: FixedClock): Promise<void> {
  const store = await Store.open({ folder, app: 'app', now: clock.now });
  await store.updateMeta((m) => void (m.ward = { name: 'Phường Hoàn Kiếm', address: '126 Hàng Trống', chairman: 'Nguyễn Văn An' }));
  await store.mutateCollection('staff', null, (f) => {
    f.records.push(staffRecord('s1', 'Nguyễn Văn An', MONDAY), staffRecord('s2', 'Trần Thị Bích Ngọc', MONDAY));
  });
  clock.set(LATER);
  await store.backup('manual');
  await store.mutateCollection('staff', null, (f) => void f.records.push(staffRecord('s3', 'Đặng Quốc Hưng', LATER)));
  await store.close();
}

async function readJson(file: string): Promise<unknown> {
  return JSON.parse(await fs.readFile(file, 'utf8'));
}

describe.each(['meta.json', 'staff.json'] as const)('a damaged %s', (name) => {
  describe.each(Object.keys(DAMAGE))('holding %s', (damageLabel) => {
    async function damagedFolder(): Promise<{ folder: string; clock: FixedClock; file: string; damaged: Buffer; good: unknown; other: unknown }> {
      const folder = await tempFolder('corrupt');
      const clock = fixedClock(MONDAY);
      await seedWard(folder, clock);
      const file = path.join(folder, 'db', name);
      const goodBytes = await fs.readFile(file);
      const otherName = name === 'meta.json' ? 'staff.json' : 'meta.json';
      const other = await readJson(path.join(folder, 'db', otherName));
      const damaged = DAMAGE[damageLabel]!(goodBytes, name);
      await fs.writeFile(file, damaged);
      clock.set(TUESDAY);
      return { folder, clock, file, damaged, good: JSON.parse(goodBytes.toString('utf8')), other };
    }

    it('is restored from the newest good backup, kept aside byte for byte, and the ward is told', async () => {
      const { folder, clock, file, damaged, other } = await damagedFolder();
      const store = await openStore(folder, clock);

      const copy = `${file}.corrupt-${REOPEN_STAMP}`;
      expect((await fs.readFile(copy)).equals(damaged)).toBe(true);

      const restored = await readJson(file);
      if (name === 'meta.json') {
        expect(checkMeta(restored).ok).toBe(true);
        expect(store.meta.ward.name).toBe('Phường Hoàn Kiếm');
        // Untouched staff.json keeps the third person added after the backup.
        expect(store.collection('staff').records.map((r) => r.id)).toEqual(['s1', 's2', 's3']);
      } else {
        expect(checkCollection(restored, 'staff').ok).toBe(true);
        // The backup was taken before s3 was added: the roster comes back as it was then.
        expect(store.collection('staff').records.map((r) => r.fullName)).toEqual(['Nguyễn Văn An', 'Trần Thị Bích Ngọc']);
        expect(store.meta).toEqual(other);
      }
      expect(store.collection('staff')).toEqual(await readJson(path.join(folder, 'db', 'staff.json')));

      const recovered = store.notices.filter((n) => n.kind === 'recovered');
      expect(recovered).toHaveLength(1);
      expect(recovered[0]!.message).toContain(name);
      expect(recovered[0]!.message).toContain(path.basename(copy));
    });

    it('without any backup stops with StoreDamagedError and overwrites nothing; "start fresh" then opens', async () => {
      const { folder, clock, file, damaged } = await damagedFolder();
      const backups = path.join(folder, 'backups');
      for (const backup of await listNames(backups)) await fs.rm(path.join(backups, backup), { recursive: true });

      const error = await Store.open({ folder, app: 'app', now: clock.now }).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(StoreDamagedError);
      expect((error as StoreDamagedError).files).toEqual([name]);
      expect((await fs.readFile(file)).equals(damaged)).toBe(true);
      const copy = `${file}.corrupt-${REOPEN_STAMP}`;
      expect((await fs.readFile(copy)).equals(damaged)).toBe(true);
      expect((error as StoreDamagedError).corruptCopies).toEqual([copy]);

      const session = new Session(folder, { app: 'app', now: clock.now });
      const state = await session.open();
      expect(state.status).toBe('damaged');
      expect(state.message).toContain(name);
      expect((await fs.readFile(file)).equals(damaged)).toBe(true);

      const fresh = await session.startFreshAfterDamage();
      expect(fresh.status).toBe('ready');
      expect(fresh.notices.join(' ')).toContain(name);
      expect((await fs.readFile(copy)).equals(damaged)).toBe(true);
      if (name === 'meta.json') {
        expect(session.store.meta.ward.name).toBe('');
        expect(session.store.collection('staff').records).toHaveLength(3);
      } else {
        expect(session.store.collection('staff').records).toEqual([]);
        expect(session.store.meta.ward.name).toBe('Phường Hoàn Kiếm');
      }
      await session.close();
    });
  });
});

describe('choosing the backup to recover from', () => {
  it('skips a newer backup whose own copy of staff.json is damaged and uses the older good one', async () => {
    const folder = await tempFolder('corrupt');
    const clock = fixedClock(MONDAY);
    await seedWard(folder, clock);
    const db = path.join(folder, 'db');
    await writeBackup(path.join(folder, 'backups'), {
      'meta.json': await fs.readFile(path.join(db, 'meta.json'), 'utf8'),
      'staff.json': JSON.stringify({ schemaVersion: 2, kind: 'staff', partition: null, records: 'hỏng' }),
    }, { createdAt: '2026-03-02T20:00:00.000Z', reason: 'manual', schemaVersion: 2, wardName: 'Phường Hoàn Kiếm', counts: {} });
    await fs.writeFile(path.join(db, 'staff.json'), '{"schemaVersion":2,"kind":"sta');
    clock.set(TUESDAY);
    const store = await openStore(folder, clock);
    expect(store.collection('staff').records.map((r) => r.id)).toEqual(['s1', 's2']);
    expect(store.notices[0]!.message).toMatch(/09:15|9:15/);
  });

  it('a second crash on the same file keeps both damaged copies', async () => {
    const folder = await tempFolder('corrupt');
    const clock = fixedClock(MONDAY);
    await seedWard(folder, clock);
    const file = path.join(folder, 'db', 'staff.json');
    await fs.writeFile(file, 'first damage');
    clock.set(TUESDAY);
    await (await openStore(folder, clock)).close();
    await fs.writeFile(file, 'second damage');
    clock.advance(60_000);
    await (await openStore(folder, clock)).close();
    const copies = (await listNames(path.join(folder, 'db'))).filter((n) => n.startsWith('staff.json.corrupt-'));
    expect(copies).toHaveLength(2);
    const contents = await Promise.all(copies.map((c) => fs.readFile(path.join(folder, 'db', c), 'utf8')));
    expect(contents.sort()).toEqual(['first damage', 'second damage']);
  });

  it('meta.json deleted by hand next to the roster: the damaged screen, then "start fresh" keeps the roster', async () => {
    const folder = await tempFolder('corrupt');
    const clock = fixedClock(MONDAY);
    await seedWard(folder, clock);
    await fs.rm(path.join(folder, 'db', 'meta.json'));
    const session = new Session(folder, { app: 'app', now: clock.now });
    expect((await session.open()).status).toBe('damaged');
    const fresh = await session.startFreshAfterDamage();
    expect(fresh.status).toBe('ready');
    expect(session.store.meta.ward.name).toBe('');
    expect(session.store.collection('staff').records).toHaveLength(3);
    await session.close();
  });
});
