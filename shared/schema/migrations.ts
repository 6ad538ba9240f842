/**
 * Pure migrations of the whole data set, one step per schema version.
 * A data set is a map from file name to parsed JSON content.
 *
 * v1 (first pilot): one file `ward-conduct.json` holding { schemaVersion: 1, wardName, units, staff }.
 * v2: partitioned files (meta.json, units.json, staff.json, <kind>-<year>.json), ward profile and
 *     settings in meta, every record with audit fields.
 */
import { CURRENT_SCHEMA_VERSION, DEFAULT_SETTINGS, type BaseRecord, type CollectionFile, type MetaFile } from './records';

export type DataSet = Record<string, unknown>;

export const V1_FILE = 'ward-conduct.json';

interface V1Record {
  id: string;
  createdAt?: string;
  [key: string]: unknown;
}

interface V1File {
  schemaVersion: 1;
  wardName?: string;
  units?: V1Record[];
  staff?: V1Record[];
  exportedAt?: string;
}

function toV2Record(record: V1Record, fallbackTime: string): BaseRecord & Record<string, unknown> {
  const createdAt = typeof record.createdAt === 'string' ? record.createdAt : fallbackTime;
  return {
    ...record,
    id: String(record.id),
    createdAt,
    updatedAt: createdAt,
    createdBy: 'chuyển đổi dữ liệu',
    updatedBy: 'chuyển đổi dữ liệu',
    deletedAt: null,
  };
}

function migrateV1ToV2(data: DataSet, nowIso: string): DataSet {
  const v1 = data[V1_FILE] as V1File;
  const meta: MetaFile = {
    schemaVersion: 2,
    createdAt: v1.exportedAt ?? nowIso,
    ward: { name: v1.wardName ?? '', address: '', chairman: '' },
    settings: { ...DEFAULT_SETTINGS },
    lastAutoBackupDay: null,
  };
  // The pilot kept only some fields: the rest take the values a new record gets, so every record
  // passes its kind's check on load (kinds.ts) instead of being set aside.
  const unitDefaults = (row: V1Record, index: number) => ({ name: '', shortName: String(row.name ?? ''), order: index + 1, headId: null, isActive: true });
  const staffDefaults = () => ({
    code: '', fullName: '', gender: null, birthDate: null, category: 'civilServant', position: '', title: '', unitId: null, isHeadOfUnit: false,
    isPartyMember: false, phone: '', email: '', startDate: null, status: 'active', statusDate: null, commitmentSignedAt: null, notes: '',
  });
  const collection = (kind: 'units' | 'staff', rows: V1Record[] | undefined): CollectionFile => ({
    schemaVersion: 2,
    kind,
    partition: null,
    records: (rows ?? []).map((row, index) => ({ ...(kind === 'units' ? unitDefaults(row, index) : staffDefaults()), ...toV2Record(row, meta.createdAt) })),
  });
  return {
    'meta.json': meta,
    'units.json': collection('units', v1.units),
    'staff.json': collection('staff', v1.staff),
  };
}

export const MIGRATIONS: Record<number, (data: DataSet, nowIso: string) => DataSet> = {
  1: migrateV1ToV2,
};

/** Reads the schema version of a data set, or null when it is not recognisable. */
export function dataSetVersion(data: DataSet): number | null {
  const meta = data['meta.json'] as { schemaVersion?: unknown } | undefined;
  if (meta && typeof meta.schemaVersion === 'number') return meta.schemaVersion;
  const v1 = data[V1_FILE] as { schemaVersion?: unknown } | undefined;
  if (v1 && v1.schemaVersion === 1) return 1;
  return null;
}

/** Applies every migration from the data set's version to the current one. Pure. */
export function migrateDataSet(data: DataSet, nowIso: string): { data: DataSet; from: number; to: number } {
  const from = dataSetVersion(data);
  if (from === null) throw new Error('Không nhận ra phiên bản dữ liệu');
  if (from > CURRENT_SCHEMA_VERSION) throw new Error('Dữ liệu được tạo bởi phiên bản mới hơn của ứng dụng');
  let current = data;
  for (let version = from; version < CURRENT_SCHEMA_VERSION; version += 1) {
    const step = MIGRATIONS[version];
    if (!step) throw new Error(`Thiếu bước chuyển đổi từ phiên bản ${version}`);
    current = step(current, nowIso);
  }
  return { data: current, from, to: CURRENT_SCHEMA_VERSION };
}
