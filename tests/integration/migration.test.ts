import { promises as fs } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { listBackups, readBackup } from '../../electron/store/backups';
import { Store } from '../../electron/store/dataStore';
import { checkCollection, checkMeta } from '../../shared/schema/validate';
import { fixedClock, listNames, openStore, tempFolder } from './helpers';

const FIXTURE = path.join(__dirname, '../fixtures/v1/ward-conduct.json');
const UPGRADE_DAY = '2026-01-05T03:00:00.000Z';

async function folderWithPilotData(): Promise<{ folder: string; v1Text: string }> {
  const folder = await tempFolder('v1');
  const v1Text = await fs.readFile(FIXTURE, 'utf8');
  await fs.writeFile(path.join(folder, 'ward-conduct.json'), v1Text);
  return { folder, v1Text };
}

describe('opening a folder from the pilot (schema v1)', () => {
  it('opens as v2 with the roster, NFC on disk, and a beforeMigration backup equal to the pilot file', async () => {
    const { folder, v1Text } = await folderWithPilotData();
    const v1 = JSON.parse(v1Text);
    const store = await openStore(folder, fixedClock(UPGRADE_DAY));

    expect(store.meta.schemaVersion).toBe(2);
    expect(store.meta.ward.name).toBe('Phường Hoàn Kiếm');
    expect(store.notices.map((n) => n.kind)).toEqual(['migrated']);
    const staff = store.collection('staff').records;
    expect(staff.map((s) => s.code)).toEqual(v1.staff.map((s: { code: string }) => s.code));
    expect(staff.map((s) => s.fullName)).toEqual(v1.staff.map((s: { fullName: string }) => s.fullName.normalize('NFC')));
    expect(store.collection('units').records).toHaveLength(2);

    const db = path.join(folder, 'db');
    expect(await listNames(db)).toEqual(['meta.json', 'staff.json', 'units.json']);
    for (const name of ['meta.json', 'staff.json', 'units.json']) {
      const text = await fs.readFile(path.join(db, name), 'utf8');
      expect(text.normalize('NFC')).toBe(text);
    }
    expect(checkMeta(JSON.parse(await fs.readFile(path.join(db, 'meta.json'), 'utf8'))).ok).toBe(true);
    expect(checkCollection(JSON.parse(await fs.readFile(path.join(db, 'staff.json'), 'utf8')), 'staff').ok).toBe(true);

    // The pilot file is kept, renamed, byte for byte.
    expect(await fs.readFile(path.join(folder, 'ward-conduct.json.migrated-v1'), 'utf8')).toBe(v1Text);
    await expect(fs.stat(path.join(folder, 'ward-conduct.json'))).rejects.toThrow(/ENOENT/);

    const backups = await listBackups(path.join(folder, 'backups'));
    expect(backups.map((b) => b.reason)).toEqual(['beforeMigration']);
    expect(backups[0]).toMatchObject({ schemaVersion: 1, createdAt: UPGRADE_DAY, counts: { staff: 4, units: 2 }, files: ['ward-conduct.json'] });
    expect(backups[0]!.wardName.normalize('NFC')).toBe('Phường Hoàn Kiếm');
    const { files } = await readBackup(backups[0]!.file);
    expect(files['ward-conduct.json']).toEqual(v1);
  });

  it('opens the migrated folder a second time without migrating again', async () => {
    const { folder } = await folderWithPilotData();
    const clock = fixedClock(UPGRADE_DAY);
    await (await openStore(folder, clock)).close();
    clock.advance(3600_000);
    const store = await openStore(folder, clock);
    expect(store.notices).toEqual([]);
    expect(await listBackups(path.join(folder, 'backups'))).toHaveLength(1);
  });

  it('a migration that fails half way (staff.json cannot be written) keeps the pilot data for the next start', async () => {
    const { folder } = await folderWithPilotData();
    const clock = fixedClock(UPGRADE_DAY);
    const db = path.join(folder, 'db');
    // A folder in the way makes the rename of staff.json fail, as a full disk or a locked file would.
    await fs.mkdir(path.join(db, 'staff.json', 'blocker'), { recursive: true });
    await expect(Store.open({ folder, app: 'app', now: clock.now })).rejects.toThrow();
    await fs.rm(path.join(db, 'staff.json'), { recursive: true });

    clock.advance(60_000);
    const store = await openStore(folder, clock);
    expect(store.meta.ward.name).toBe('Phường Hoàn Kiếm');
    expect(store.collection('staff').records).toHaveLength(4);
    expect(store.collection('units').records).toHaveLength(2);
  });

  it('migrates a pilot file that Notepad saved with a byte order mark instead of opening an empty ward', async () => {
    const { folder, v1Text } = await folderWithPilotData();
    await fs.writeFile(path.join(folder, 'ward-conduct.json'), `\uFEFF${v1Text.replace(/\n/g, '\r\n')}`);
    const store = await openStore(folder, fixedClock(UPGRADE_DAY));
    expect(store.meta.ward.name).toBe('Phường Hoàn Kiếm');
    expect(store.collection('staff').records).toHaveLength(4);
    const [backup] = await listBackups(path.join(folder, 'backups'));
    expect((await readBackup(backup!.file)).files['ward-conduct.json']).toEqual(JSON.parse(v1Text));
  });
});
