/** Shared helpers for integration tests: real temp folders, fixed clocks, ward-like records. */
import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach } from 'vitest';
import type { Staff } from '../../shared/schema/staff';
import { Store } from '../../electron/store/dataStore';

const made: string[] = [];
const openStores: Store[] = [];

afterEach(async () => {
  for (const store of openStores.splice(0)) await store.close().catch(() => undefined);
  for (const folder of made.splice(0)) await fs.rm(folder, { recursive: true, force: true });
});

/** A fresh data folder under the OS temp folder, removed after the test. */
export async function tempFolder(label = 'ward'): Promise<string> {
  const folder = await fs.mkdtemp(path.join(os.tmpdir(), `wc-${label}-`));
  made.push(folder);
  return folder;
}

export interface FixedClock {
  now: () => Date;
  set(iso: string): void;
  advance(ms: number): void;
}

/** A clock that only moves when the test moves it. */
export function fixedClock(startIso: string): FixedClock {
  let current = new Date(startIso).getTime();
  return {
    now: () => new Date(current),
    set(iso) {
      current = new Date(iso).getTime();
    },
    advance(ms) {
      current += ms;
    },
  };
}

/** Opens a store that is closed after the test even when an assertion fails. */
export async function openStore(folder: string, clock: FixedClock, app = 'test'): Promise<Store> {
  const store = await Store.open({ folder, app, now: clock.now });
  openStores.push(store);
  return store;
}

export type StaffRecord = Staff;

export { staffRecord, unitRecord, violationRecord } from '../fixtures/records';

export async function listNames(folder: string): Promise<string[]> {
  return (await fs.readdir(folder)).sort();
}
