/** Fills an empty store with realistic demo data for a merged Hà Nội ward (for trials, training and the bench). */
import { ServiceError } from '../../shared/api/result';
import { META_FILE, collectionFileName, emptyCollection, type BaseRecord, type CollectionKind, type MetaFile } from '../../shared/schema/records';
import type { Store } from '../store/dataStore';
import { buildDemoData, DEMO_WARD } from './demo/generate';
import type { DemoSize } from './demo/types';

export type { DemoSize };
export const DEMO_SIZES: readonly DemoSize[] = ['S', 'M', 'L'];

export interface DemoSeedOptions {
  size: DemoSize;
  /** Replace a roster that is already there. */
  force?: boolean;
}

export interface DemoSeedReport {
  size: DemoSize;
  wardName: string;
  counts: { units: number; staff: number; leavers: number; violations: number; scores: number; commendations: number };
  years: string[];
  files: number;
}

function liveCount(records: BaseRecord[]): number {
  return records.filter((record) => !record.deletedAt).length;
}

export async function seedDemo(store: Store, options: DemoSeedOptions): Promise<DemoSeedReport> {
  const existing = liveCount(store.collection('staff').records);
  if (existing > 0 && !options.force) {
    throw new ServiceError('CONFLICT', `Dữ liệu đã có danh sách cán bộ (${existing} người); không tạo dữ liệu mẫu để tránh ghi đè.`);
  }
  const data = buildDemoData(options.size, store.now(), store.operator);
  // Every file at once (journal): a demo seed cut short leaves the data as it was, never half demo.
  const values: Record<string, unknown> = {};
  const put = (kind: CollectionKind, partition: string | null, records: BaseRecord[]) => {
    values[collectionFileName(kind, partition)] = { ...emptyCollection(kind, partition), records };
  };
  put('units', null, data.units);
  put('staff', null, data.staff);
  const years = new Set(data.years.map((y) => y.year));
  for (const y of data.years) {
    if (y.violations.length > 0) put('violations', y.year, y.violations);
    if (y.scores.length > 0) put('scores', y.year, y.scores);
    if (y.commendations.length > 0) put('commendations', y.year, y.commendations);
  }
  // With force, yearly records of other years would mix with the demo's: empty them.
  for (const kind of ['violations', 'scores', 'commendations'] as const) {
    for (const partition of store.partitions(kind).filter((p) => !years.has(p))) put(kind, partition, []);
  }
  if (!store.isInitialised) {
    const meta: MetaFile = { ...store.meta, ward: { name: DEMO_WARD.name, address: DEMO_WARD.address, chairman: data.chairman } };
    values[META_FILE] = meta;
  }
  const files = Object.keys(values).filter((name) => name !== META_FILE).length;
  await store.writeBatch(values);
  const sum = (pick: (y: (typeof data.years)[number]) => unknown[]) => data.years.reduce((n, y) => n + pick(y).length, 0);
  return {
    size: options.size,
    wardName: store.meta.ward.name,
    counts: {
      units: data.units.length,
      staff: data.staff.length,
      leavers: data.staff.filter((person) => person.status !== 'active').length,
      violations: sum((y) => y.violations),
      scores: sum((y) => y.scores),
      commendations: sum((y) => y.commendations),
    },
    years: data.years.map((y) => y.year),
    files,
  };
}
