import { promises as fs } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { fixedClock, openStore, tempFolder, violationRecord } from './helpers';

describe('a ten-year store opens without reading old years', () => {
  it('leaves 2019 on disk at open, counts it from its text, and loads it when first asked for', async () => {
    const folder = await tempFolder('lazy');
    const clock = fixedClock('2026-05-04T08:00:00+07:00');
    const first = await openStore(folder, clock);
    for (const year of ['2019', '2025', '2026']) {
      await first.mutateCollection('violations', year, (f) => {
        f.records.push(violationRecord(`v${year}a`, 'Vi phạm A', `${year}-03-01T00:00:00Z`), { ...violationRecord(`v${year}b`, 'Vi phạm B', `${year}-03-02T00:00:00Z`), deletedAt: `${year}-04-01T00:00:00Z` });
      });
    }
    await first.close();

    const store = await openStore(folder, clock);
    expect(store.isLoaded('violations', '2019')).toBe(false);
    // Only this year is read at open; last year too waits until first asked for.
    expect(store.isLoaded('violations', '2025')).toBe(false);
    expect(store.isLoaded('violations', '2026')).toBe(true);
    expect(store.partitions('violations')).toEqual(['2019', '2025', '2026']);
    expect(await store.countLive('violations', '2019')).toBe(1);
    expect(() => store.collection('violations', '2019')).toThrow(/not loaded/);
    await store.loadPartition('violations', '2019');
    expect(store.collection('violations', '2019').records.map((r) => r.id)).toEqual(['v2019a', 'v2019b']);
  });

  it('recovers a damaged old year from the backup when it is first loaded, keeping the damaged copy', async () => {
    const folder = await tempFolder('lazy-damaged');
    const clock = fixedClock('2026-05-04T08:00:00+07:00');
    const first = await openStore(folder, clock);
    await first.mutateCollection('violations', '2018', (f) => {
      f.records.push(violationRecord('old', 'Vi phạm cũ', '2018-01-01T00:00:00Z'));
    });
    await first.backup('manual');
    await first.close();
    const file = path.join(folder, 'db', 'violations-2018.json');
    await fs.writeFile(file, '{"schemaVersion":2,"kind":"violations","partition":"2018","records":[{"id":');

    const store = await openStore(folder, clock);
    expect(store.notices).toEqual([]);
    await store.mutateCollection('violations', '2018', (f) => {
      f.records.push(violationRecord('new', 'Vi phạm mới', '2018-02-01T00:00:00Z'));
    });
    expect(store.collection('violations', '2018').records.map((r) => r.id)).toEqual(['old', 'new']);
    expect(store.notices.map((n) => n.kind)).toEqual(['recovered']);
    expect((await fs.readdir(path.join(folder, 'db'))).some((n) => n.startsWith('violations-2018.json.corrupt-'))).toBe(true);
  });
});
