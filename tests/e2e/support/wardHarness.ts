/**
 * The usual start of an E2E test: a fresh data folder, a declared ward, the test's own data, then the
 * harness on it; closed and removed after each test.
 *
 *   const openWard = useWardHarness('roster');
 *   it('…', async () => {
 *     const { harness, folder } = await openWard();
 *   });
 */
import { afterEach } from 'vitest';
import { startHarness, type Harness, type HarnessOptions } from '../harness';
import { makeDataFolder, prepareStore, removeDataFolder } from './dataFolders';

export interface WardHarnessOptions {
  /** The ward declared before the window opens ('Phường Hoàn Kiếm' by default); null leaves it undeclared. */
  wardName?: string | null;
  /** Puts the test's own data in the folder, after the ward is declared and before the harness opens it. */
  seed?: (folder: string) => Promise<void>;
  /** The harness's other options (clock, save dialog, whether the page loads at once). */
  harness?: Omit<HarnessOptions, 'dataFolder'>;
}

export interface OpenWard {
  harness: Harness;
  folder: string;
}

const DEFAULT_WARD = 'Phường Hoàn Kiếm';

/**
 * Call inside a describe: registers the afterEach that closes the harness and removes the folder, and
 * returns the opener. Options given to the opener replace those given here, one by one.
 */
export function useWardHarness(label: string, options: WardHarnessOptions = {}): (overrides?: WardHarnessOptions) => Promise<OpenWard> {
  let harness: Harness | null = null;
  let folder = '';

  afterEach(async () => {
    await harness?.close();
    harness = null;
    if (folder) await removeDataFolder(folder);
    folder = '';
  });

  return async (overrides = {}) => {
    const { wardName = DEFAULT_WARD, seed, harness: harnessOptions } = { ...options, ...overrides };
    folder = await makeDataFolder(label);
    if (wardName !== null) await prepareStore(folder, wardName);
    if (seed) await seed(folder);
    harness = await startHarness({ ...harnessOptions, dataFolder: folder });
    return { harness, folder };
  };
}
