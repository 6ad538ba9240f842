/** Retention methods (spread into the access methods): the periods per kind of record, and the run with its preview. */
import { z } from 'zod';
import { method } from './method';
import { empty } from './schemas';
import { RETENTION_KINDS, type RetentionConfidence, type RetentionKind } from '../domain/retention';

export interface RetentionSetting {
  kind: RetentionKind;
  label: string;
  /** Years kept after the record's year (after leaving, for staffLeft); null = kept. */
  years: number | null;
  defaultYears: number | null;
  basis: string;
  confidence: RetentionConfidence;
  action: 'remove' | 'anonymise';
}

export interface RetentionItem {
  kind: RetentionKind;
  /** The record, in words the administrator recognises (before it is anonymised). */
  what: string;
  year: number;
  action: 'remove' | 'anonymise';
  /** How many records the line stands for (access entries are grouped by year). */
  count: number;
}

export interface RetentionRun {
  /** false = preview only (dry run): nothing changed. */
  applied: boolean;
  at: string;
  items: RetentionItem[];
  /** Records per kind. */
  counts: Record<RetentionKind, number>;
}

const years = z.number({ error: 'Số năm: phải là số' }).int().min(1, { error: 'Số năm: từ 1 đến 100' }).max(100, { error: 'Số năm: từ 1 đến 100' }).nullable();

export const retentionMethods = {
  getRetention: method<RetentionSetting[]>()(empty),
  updateRetention: method<RetentionSetting[]>()(z.object({ years: z.partialRecord(z.enum(RETENTION_KINDS), years) }).strict()),
  /** dryRun (default): the list of what would be removed or anonymised; dryRun false: do it. */
  runRetention: method<RetentionRun>()(z.object({ dryRun: z.boolean().default(true) }).strict()),
} as const;
