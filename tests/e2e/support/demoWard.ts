/** Seeds a data folder with the demo ward (size M: 300 staff, 400 violations a year) for screen-size tests. */
import { Store } from '../../../electron/store/dataStore';
import { seedDemo } from '../../../electron/services/demoSeed';

export async function seedDemoWard(folder: string): Promise<void> {
  const store = await Store.open({ folder, app: 'E2E setup' });
  try {
    await seedDemo(store, { size: 'M' });
  } finally {
    await store.close();
  }
}
