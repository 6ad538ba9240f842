/** Symlinks inside the data folder that lead out of it are refused, never followed. */
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { Session } from '../../electron/services/session';
import { readInside } from '../../electron/store/linksOut';
import { realDisk } from '../../electron/store/durableWrite';
import { fixedClock, openStore, staffRecord, tempFolder } from './helpers';

const MORNING = '2026-03-02T02:00:00.000Z';

async function wardWithRoster(): Promise<{ folder: string; outside: string }> {
  const folder = await tempFolder('links');
  const outside = await tempFolder('links-outside');
  const store = await openStore(folder, fixedClock(MORNING));
  await store.mutateCollection('staff', null, (f) => void f.records.push(staffRecord('s1', 'Nguyễn Văn An', MORNING)));
  await store.close();
  return { folder, outside };
}

async function openState(folder: string) {
  const session = new Session(folder, { app: 'test', now: fixedClock(MORNING).now });
  const state = await session.open();
  await session.close();
  return state;
}

describe('a symlink in the data folder leading out of it', () => {
  it('a data file linked to a file elsewhere: the folder is not opened, with a message naming the link; nothing written there', async () => {
    const { folder, outside } = await wardWithRoster();
    const elsewhere = path.join(outside, 'staff.json');
    await fs.rename(path.join(folder, 'db', 'staff.json'), elsewhere);
    const before = await fs.readFile(elsewhere, 'utf8');
    await fs.symlink(elsewhere, path.join(folder, 'db', 'staff.json'));
    const state = await openState(folder);
    expect(state.status).toBe('unavailable');
    expect(state.message).toContain('lối tắt (symlink) "db/staff.json" trỏ ra ngoài thư mục');
    expect(await fs.readFile(elsewhere, 'utf8')).toBe(before);
    expect(await fs.readdir(outside)).toEqual(['staff.json']);
  });

  it('the backups folder linked elsewhere: refused too', async () => {
    const { folder, outside } = await wardWithRoster();
    await fs.rm(path.join(folder, 'backups'), { recursive: true });
    await fs.symlink(outside, path.join(folder, 'backups'));
    const state = await openState(folder);
    expect(state.status).toBe('unavailable');
    expect(state.message).toContain('"backups"');
    expect(await fs.readdir(outside)).toEqual([]);
  });

  it('a link that stays inside the folder is fine, and an evidence file linked out reads as missing', async () => {
    const { folder, outside } = await wardWithRoster();
    await fs.mkdir(path.join(folder, 'evidence', '2026'), { recursive: true });
    await fs.writeFile(path.join(outside, 'secret.txt'), 'không thuộc dữ liệu');
    await fs.symlink(path.join(outside, 'secret.txt'), path.join(folder, 'evidence', '2026', 'a.txt'));
    await fs.writeFile(path.join(folder, 'evidence', '2026', 'b.txt'), 'biên bản');
    await fs.symlink(path.join(folder, 'evidence', '2026', 'b.txt'), path.join(folder, 'evidence', '2026', 'c.txt'));
    expect(await readInside(folder, 'evidence/2026/a.txt', realDisk)).toBeNull();
    expect((await readInside(folder, 'evidence/2026/c.txt', realDisk))?.toString('utf8')).toBe('biên bản');
    expect((await openState(folder)).status).toBe('ready');
  });
});
