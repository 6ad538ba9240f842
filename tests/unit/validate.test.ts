import { describe, expect, it } from 'vitest';
import { emptyCollection, emptyMeta, parseCollectionFileName, collectionFileName } from '../../shared/schema/records';
import { checkCollection, checkMeta } from '../../shared/schema/validate';

const NOW = '2026-03-02T02:00:00.000Z';

const goodMeta = () => ({
  ...emptyMeta(NOW),
  ward: { name: 'Phường Cửa Nam', address: '36 Hàng Bài', chairman: 'Nguyễn Văn An' },
  lastAutoBackupDay: '2026-03-02',
});

const staffRecord = { id: 's1', createdAt: NOW, updatedAt: NOW, createdBy: 'Quản trị viên', updatedBy: 'Quản trị viên', deletedAt: null, fullName: 'Lê Thị Hường' };

describe('shape checks on the files the store loads', () => {
  it('accepts a fresh meta.json and a filled-in one', () => {
    expect(checkMeta(emptyMeta(NOW)).ok).toBe(true);
    const result = checkMeta(goodMeta());
    expect(result.ok && result.value.ward.name).toBe('Phường Cửa Nam');
  });

  it.each([
    ['an array', []],
    ['null', null],
    ['a meta without the ward', (() => { const { ward: _ward, ...rest } = goodMeta(); return rest; })()],
    ['a ward name that is a number', { ...goodMeta(), ward: { name: 12, address: '', chairman: '' } }],
    ['backupKeep 0', { ...goodMeta(), settings: { operatorName: 'A', backupKeep: 0 } }],
    ['backupKeep 2.5', { ...goodMeta(), settings: { operatorName: 'A', backupKeep: 2.5 } }],
    ['schemaVersion as text', { ...goodMeta(), schemaVersion: '2' }],
    ['lastAutoBackupDay missing', (() => { const { lastAutoBackupDay: _d, ...rest } = goodMeta(); return rest; })()],
  ])('refuses meta.json holding %s', (_label, value) => {
    const result = checkMeta(value);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.reason).toMatch(/sai cấu trúc/);
  });

  it('accepts an empty roster and a roster with a full record', () => {
    expect(checkCollection(emptyCollection('staff', null), 'staff').ok).toBe(true);
    expect(checkCollection({ ...emptyCollection('staff', null), records: [staffRecord] }, 'staff').ok).toBe(true);
    expect(checkCollection(emptyCollection('violations', '2026'), 'violations').ok).toBe(true);
  });

  it('refuses a units file put where the staff file should be', () => {
    const result = checkCollection(emptyCollection('units', null), 'staff');
    expect(result).toEqual({ ok: false, reason: 'sai loại dữ liệu' });
  });

  it.each([
    ['records that is not a list', { schemaVersion: 2, kind: 'staff', partition: null, records: {} }],
    ['an unknown kind', { schemaVersion: 2, kind: 'cats', partition: null, records: [] }],
    ['no schemaVersion', { kind: 'staff', partition: null, records: [] }],
    ['a partition that is a number', { schemaVersion: 2, kind: 'staff', partition: 2026, records: [] }],
  ])('refuses a staff file with %s', (_label, value) => {
    expect(checkCollection(value, 'staff')).toEqual({ ok: false, reason: 'sai cấu trúc tệp' });
  });

  it('names the first bad record by its position (counting from 1)', () => {
    const file = { ...emptyCollection('staff', null), records: [staffRecord, { ...staffRecord, id: 5 }, null] };
    expect(checkCollection(file, 'staff')).toEqual({ ok: false, reason: 'bản ghi thứ 2 sai cấu trúc' });
    const noDate = { ...emptyCollection('staff', null), records: [staffRecord, staffRecord, { id: 's9' }] };
    expect(checkCollection(noDate, 'staff')).toEqual({ ok: false, reason: 'bản ghi thứ 3 sai cấu trúc' });
  });

  it('maps file names to kinds and back, and ignores files that are not data', () => {
    expect(parseCollectionFileName('staff.json')).toEqual({ kind: 'staff', partition: null });
    expect(parseCollectionFileName('violations-2026.json')).toEqual({ kind: 'violations', partition: '2026' });
    expect(parseCollectionFileName(collectionFileName('scores', '2025'))).toEqual({ kind: 'scores', partition: '2025' });
    expect(parseCollectionFileName('staff-2026.json')).toBeNull();
    expect(parseCollectionFileName('staff.json.corrupt-2026-01-01T00-00-00-000Z')).toBeNull();
    expect(parseCollectionFileName('meta.json')).toBeNull();
  });
});
