import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { Session } from '../../electron/services/session';
import { applyStaffImport, previewStaffImport } from '../../electron/services/rosterImport';
import type { Staff } from '../../shared/schema/staff';
import { messyWardRoster, simpleRoster } from '../fixtures/roster/buildRosterFiles';

let folder: string;
let session: Session;
const now = () => new Date('2026-11-26T09:00:00+07:00');

beforeEach(async () => {
  folder = await mkdtemp(path.join(os.tmpdir(), 'wc-roster-'));
  session = new Session(folder, { app: 'test', now });
  await session.open();
});

afterEach(async () => {
  await session.close();
  await rm(folder, { recursive: true, force: true });
});

function staff(): Staff[] {
  return session.store.collection('staff').records;
}

describe('importing the ward’s own roster file', () => {
  it('reports per row what will happen, with the row numbers Excel shows, and writes nothing on a dry run', async () => {
    const plan = await previewStaffImport(session, { bytes: await messyWardRoster() });
    expect(plan.headerRow).toBe(7);
    const byRow = Object.fromEntries(plan.rows.map((r) => [r.rowNumber, r]));
    expect(byRow[9]).toMatchObject({ action: 'new', fullName: 'Nguyễn Văn An', code: 'CB0001' });
    expect(byRow[10]).toMatchObject({ action: 'new', fullName: 'Trần Thị Bình' });
    expect(byRow[13]).toMatchObject({ action: 'new', fullName: 'Lê Đức Đạt' });
    expect(byRow[14]?.action).toBe('refused');
    expect(byRow[14]?.reason).toContain('số điện thoại không hợp lệ');
    expect(byRow[15]).toMatchObject({ action: 'refused', reason: 'thiếu họ và tên' });
    expect(byRow[16]?.reason).toContain('ngày không có thật: 31/02/1988');
    expect(byRow[17]).toMatchObject({ action: 'refused', reason: 'mã cán bộ CB0001 trùng với dòng 9' });
    expect(plan.summary).toEqual({ new: 3, update: 0, unchanged: 0, refused: 4 });
    expect(plan.newUnits).toEqual(['Văn phòng HĐND và UBND', 'Phòng Kinh tế, Hạ tầng và Đô thị']);
    expect(staff()).toHaveLength(0);
  });

  it('writes every valid row on confirm, creating the proposed units, with names NFC and dates parsed', async () => {
    const result = await applyStaffImport(session, { bytes: await messyWardRoster() }, {});
    expect(result).toMatchObject({ created: 3, updated: 0, refused: 4 });
    expect(result.unitsCreated).toHaveLength(2);
    const units = session.store.collection('units').records;
    const binh = staff().find((s) => s.code === 'CB0002');
    expect(binh?.fullName).toBe('Trần Thị Bình'.normalize('NFC'));
    expect(binh).toMatchObject({ gender: 'female', birthDate: '1985-01-01', phone: '0987654321' });
    expect(units.find((u) => u.id === binh?.unitId)?.name).toBe('Văn phòng HĐND và UBND');
    const an = staff().find((s) => s.code === 'CB0001');
    expect(an).toMatchObject({ fullName: 'Nguyễn Văn An', gender: 'male', birthDate: '1985-03-04', phone: '0912345678' });
    expect(an?.history?.[0]).toMatchObject({ action: 'create', by: 'Quản trị viên' });
  });

  it('updates people matched by mã cán bộ on re-import, showing old → new, and applies only accepted changes', async () => {
    await applyStaffImport(session, { bytes: await messyWardRoster() }, {});
    const edited = await simpleRoster([
      { 'Mã cán bộ': 'CB0001', 'Họ và tên': 'Nguyễn Văn An', 'Chức vụ': 'Phó Chủ tịch', 'Điện thoại': '0912345679' },
      { 'Mã cán bộ': 'CB0003', 'Họ và tên': 'Lê Đức Đạt', 'Chức vụ': 'Trưởng phòng', 'Điện thoại': null },
      { 'Mã cán bộ': 'CB0009', 'Họ và tên': 'Đinh Thị Lan', 'Chức vụ': 'Chuyên viên', 'Điện thoại': null },
    ]);
    const plan = await previewStaffImport(session, { bytes: edited });
    const an = plan.rows.find((r) => r.code === 'CB0001');
    expect(an?.action).toBe('update');
    expect(an?.changes).toEqual([
      { field: 'position', label: 'Chức vụ', from: 'Chánh Văn phòng', to: 'Phó Chủ tịch' },
      { field: 'phone', label: 'Điện thoại', from: '0912345678', to: '0912345679' },
    ]);
    expect(plan.rows.find((r) => r.code === 'CB0003')?.action).toBe('unchanged');
    expect(plan.rows.find((r) => r.code === 'CB0009')?.action).toBe('new');
    const result = await applyStaffImport(session, { bytes: edited }, { rejected: [`${an?.rowNumber}:phone`] });
    expect(result).toMatchObject({ created: 1, updated: 1, unchanged: 1, rejectedChanges: 1 });
    const stored = staff().find((s) => s.code === 'CB0001');
    expect(stored).toMatchObject({ position: 'Phó Chủ tịch', phone: '0912345678' });
    expect(stored?.history?.at(-1)?.changes).toEqual({ position: { from: 'Chánh Văn phòng', to: 'Phó Chủ tịch' } });
  });

  it('refuses a file that is not an Excel workbook, and changes nothing', async () => {
    await expect(previewStaffImport(session, { bytes: new TextEncoder().encode('Họ và tên,Ngày sinh') })).rejects.toMatchObject({ code: 'INVALID_INPUT', message: 'Tệp không phải là tệp Excel .xlsx.' });
    await expect(previewStaffImport(session, { bytes: new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0]) })).rejects.toMatchObject({ message: expect.stringContaining('mật khẩu') });
    await expect(previewStaffImport(session, { bytes: new Uint8Array() })).rejects.toMatchObject({ message: 'Tệp rỗng (0 byte).' });
    expect(staff()).toHaveLength(0);
  });
});
