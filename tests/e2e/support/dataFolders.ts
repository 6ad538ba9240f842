/** Real temporary data folders for E2E tests, and ways to put them in the states a ward may meet. */
import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Store } from '../../../electron/store/dataStore';

export async function makeDataFolder(label: string): Promise<string> {
  return fs.mkdtemp(path.join(os.tmpdir(), `ward-e2e-${label}-`));
}

export async function removeDataFolder(folder: string): Promise<void> {
  await fs.rm(folder, { recursive: true, force: true });
}

/**
 * A valid store with the given ward name. The change leaves the day's automatic backup (taken before it,
 * so without the name); with `isBackedUp` a manual backup holding the name is taken after it.
 */
export async function prepareStore(folder: string, wardName: string, options: { isBackedUp?: boolean } = {}): Promise<void> {
  const store = await Store.open({ folder, app: 'E2E setup' });
  try {
    await store.updateMeta((meta) => {
      meta.ward = { name: wardName, address: '', chairman: '' };
      meta.settings = { ...meta.settings, operatorName: 'Nguyễn Văn An' };
    });
    if (options.isBackedUp) await store.backup('manual');
  } finally {
    await store.close();
  }
}

/** Overwrites db/meta.json with bytes that are not JSON. */
export async function damageMeta(folder: string): Promise<void> {
  await fs.writeFile(path.join(folder, 'db', 'meta.json'), '{"schemaVersion": 2, "ward": {\u0000\u0000 garbage');
}

export async function removeBackups(folder: string): Promise<void> {
  const backups = path.join(folder, 'backups');
  for (const name of await fs.readdir(backups)) await fs.rm(path.join(backups, name), { recursive: true, force: true });
}

export async function listFolder(folder: string): Promise<string[]> {
  return (await fs.readdir(folder).catch(() => [] as string[])).sort();
}
