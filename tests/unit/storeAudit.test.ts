import { describe, expect, it } from 'vitest';
import { auditAndSerialise, recordsBefore } from '../../electron/store/audit';
import { stringifyNfc } from '../../electron/store/jsonAdapter';
import type { BaseRecord, CollectionFile } from '../../shared/schema/records';

type Staff = BaseRecord & { fullName: string; notes: string };

function staff(id: string, fullName: string): Staff {
  return { id, createdAt: '2026-03-02T01:00:00.000Z', updatedAt: '2026-03-02T01:00:00.000Z', deletedAt: null, history: [], fullName, notes: '' } as unknown as Staff;
}

function roster(): CollectionFile<Staff> {
  return { schemaVersion: 3, kind: 'staff', partition: null, batch: 'b-1', records: [staff('s1', 'Nguyễn Văn An'), staff('s2', 'Trần Thị Bình')] };
}

const at = '2026-03-02T02:00:00.000Z';

describe("the store's audit and file text at a change", () => {
  it('writes the same text as stringifying the whole file, with a clerk typing decomposed (NFD) accents', () => {
    const file = roster();
    const before = recordsBefore(file.records);
    file.records[1]!.notes = 'Đi làm muộn'.normalize('NFD');
    file.records.push(staff('s3', 'Lê Văn Cường'.normalize('NFD')));
    const { bytes, audited } = auditAndSerialise(file, before, at, 'Chị Hoa', 'ward-conduct');
    const text = bytes.toString('utf8');
    expect(text).toBe(stringifyNfc(file));
    // The ASCII form (jsonText.ts): every accent as a \u escape, read back as the NFC text.
    expect(/^[\x20-\x7e]*$/.test(text)).toBe(true);
    expect(text).toContain('"notes":"\\u0110i l\\u00e0m mu\\u1ed9n"');
    expect((JSON.parse(text) as CollectionFile<Staff>).records[1]!.notes).toBe('Đi làm muộn'.normalize('NFC'));
    expect(audited).toBe(2);
  });

  it('gives only the changed records an entry, and compares the next change with what was written', () => {
    const file = roster();
    const first = auditAndSerialise(file, recordsBefore(file.records), at, 'Chị Hoa', 'cli');
    expect(first.audited).toBe(0);
    file.records[0]!.notes = 'Nghỉ phép';
    const second = auditAndSerialise(file, first.after, at, 'Chị Hoa', 'cli');
    expect(second.audited).toBe(1);
    expect((file.records[0]!.history ?? []).map((h) => h.action)).toEqual(['update']);
    expect(file.records[1]!.history).toEqual([]);
    file.records[1]!.deletedAt = at;
    const third = auditAndSerialise(file, second.after, at, 'Anh Nam', 'cli');
    expect(third.audited).toBe(1);
    expect((file.records[1]!.history ?? []).map((h) => `${h.action} ${h.by}`)).toEqual(['delete Anh Nam']);
    expect(third.bytes.toString('utf8')).toBe(stringifyNfc(file));
    expect(auditAndSerialise({ ...file, records: [] }, third.after, at, 'Anh Nam', 'cli').bytes.toString('utf8')).toBe(stringifyNfc({ ...file, records: [] }));
  });

  it('leaves a record the service audited itself alone', () => {
    const file = roster();
    const before = recordsBefore(file.records);
    file.records[0]!.notes = 'Sửa';
    file.records[0]!.history?.push({ at, by: 'Chị Hoa', action: 'update', changes: { notes: { from: '', to: 'Sửa' } } } as never);
    expect(auditAndSerialise(file, before, at, 'Chị Hoa', 'cli').audited).toBe(0);
    expect(file.records[0]!.history).toHaveLength(1);
  });

  it('finds a change the key-by-key walk cannot judge: a field set to undefined, a date object', () => {
    const file = roster();
    const first = auditAndSerialise(file, recordsBefore(file.records), at, 'Chị Hoa', 'cli');
    (file.records[0] as unknown as Record<string, unknown>).notes = undefined;
    const second = auditAndSerialise(file, first.after, at, 'Chị Hoa', 'cli');
    expect(second.audited).toBe(1);
    expect(second.bytes.toString('utf8')).toBe(stringifyNfc(file));
    // A Date written as its ISO text: the same text as before is no change.
    (file.records[1] as unknown as Record<string, unknown>).updatedAt = new Date(file.records[1]!.updatedAt);
    const third = auditAndSerialise(file, second.after, at, 'Chị Hoa', 'cli');
    expect(third.audited).toBe(0);
    expect(third.bytes.toString('utf8')).toBe(stringifyNfc(file));
    file.records[1]!.notes = 'Sửa';
    expect(auditAndSerialise(file, third.after, at, 'Anh Nam', 'cli').audited).toBe(1);
  });
});
