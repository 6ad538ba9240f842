import { spawnSync } from 'node:child_process';
import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { Store } from '../../electron/store/dataStore';
import { LOCK_FILE, LockedError } from '../../electron/store/lock';
import { Session } from '../../electron/services/session';
import { fixedClock, openStore, tempFolder } from './helpers';

const MORNING = '2026-03-02T02:00:00.000Z';

/** The pid of a process that has already exited (and been reaped). */
function deadPid(): number {
  const child = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], { encoding: 'utf8' });
  const pid = Number(child.stdout);
  expect(pid).toBeGreaterThan(0);
  return pid;
}

async function writeLock(folder: string, owner: object): Promise<void> {
  await fs.mkdir(folder, { recursive: true });
  await fs.writeFile(path.join(folder, LOCK_FILE), JSON.stringify(owner));
}

describe('one writer per data folder', () => {
  it('refuses a second window on the same folder with LockedError naming the first', async () => {
    const folder = await tempFolder();
    const clock = fixedClock(MORNING);
    const first = await openStore(folder, clock, 'app');
    const error = await Store.open({ folder, app: 'cli', now: clock.now }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(LockedError);
    expect((error as LockedError).owner).toMatchObject({ pid: process.pid, host: os.hostname(), app: 'app', since: MORNING });
    await first.close();
    // After the first one closes the folder is free again.
    const second = await openStore(folder, clock, 'cli');
    expect(second.meta.schemaVersion).toBe(2);
  });

  it('removes its lock file on close', async () => {
    const folder = await tempFolder();
    const store = await openStore(folder, fixedClock(MORNING));
    await expect(fs.stat(path.join(folder, LOCK_FILE))).resolves.toBeTruthy();
    await store.close();
    await expect(fs.stat(path.join(folder, LOCK_FILE))).rejects.toThrow(/ENOENT/);
  });

  it('takes over the lock of a program that crashed on this computer', async () => {
    const folder = await tempFolder();
    const pid = deadPid();
    await writeLock(folder, { pid, host: os.hostname(), app: 'app', since: '2026-03-01T09:00:00.000Z' });
    const store = await openStore(folder, fixedClock(MORNING), 'cli');
    const lock = JSON.parse(await fs.readFile(path.join(folder, LOCK_FILE), 'utf8'));
    expect(lock).toMatchObject({ pid: process.pid, app: 'cli', since: MORNING });
    await store.close();
  });

  it('takes over a lock naming a pid that cannot exist (2^22 + 1)', async () => {
    const folder = await tempFolder();
    await writeLock(folder, { pid: 2 ** 22 + 1, host: os.hostname(), app: 'app', since: '2026-03-01T09:00:00.000Z' });
    const store = await openStore(folder, fixedClock(MORNING));
    expect(store.meta.ward.name).toBe('');
  });

  it('respects the lock of a live process on another computer sharing the folder', async () => {
    const folder = await tempFolder();
    await writeLock(folder, { pid: 2 ** 22 + 1, host: 'MAY-MOT-CUA-02', app: 'app', since: '2026-03-02T01:00:00.000Z' });
    const error = await Store.open({ folder, app: 'cli', now: fixedClock(MORNING).now }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(LockedError);
    expect((error as LockedError).owner?.host).toBe('MAY-MOT-CUA-02');
    // The other computer's lock is left exactly as it was.
    expect(JSON.parse(await fs.readFile(path.join(folder, LOCK_FILE), 'utf8')).host).toBe('MAY-MOT-CUA-02');
  });

  it('shows the locked screen with the owner, in Vietnamese, through the session', async () => {
    const folder = await tempFolder();
    await writeLock(folder, { pid: 1, host: 'MAY-MOT-CUA-02', app: 'app', since: '2026-03-02T01:00:00.000Z' });
    const session = new Session(folder, { app: 'app', now: fixedClock(MORNING).now });
    const state = await session.open();
    expect(state.status).toBe('locked');
    expect(state.lockOwner?.host).toBe('MAY-MOT-CUA-02');
    expect(state.message).toMatch(/đang được một cửa sổ hoặc lệnh khác/);
    expect(state.message).toMatch(/MAY-MOT-CUA-02/);
  });

  it('treats a lock file that is being written (empty, just created) as held, and an old empty one as stale', async () => {
    const folder = await tempFolder();
    const file = path.join(folder, LOCK_FILE);
    await fs.writeFile(file, '');
    await expect(Store.open({ folder, app: 'cli', now: fixedClock(MORNING).now })).rejects.toBeInstanceOf(LockedError);
    const old = new Date(Date.now() - 60_000);
    await fs.utimes(file, old, old);
    const store = await openStore(folder, fixedClock(MORNING));
    expect(store.meta.schemaVersion).toBe(2);
  });
});
