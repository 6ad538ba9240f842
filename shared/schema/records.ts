/** Shapes of persisted data. Pure types and constants: no Node, DOM or React. */
import { SINGLE_KINDS, YEARLY_KINDS, type CollectionKind } from './kinds';

export const CURRENT_SCHEMA_VERSION = 2;

export interface AuditEntry {
  at: string;
  by: string;
  action: 'create' | 'update' | 'delete' | 'restore';
  changes?: Record<string, { from: unknown; to: unknown }>;
  /** The program the change came through (the app, the CLI), on entries the store writes (store/audit.ts). */
  via?: string;
}

export interface BaseRecord {
  id: string;
  createdAt: string;
  updatedAt: string;
  createdBy: string;
  updatedBy: string;
  deletedAt: string | null;
  history?: AuditEntry[];
}

export interface WardProfile {
  name: string;
  address: string;
  chairman: string;
}

export interface Settings {
  operatorName: string;
  backupKeep: number;
  /** Minutes without input before the app locks when users exist (0 = never); absent = 10. */
  lockAfterMinutes?: number;
  /** Retention period per kind (shared/domain/retention.ts RETENTION_KINDS), in years; null = kept; absent = the default. */
  retentionYears?: Record<string, number | null>;
}

export interface MetaFile {
  schemaVersion: number;
  createdAt: string;
  ward: WardProfile;
  settings: Settings;
  lastAutoBackupDay: string | null;
  /** Id of the last all-or-nothing change of many files (restore, demo data, migration); every data file then carries it. */
  batch?: string;
}

/** Kinds kept in one file each, and kinds split into one file per year: listed in kinds.ts (one line per kind). */
export { SINGLE_KINDS, YEARLY_KINDS, type CollectionKind, type SingleKind, type YearlyKind } from './kinds';

export interface CollectionFile<T extends BaseRecord = BaseRecord> {
  schemaVersion: number;
  kind: CollectionKind;
  partition: string | null;
  records: T[];
  /** The batch (see MetaFile.batch) this file was written in or created after. */
  batch?: string;
}

export const META_FILE = 'meta.json';

export function collectionFileName(kind: CollectionKind, partition: string | null): string {
  return partition ? `${kind}-${partition}.json` : `${kind}.json`;
}

/** Parses a data file name back to its kind and partition; null for names that are not data files. */
export function parseCollectionFileName(name: string): { kind: CollectionKind; partition: string | null } | null {
  const single = SINGLE_KINDS.find((kind) => name === `${kind}.json`);
  if (single) return { kind: single, partition: null };
  const match = /^([a-z]+)-(\d{4})\.json$/.exec(name);
  if (!match) return null;
  const kind = YEARLY_KINDS.find((k) => k === match[1]);
  return kind ? { kind, partition: match[2] ?? null } : null;
}

export const DEFAULT_SETTINGS: Settings = { operatorName: 'Quản trị viên', backupKeep: 30 };

export function emptyMeta(nowIso: string): MetaFile {
  return {
    schemaVersion: CURRENT_SCHEMA_VERSION,
    createdAt: nowIso,
    ward: { name: '', address: '', chairman: '' },
    settings: { ...DEFAULT_SETTINGS },
    lastAutoBackupDay: null,
  };
}

export function emptyCollection(kind: CollectionKind, partition: string | null): CollectionFile {
  return { schemaVersion: CURRENT_SCHEMA_VERSION, kind, partition, records: [] };
}
