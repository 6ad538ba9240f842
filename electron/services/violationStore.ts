/** Reading and writing violation records in their yearly files (violations-YYYY.json). */
import { ServiceError } from '../../shared/api/result';
import type { Violation } from '../../shared/schema/violation';
import type { Store } from '../store/dataStore';

export function yearOf(day: string): string {
  return day.slice(0, 4);
}

/** Loads the stored years among `years` (older ones stay on disk until asked for). */
export async function loadYears(store: Store, years: string[]): Promise<string[]> {
  const stored = new Set(store.partitions('violations'));
  const present = years.filter((y) => stored.has(y));
  for (const year of present) await store.loadPartition('violations', year);
  return present;
}

function findLoaded(store: Store, id: string): { record: Violation; year: string } | null {
  for (const year of store.partitions('violations')) {
    if (!store.isLoaded('violations', year)) continue;
    const record = store.collection('violations', year).records.find((r) => r.id === id && !r.deletedAt);
    if (record) return { record, year };
  }
  return null;
}

/** The live record and its year; looks in loaded years first, then loads the others. */
export async function findViolation(store: Store, id: string): Promise<{ record: Violation; year: string }> {
  const loaded = findLoaded(store, id);
  if (loaded) return loaded;
  await store.loadAllPartitions('violations');
  const found = findLoaded(store, id);
  if (!found) throw new ServiceError('NOT_FOUND', 'Không tìm thấy vi phạm này (có thể đã bị xóa).');
  return found;
}

/**
 * Replaces a record with its changed copy. A copy whose date moved to another year is written to
 * that year's file first, then removed from the old one; if the removal fails the new copy is taken back.
 */
export async function replaceViolation(store: Store, fromYear: string, next: Violation): Promise<void> {
  const toYear = yearOf(next.date);
  if (toYear === fromYear) {
    await store.mutateCollection('violations', fromYear, (file) => {
      const index = file.records.findIndex((r) => r.id === next.id);
      if (index < 0) throw new ServiceError('CONFLICT', 'Vi phạm này vừa bị thay đổi ở nơi khác; hãy mở lại.');
      file.records[index] = next;
    });
    return;
  }
  await store.mutateCollection('violations', toYear, (file) => {
    file.records.push(next);
  });
  try {
    await store.mutateCollection('violations', fromYear, (file) => {
      const index = file.records.findIndex((r) => r.id === next.id);
      if (index < 0) throw new ServiceError('CONFLICT', 'Vi phạm này vừa bị thay đổi ở nơi khác; hãy mở lại.');
      file.records.splice(index, 1);
    });
  } catch (error) {
    await store.mutateCollection('violations', toYear, (file) => {
      file.records = file.records.filter((r) => r.id !== next.id);
    });
    throw error;
  }
}

export async function insertViolation(store: Store, record: Violation): Promise<void> {
  await store.mutateCollection('violations', yearOf(record.date), (file) => {
    file.records.push(record);
  });
}
