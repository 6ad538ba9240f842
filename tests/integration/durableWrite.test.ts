import { promises as fs } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { removeStaleTempFiles, withFsRetry, writeFileDurable } from '../../electron/store/durableWrite';
import { DurableJsonAdapter } from '../../electron/store/jsonAdapter';
import { fixedClock, listNames, openStore, staffRecord, tempFolder } from './helpers';

const MORNING = '2026-03-02T02:00:00.000Z';

describe('durable writes in the data folder', () => {
  it('saves the roster fifty times in a row and leaves only the real files behind', async () => {
    const folder = await tempFolder();
    const target = path.join(folder, 'staff.json');
    for (let i = 0; i < 50; i += 1) await writeFileDurable(target, JSON.stringify({ seq: i }));
    expect(await listNames(folder)).toEqual(['staff.json']);
    expect(JSON.parse(await fs.readFile(target, 'utf8'))).toEqual({ seq: 49 });
  });

  it('a store that took a daily backup and saved twice has no temp files in db/ or backups/', async () => {
    const folder = await tempFolder();
    const store = await openStore(folder, fixedClock(MORNING));
    await store.mutateCollection('staff', null, (f) => void f.records.push(staffRecord('s1', 'Nguyễn Văn An', MORNING)));
    await store.updateMeta((m) => void (m.ward.name = 'Phường Hoàn Kiếm'));
    const leftovers = [...(await listNames(path.join(folder, 'db'))), ...(await listNames(path.join(folder, 'backups')))].filter((n) => n.endsWith('.tmp'));
    expect(leftovers).toEqual([]);
    expect(await listNames(path.join(folder, 'db'))).toEqual(['meta.json', 'staff.json']);
  });

  it('concurrent writes through one adapter end with the last value, whole', async () => {
    const folder = await tempFolder();
    const adapter = new DurableJsonAdapter<{ seq: number; pad: string }>(path.join(folder, 'staff.json'));
    await Promise.all(Array.from({ length: 20 }, (_, seq) => adapter.write({ seq, pad: 'x'.repeat(10_000) })));
    expect((await adapter.read())?.seq).toBe(19);
    expect(await listNames(folder)).toEqual(['staff.json']);
  });

  it('stores a name typed in decomposed form (NFD) as precomposed NFC bytes on disk', async () => {
    const folder = await tempFolder();
    const clock = fixedClock(MORNING);
    const store = await openStore(folder, clock);
    const nfdName = 'Trần Thị Bích Ngọc'.normalize('NFD');
    const nfdWard = 'Phường Hoàn Kiếm'.normalize('NFD');
    await store.mutateCollection('staff', null, (f) => void f.records.push(staffRecord('s2', nfdName, MORNING)));
    await store.updateMeta((m) => void (m.ward.name = nfdWard));

    const staffBytes = await fs.readFile(path.join(folder, 'db', 'staff.json'));
    const metaBytes = await fs.readFile(path.join(folder, 'db', 'meta.json'));
    // The files are in the ASCII form (jsonText.ts): each accent is its \u escape, and the escapes are the NFC ones.
    const escaped = (text: string) => Buffer.from(JSON.stringify(text).replace(/[\u0080-\uffff]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`));
    expect(staffBytes.includes(escaped('Trần Thị Bích Ngọc'.normalize('NFC')))).toBe(true);
    expect(staffBytes.includes(escaped(nfdName))).toBe(false);
    // U+0300..U+036F are the combining marks (NFD): none may be on disk, escaped or not.
    for (const bytes of [staffBytes, metaBytes]) {
      expect(/[\u0080-\uffff]/.test(bytes.toString('latin1'))).toBe(false);
      expect(/\\u03[0-6][0-9a-f]/.test(bytes.toString('latin1'))).toBe(false);
    }
    expect(metaBytes.includes(escaped('Phường Hoàn Kiếm'.normalize('NFC')))).toBe(true);
    expect((JSON.parse(metaBytes.toString('utf8')) as { ward: { name: string } }).ward.name).toBe('Phường Hoàn Kiếm'.normalize('NFC'));

    await store.close();
    const reopened = await openStore(folder, clock);
    expect(reopened.collection('staff').records[0]!.fullName).toBe('Trần Thị Bích Ngọc'.normalize('NFC'));
  });

  it('clears temp files a killed writer left in db/ and backups/ when it next opens', async () => {
    const folder = await tempFolder();
    const clock = fixedClock(MORNING);
    await (await openStore(folder, clock)).close();
    const db = path.join(folder, 'db');
    await fs.writeFile(path.join(db, '.staff.json.4242.deadbeef.tmp'), '{"schemaVer');
    await fs.writeFile(path.join(folder, 'backups', '.backup-2026-03-02T02-00-00-000Z-daily.wcbak.4242.cafe.tmp'), 'half a gzip');
    const store = await openStore(folder, clock);
    expect(await listNames(db)).toEqual(['meta.json']);
    expect(await listNames(path.join(folder, 'backups'))).toEqual([]);
    expect(await removeStaleTempFiles(db)).toBe(0);
    await store.close();
  });

  it('retries a rename that Windows antivirus briefly blocks (EBUSY), and gives up on other errors at once', async () => {
    let attempts = 0;
    const value = await withFsRetry(async () => {
      attempts += 1;
      if (attempts < 3) throw Object.assign(new Error('busy'), { code: 'EBUSY' });
      return 'renamed';
    });
    expect(value).toBe('renamed');
    expect(attempts).toBe(3);

    let enoentAttempts = 0;
    await expect(withFsRetry(async () => {
      enoentAttempts += 1;
      throw Object.assign(new Error('gone'), { code: 'ENOENT' });
    })).rejects.toThrow('gone');
    expect(enoentAttempts).toBe(1);
  });
});
