import { promises as fs } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { isAsciiForm } from '../../electron/store/jsonText';
import { fixedClock, openStore, staffRecord, tempFolder, violationRecord } from './helpers';

const MORNING = '2026-05-04T08:00:00+07:00';

/** Writes a data file back as an earlier version wrote it: the same JSON in plain UTF-8. */
async function asEarlierVersion(file: string): Promise<unknown> {
  const value: unknown = JSON.parse(await fs.readFile(file, 'utf8'));
  await fs.writeFile(file, JSON.stringify(value), 'utf8');
  expect(isAsciiForm(await fs.readFile(file))).toBe(false);
  return value;
}

describe('data files written by an earlier version (UTF-8) move to the ASCII form', () => {
  it('opens the ward’s files as they were, then writes each again once, the same data, in the form that opens fast', async () => {
    const folder = await tempFolder('text-form');
    const clock = fixedClock(MORNING);
    const first = await openStore(folder, clock);
    await first.mutateCollection('staff', null, (f) => void f.records.push(staffRecord('s1', 'Nguyễn Thị Hoà', MORNING)));
    for (const year of ['2019', '2026']) {
      await first.mutateCollection('violations', year, (f) => void f.records.push(violationRecord(`v${year}`, 'Đi làm muộn', `${year}-03-01T00:00:00Z`)));
    }
    await first.close();
    const db = path.join(folder, 'db');
    const names = ['meta.json', 'staff.json', 'violations-2019.json', 'violations-2026.json'];
    const before: Record<string, unknown> = {};
    for (const name of names) before[name] = await asEarlierVersion(path.join(db, name));

    const store = await openStore(folder, clock);
    expect(store.collection('staff').records[0]?.fullName).toBe('Nguyễn Thị Hoà'.normalize('NFC'));
    // 2019 is not loaded at open: it stays as it was until first asked for.
    await store.idle();
    await store.loadPartition('violations', '2019');
    expect(store.collection('violations', '2019').records[0]?.description).toBe('Đi làm muộn');
    expect(store.notices).toEqual([]);
    await store.close();

    for (const name of names) {
      const bytes = await fs.readFile(path.join(db, name));
      expect(isAsciiForm(bytes), name).toBe(true);
      expect(JSON.parse(bytes.toString('utf8')), name).toEqual(before[name]);
    }
    const reopened = await openStore(folder, clock);
    expect(reopened.collection('staff').records[0]?.fullName).toBe('Nguyễn Thị Hoà'.normalize('NFC'));
    expect(reopened.notices).toEqual([]);
    await reopened.close();
  });
});
