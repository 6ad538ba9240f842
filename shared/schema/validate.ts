/** Shape checks run on every file the store loads. Cheap on purpose: envelope plus record keys. */
import { z } from 'zod';
import { YEARLY_KINDS, SINGLE_KINDS, type CollectionFile, type MetaFile } from './records';

const metaSchema = z.object({
  schemaVersion: z.number().int().positive(),
  createdAt: z.string(),
  ward: z.object({ name: z.string(), address: z.string(), chairman: z.string() }),
  settings: z.object({ operatorName: z.string(), backupKeep: z.number().int().min(1).max(365), lockAfterMinutes: z.number().int().min(0).max(240).optional(), retentionYears: z.record(z.string(), z.number().int().min(1).max(100).nullable()).optional() }),
  lastAutoBackupDay: z.string().nullable(),
  batch: z.string().optional(),
});

const envelopeSchema = z.object({
  schemaVersion: z.number().int().positive(),
  kind: z.enum([...SINGLE_KINDS, ...YEARLY_KINDS] as [string, ...string[]]),
  partition: z.string().nullable(),
  records: z.array(z.unknown()),
  batch: z.string().optional(),
});

export type ShapeCheck<T> = { ok: true; value: T } | { ok: false; reason: string };

export function checkMeta(value: unknown): ShapeCheck<MetaFile> {
  const parsed = metaSchema.safeParse(value);
  return parsed.success ? { ok: true, value: parsed.data } : { ok: false, reason: 'meta: sai cấu trúc' };
}

export function checkCollection(value: unknown, expectedKind: string): ShapeCheck<CollectionFile> {
  const parsed = envelopeSchema.safeParse(value);
  if (!parsed.success) return { ok: false, reason: 'sai cấu trúc tệp' };
  if (parsed.data.kind !== expectedKind) return { ok: false, reason: 'sai loại dữ liệu' };
  const records = parsed.data.records;
  for (let i = 0; i < records.length; i += 1) {
    const record = records[i] as { id?: unknown; createdAt?: unknown } | null;
    if (!record || typeof record !== 'object' || typeof record.id !== 'string' || typeof record.createdAt !== 'string') {
      return { ok: false, reason: `bản ghi thứ ${i + 1} sai cấu trúc` };
    }
  }
  return { ok: true, value: value as CollectionFile };
}
