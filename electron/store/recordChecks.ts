/**
 * Every record of a loaded file is checked with its kind's zod schema (shared/schema/kinds.ts). A
 * record that fails is not dropped and does not take its whole file down: it is moved, exactly as
 * it was, to a quarantine file beside the data (db/<file>.quarantine-<time>.json) before the data
 * file is written without it, and the person is told in Vietnamese. Nothing is lost: every other
 * record stays in use, and the set-aside ones can be read back from the quarantine file.
 */
import path from 'node:path';
import { KINDS, type CollectionKind } from '../../shared/schema/kinds';
import type { CollectionFile } from '../../shared/schema/records';
import { writeFileDurable, type DiskOps } from './durableWrite';
import { stringifyNfc } from './jsonAdapter';

export interface FailedRecord {
  /** 1-based position in the file. */
  position: number;
  /** Which fields are wrong, in the data's own field names. */
  fields: string[];
  record: unknown;
}

/** The records of a file that do not match their kind's schema. */
export function failedRecords(kind: CollectionKind, records: unknown[]): FailedRecord[] {
  const schema = KINDS[kind].schema;
  const failed: FailedRecord[] = [];
  records.forEach((record, index) => {
    const checked = schema.safeParse(record);
    if (!checked.success) {
      const fields = [...new Set(checked.error.issues.map((i) => i.path.join('.') || '(bản ghi)'))];
      failed.push({ position: index + 1, fields, record });
    }
  });
  return failed;
}

export interface Quarantine {
  file: string;
  count: number;
  message: string;
}

/**
 * Moves the failing records of a loaded file aside: writes them durably to a quarantine file, then
 * takes them out of `value` (the caller writes the data file after). Null when every record passes.
 */
export async function quarantineFailed(dbFolder: string, name: string, kind: CollectionKind, value: CollectionFile, now: Date, disk: DiskOps): Promise<Quarantine | null> {
  const failed = failedRecords(kind, value.records);
  if (failed.length === 0) return null;
  const file = `${name}.quarantine-${now.toISOString().replace(/[:.]/g, '-')}.json`;
  await writeFileDurable(path.join(dbFolder, file), stringifyNfc({ from: name, kind, partition: value.partition, at: now.toISOString(), records: failed }), disk);
  const positions = new Set(failed.map((f) => f.position));
  value.records = value.records.filter((_, index) => !positions.has(index + 1));
  const list = failed.slice(0, 5).map((f) => `thứ ${f.position}`).join(', ') + (failed.length > 5 ? ', …' : '');
  return {
    file,
    count: failed.length,
    message: `Tệp ${name} có ${failed.length} bản ghi không đúng cấu trúc (${list}). Các bản ghi này đã được chuyển nguyên vẹn sang tệp ${file} trong thư mục db để xem lại; các bản ghi còn lại vẫn dùng bình thường.`,
  };
}
