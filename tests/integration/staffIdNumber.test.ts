/**
 * Số CCCD has its own field: the roster import fills it (not the notes), a re-import updates it like
 * any other field, the Excel export writes it as text so export → import keeps its leading zeros, and
 * a data folder where earlier imports wrote "Số CCCD: …" into the notes has them moved once, at opening.
 */
import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { afterEach, describe, expect, it } from 'vitest';
import { Session } from '../../electron/services/session';
import { applyStaffImport, previewStaffImport } from '../../electron/services/rosterImport';
import { exportStaff } from '../../electron/services/staffExport';
import { createStaff, getStaff } from '../../electron/services/staffService';
import { exportPersonData } from '../../electron/services/access/personExport';
import { createManualBackup, restoreBackup } from '../../electron/services/backupService';
import type { Staff } from '../../shared/schema/staff';
import { simpleRoster } from '../fixtures/roster/buildRosterFiles';
import { fixedClock, tempFolder } from './helpers';

const sessions: Session[] = [];
afterEach(async () => {
  for (const s of sessions.splice(0)) await s.close();
});

async function openWard(folder?: string): Promise<Session> {
  const clock = fixedClock('2026-11-26T09:00:00+07:00');
  const session = new Session(folder ?? (await tempFolder('cccd')), { app: 'test', now: clock.now });
  await session.open();
  sessions.push(session);
  return session;
}

function byCode(session: Session, code: string): Staff {
  return session.store.collection('staff').records.find((s) => s.code === code)!;
}

const person = { gender: null, birthDate: null, category: 'civilServant' as const, position: '', title: '', unitId: null, isHeadOfUnit: false, isPartyMember: false, phone: '', email: '', startDate: null, status: 'active' as const, statusDate: null, commitmentSignedAt: null };

describe('a data folder whose notes hold numbers from earlier imports', () => {
  it('moves each "Số CCCD: …" into the field once, with the change in the history, and writes nothing on the next opening', async () => {
    const first = await openWard();
    const folder = first.dataFolder;
    // As the roster import wrote them before the field existed.
    await createStaff(first, { ...person, code: 'CB0001', fullName: 'Nguyễn Hữu Phước', notes: 'Số CCCD: 001085012345' });
    await createStaff(first, { ...person, code: 'CB0002', fullName: 'Trần Thị Mơ', notes: 'Biệt phái sang Phòng Kinh tế; Số CCCD: 001190004567' });
    await createStaff(first, { ...person, code: 'CB0003', fullName: 'Lê Văn Tám', notes: 'Số CCCD: 03408000123' });
    await createStaff(first, { ...person, code: 'CB0004', fullName: 'Phùng Thị Xuân', notes: 'Nghỉ thai sản đến 30/6' });
    const staffFile = path.join(folder, 'db', 'staff.json');
    // The file keeps letters as \u escapes (the data files' ASCII form): read as JSON to see the text.
    const onDisk = JSON.parse(await readFile(staffFile, 'utf8')) as { records: { notes: string }[] };
    expect(onDisk.records.map((r) => r.notes)).toContain('Số CCCD: 001085012345');
    await first.close();

    const second = await openWard(folder);
    expect(byCode(second, 'CB0001')).toMatchObject({ idNumber: '001085012345', notes: '' });
    expect(byCode(second, 'CB0002')).toMatchObject({ idNumber: '001190004567', notes: 'Biệt phái sang Phòng Kinh tế' });
    // An 11-digit number is not a CCCD: it stays in the notes for a person to correct.
    expect(byCode(second, 'CB0003').idNumber).toBeUndefined();
    expect(byCode(second, 'CB0003').notes).toBe('Số CCCD: 03408000123');
    expect(byCode(second, 'CB0004').idNumber).toBeUndefined();
    const detail = getStaff(second, byCode(second, 'CB0002').id);
    expect(detail.idNumberMasked).toBe('0011******67');
    expect(detail.history.at(-1)?.changes).toEqual({
      notes: { from: 'Biệt phái sang Phòng Kinh tế; Số CCCD: 0011******67', to: 'Biệt phái sang Phòng Kinh tế' },
      idNumber: { from: null, to: '0011******67' },
    });
    expect(JSON.stringify(detail)).not.toContain('001190004567');
    const moved = await readFile(staffFile, 'utf8');
    const movedAt = (await stat(staffFile)).mtimeMs;
    await second.close();

    const third = await openWard(folder);
    expect(await readFile(staffFile, 'utf8')).toBe(moved);
    expect((await stat(staffFile)).mtimeMs).toBe(movedAt);
    expect(byCode(third, 'CB0001').history).toHaveLength(2);
  });
});

describe('restoring a backup made before the field existed', () => {
  it('moves the numbers out of the restored notes too', async () => {
    const ward = await openWard();
    await createStaff(ward, { ...person, code: 'CB0001', fullName: 'Nguyễn Hữu Phước', notes: 'Biệt phái; Số CCCD: 001085012345' });
    const backup = await createManualBackup(ward);
    // Moved at the next opening; the backup still holds the notes the old way.
    await ward.close();
    const reopened = await openWard(ward.dataFolder);
    expect(byCode(reopened, 'CB0001')).toMatchObject({ idNumber: '001085012345', notes: 'Biệt phái' });
    await restoreBackup(reopened, backup.file);
    expect(byCode(reopened, 'CB0001')).toMatchObject({ idNumber: '001085012345', notes: 'Biệt phái' });
  });
});

describe('the roster import and export', () => {
  it('imports the number into its field, then a re-import updates it shown masked, and a malformed one changes nothing', async () => {
    const session = await openWard();
    await applyStaffImport(session, { bytes: await simpleRoster([
      { 'Mã cán bộ': 'CB0001', 'Họ và tên': 'Nguyễn Hữu Phước', 'Số CCCD': 1085012345, 'Ghi chú': 'Biệt phái' },
      { 'Mã cán bộ': 'CB0002', 'Họ và tên': 'Trần Thị Mơ', 'Số CCCD': '001190004567', 'Ghi chú': null },
    ]) }, {});
    expect(byCode(session, 'CB0001')).toMatchObject({ idNumber: '001085012345', notes: 'Biệt phái' });

    const edited = await simpleRoster([
      { 'Mã cán bộ': 'CB0001', 'Họ và tên': 'Nguyễn Hữu Phước', 'Số CCCD': '001085099999', 'Ghi chú': 'Biệt phái' },
      { 'Mã cán bộ': 'CB0002', 'Họ và tên': 'Trần Thị Mơ', 'Số CCCD': '0011900045', 'Ghi chú': null },
    ]);
    const plan = await previewStaffImport(session, { bytes: edited });
    expect(plan.rows.find((r) => r.code === 'CB0001')?.changes).toEqual([{ field: 'idNumber', label: 'Số CCCD', from: '0010******45', to: '0010******99' }]);
    const mo = plan.rows.find((r) => r.code === 'CB0002');
    expect(mo?.action).toBe('unchanged');
    expect(mo?.warnings.join()).toContain('số CCCD không hợp lệ (0011900045)');
    await applyStaffImport(session, { bytes: edited }, {});
    expect(byCode(session, 'CB0001').idNumber).toBe('001085099999');
    expect(byCode(session, 'CB0002').idNumber).toBe('001190004567');
  });

  it('exports the number as text, and importing the export into another folder keeps its leading zeros', async () => {
    const ward = await openWard();
    await createStaff(ward, { ...person, code: 'CB0001', fullName: 'Nguyễn Hữu Phước', notes: '', idNumber: '001085012345' });
    await createStaff(ward, { ...person, code: 'CB0002', fullName: 'Trần Thị Mơ', notes: '', idNumber: '012345678' });
    const out = await exportStaff(ward, { status: 'current' });

    const book = new ExcelJS.Workbook();
    await book.xlsx.load(Buffer.from(out.bytes) as unknown as ArrayBuffer);
    const sheet = book.worksheets[0]!;
    let heading: ExcelJS.Cell | undefined;
    sheet.eachRow((row) => row.eachCell((cell) => {
      if (cell.value === 'Số CCCD') heading = cell;
    }));
    expect(heading).toBeDefined();
    // Rows in name order (by given name): Mơ, then Phước.
    const below = [1, 2].map((i) => sheet.getCell(Number(heading!.row) + i, Number(heading!.col)));
    expect(below.map((c) => ({ value: c.value, numFmt: c.numFmt }))).toEqual([{ value: '012345678', numFmt: '@' }, { value: '001085012345', numFmt: '@' }]);

    const other = await openWard();
    const result = await applyStaffImport(other, { bytes: out.bytes }, {});
    expect(result.created).toBe(2);
    expect(byCode(other, 'CB0001')).toMatchObject({ idNumber: '001085012345', notes: '' });
    expect(byCode(other, 'CB0002')).toMatchObject({ idNumber: '012345678', notes: '' });
  });

  it('puts the full number in the person’s own export', async () => {
    const ward = await openWard();
    const phuoc = await createStaff(ward, { ...person, code: 'CB0001', fullName: 'Nguyễn Hữu Phước', notes: '', idNumber: '001085012345' });
    const file = await exportPersonData(ward.store, phuoc.id);
    expect(Buffer.from(file.dataBase64, 'base64').toString('utf8')).toContain('Số CCCD: 001085012345');
  });
});
