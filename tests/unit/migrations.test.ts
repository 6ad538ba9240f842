import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { dataSetVersion, migrateDataSet, V1_FILE } from '../../shared/schema/migrations';
import { CURRENT_SCHEMA_VERSION, DEFAULT_SETTINGS, type CollectionFile, type MetaFile } from '../../shared/schema/records';
import { checkCollection, checkMeta } from '../../shared/schema/validate';

const FIXTURE = path.join(__dirname, '../fixtures/v1/ward-conduct.json');
const MIGRATED_AT = '2026-01-05T03:00:00.000Z';

interface V1Row {
  id: string;
  createdAt?: string;
  [key: string]: unknown;
}

function loadV1(): { schemaVersion: 1; wardName: string; exportedAt: string; units: V1Row[]; staff: V1Row[] } {
  return JSON.parse(readFileSync(FIXTURE, 'utf8'));
}

describe('moving the pilot data (v1, one file) to the partitioned v2 layout', () => {
  it('recognises the pilot file as version 1 and a v2 folder by its meta.json', () => {
    expect(dataSetVersion({ [V1_FILE]: loadV1() })).toBe(1);
    expect(dataSetVersion({ 'meta.json': { schemaVersion: 2 } })).toBe(2);
    expect(dataSetVersion({ 'other.json': {} })).toBeNull();
  });

  it('the fixture really holds decomposed (NFD) Vietnamese text, as a Mac export would', () => {
    const v1 = loadV1();
    expect(v1.wardName).not.toBe(v1.wardName.normalize('NFC'));
    expect(v1.staff.some((s) => s.fullName !== String(s.fullName).normalize('NFC'))).toBe(true);
  });

  it('gives meta.json the ward name, the export date, default settings and no daily backup yet', () => {
    const v1 = loadV1();
    const { data, from, to } = migrateDataSet({ [V1_FILE]: v1 }, MIGRATED_AT);
    expect(from).toBe(1);
    expect(to).toBe(CURRENT_SCHEMA_VERSION);
    expect(Object.keys(data).sort()).toEqual(['meta.json', 'staff.json', 'units.json']);
    const meta = data['meta.json'] as MetaFile;
    expect(meta.schemaVersion).toBe(2);
    expect(meta.createdAt).toBe(v1.exportedAt);
    expect(meta.ward).toEqual({ name: v1.wardName, address: '', chairman: '' });
    expect(meta.settings).toEqual(DEFAULT_SETTINGS);
    expect(meta.settings).not.toBe(DEFAULT_SETTINGS);
    expect(meta.lastAutoBackupDay).toBeNull();
    expect(checkMeta(meta).ok).toBe(true);
  });

  it('keeps every staff member field by field and adds the audit fields', () => {
    const v1 = loadV1();
    const { data } = migrateDataSet({ [V1_FILE]: v1 }, MIGRATED_AT);
    const staff = data['staff.json'] as CollectionFile & { records: Record<string, unknown>[] };
    expect(staff).toMatchObject({ schemaVersion: 2, kind: 'staff', partition: null });
    expect(staff.records).toHaveLength(v1.staff.length);
    v1.staff.forEach((row, i) => {
      const record = staff.records[i]!;
      for (const [key, value] of Object.entries(row)) expect(record[key], `${row.id}.${key}`).toEqual(value);
      const createdAt = row.createdAt ?? v1.exportedAt;
      expect(record.createdAt).toBe(createdAt);
      expect(record.updatedAt).toBe(createdAt);
      expect(record.createdBy).toBe('chuyển đổi dữ liệu');
      expect(record.updatedBy).toBe('chuyển đổi dữ liệu');
      expect(record.deletedAt).toBeNull();
    });
    expect(checkCollection(staff, 'staff').ok).toBe(true);
  });

  it('keeps every unit, and a unit without a creation date gets the export date', () => {
    const v1 = loadV1();
    const { data } = migrateDataSet({ [V1_FILE]: v1 }, MIGRATED_AT);
    const units = data['units.json'] as CollectionFile & { records: Record<string, unknown>[] };
    expect(units.kind).toBe('units');
    expect(units.records.map((u) => u.id)).toEqual(['u1', 'u2']);
    expect(units.records[0]).toMatchObject({ name: 'Văn phòng HĐND-UBND', headId: 's1', createdAt: '2025-03-01T02:00:00.000Z' });
    expect(units.records[1]).toMatchObject({ name: v1.units[1]!.name, headId: 's3', createdAt: v1.exportedAt });
    expect(checkCollection(units, 'units').ok).toBe(true);
  });

  it('uses the migration time when the pilot file has no export date, and numeric ids become text', () => {
    const { data } = migrateDataSet({ [V1_FILE]: { schemaVersion: 1, wardName: 'Phường Ba Đình', staff: [{ id: 7, fullName: 'Phạm Minh Tú' }] } }, MIGRATED_AT);
    expect((data['meta.json'] as MetaFile).createdAt).toBe(MIGRATED_AT);
    const staff = data['staff.json'] as CollectionFile;
    expect(staff.records[0]!.id).toBe('7');
    expect(staff.records[0]!.createdAt).toBe(MIGRATED_AT);
    expect((data['units.json'] as CollectionFile).records).toEqual([]);
  });

  it('does not change its input (migrations are pure)', () => {
    const v1 = loadV1();
    const before = JSON.stringify(v1);
    migrateDataSet({ [V1_FILE]: v1 }, MIGRATED_AT);
    expect(JSON.stringify(v1)).toBe(before);
  });

  it('leaves current data as it is and refuses unknown or newer data', () => {
    const current = { 'meta.json': { schemaVersion: CURRENT_SCHEMA_VERSION } };
    expect(migrateDataSet(current, MIGRATED_AT).data).toBe(current);
    expect(() => migrateDataSet({ 'x.json': {} }, MIGRATED_AT)).toThrow('Không nhận ra phiên bản dữ liệu');
    expect(() => migrateDataSet({ 'meta.json': { schemaVersion: CURRENT_SCHEMA_VERSION + 1 } }, MIGRATED_AT)).toThrow(/phiên bản mới hơn/);
  });
});
