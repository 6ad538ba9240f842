import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { Session } from '../../electron/services/session';
import { createStaff, listStaff, markCommitmentsSigned, updateStaff, getStaff } from '../../electron/services/staffService';
import { createUnit, listUnits, updateUnit } from '../../electron/services/unitService';
import { exportStaff } from '../../electron/services/staffExport';
import { previewStaffImport } from '../../electron/services/rosterImport';
import { staffFields } from '../../shared/api/staffSchemas';

let folder: string;
let session: Session;
const now = () => new Date('2026-11-26T09:00:00+07:00');

beforeEach(async () => {
  folder = await mkdtemp(path.join(os.tmpdir(), 'wc-staff-'));
  session = new Session(folder, { app: 'test', now });
  await session.open();
  await session.store.updateMeta((m) => {
    m.ward.name = 'Phường Hoàn Kiếm';
    m.settings.operatorName = 'Nguyễn Thị Văn Thư';
  });
});

afterEach(async () => {
  await session.close();
  await rm(folder, { recursive: true, force: true });
});

const person = (code: string, fullName: string, extra: Record<string, unknown> = {}) =>
  staffFields.parse({ code, fullName, category: 'civilServant', ...extra });

async function seedSmallWard() {
  const [vp] = await createUnit(session, { name: 'Văn phòng HĐND và UBND', shortName: 'VP', headId: null, isActive: true });
  await createUnit(session, { name: 'Phòng Văn hóa - Xã hội', shortName: 'VHXH', headId: null, isActive: true });
  const units = listUnits(session);
  const vhxh = units[1]!;
  const a = await createStaff(session, person('CB0001', 'Nguyễn Văn Đức', { unitId: vp!.id, phone: '0912345678', birthDate: '1980-02-03' }));
  const b = await createStaff(session, person('CB0002', 'Trần Thị Ánh', { unitId: vhxh.id }));
  const c = await createStaff(session, person('CB0003', 'Lê Văn An', { unitId: vhxh.id, status: 'retired', statusDate: '2025-12-31' }));
  return { vp: vp!, vhxh, a, b, c };
}

describe('the roster', () => {
  it('finds a person typed without accents, by code or by phone, and keeps leavers out of current lists', async () => {
    const { a, c } = await seedSmallWard();
    expect(listStaff(session, { search: 'duc' }).map((s) => s.id)).toEqual([a.id]);
    expect(listStaff(session, { search: 'NGUYEN van' }).map((s) => s.id)).toEqual([a.id]);
    expect(listStaff(session, { search: 'cb0001' }).map((s) => s.id)).toEqual([a.id]);
    expect(listStaff(session, { search: '345678' }).map((s) => s.id)).toEqual([a.id]);
    expect(listStaff(session, {}).map((s) => s.fullName)).toEqual(['Trần Thị Ánh', 'Nguyễn Văn Đức']);
    expect(listStaff(session, { status: 'all' }).map((s) => s.id)).toContain(c.id);
    expect(listStaff(session, { status: 'retired' }).map((s) => s.id)).toEqual([c.id]);
  });

  it('records every edit in the person’s audit trail with who, when and old → new', async () => {
    const { a } = await seedSmallWard();
    const updated = await updateStaff(session, a.id, person('CB0001', 'Nguyễn Văn Đức', { unitId: a.unitId, phone: '0912345679', birthDate: '1980-02-03', position: 'Chuyên viên' }));
    const last = updated.history.at(-1);
    expect(last).toMatchObject({ by: 'Nguyễn Thị Văn Thư', action: 'update', at: now().toISOString() });
    expect(last?.changes).toEqual({ phone: { from: '0912345678', to: '0912345679' }, position: { from: '', to: 'Chuyên viên' } });
  });

  it('refuses a duplicate mã cán bộ with a Vietnamese message and writes nothing', async () => {
    await seedSmallWard();
    await expect(createStaff(session, person('cb0002', 'Phạm Văn Hùng'))).rejects.toMatchObject({ code: 'CONFLICT', message: 'Mã cán bộ CB0002 đã dùng cho Trần Thị Ánh.' });
    expect(listStaff(session, { status: 'all' })).toHaveLength(3);
  });

  it('marks many commitments at once and shows per-unit progress', async () => {
    const { a, b, vhxh } = await seedSmallWard();
    expect(await markCommitmentsSigned(session, { ids: [a.id, b.id], date: '2026-11-20' })).toEqual({ marked: 2 });
    expect(getStaff(session, b.id).commitmentSignedAt).toBe('2026-11-20');
    expect(listStaff(session, { commitment: 'unsigned' })).toHaveLength(0);
    const unit = listUnits(session).find((u) => u.id === vhxh.id);
    expect(unit).toMatchObject({ staffCount: 1, signedCount: 1 });
  });

  it('chooses a unit head and marks that person as head', async () => {
    const { b, vhxh } = await seedSmallWard();
    await updateUnit(session, vhxh.id, { name: vhxh.name, shortName: 'VHXH', headId: b.id, isActive: true });
    expect(listUnits(session).find((u) => u.id === vhxh.id)?.headName).toBe('Trần Thị Ánh');
    expect(getStaff(session, b.id).isHeadOfUnit).toBe(true);
  });
});

describe('the roster export', () => {
  it('carries the ND 30 header in Times New Roman, a frozen header, print titles and A4 landscape', async () => {
    await seedSmallWard();
    const { bytes, count } = await exportStaff(session, { status: 'all' });
    expect(count).toBe(3);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
    const ws = wb.worksheets[0]!;
    expect(ws.getCell('A1').value).toBe('ỦY BAN NHÂN DÂN');
    expect(ws.getCell('A2').value).toBe('PHƯỜNG HOÀN KIẾM');
    expect(ws.getCell('H1').value).toBe('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
    expect(ws.getCell('H2').value).toBe('Độc lập - Tự do - Hạnh phúc');
    expect(ws.getCell('H3').value).toBe('Hoàn Kiếm, ngày 26 tháng 11 năm 2026');
    expect(ws.getCell('A8').value).toBe('STT');
    expect(ws.getCell('A8').font.name).toBe('Times New Roman');
    expect(ws.pageSetup).toMatchObject({ paperSize: 9, orientation: 'landscape', printTitlesRow: '8:8' });
    expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: 8 });
  });

  it('re-imports unchanged: every exported row matches its person with nothing to change', async () => {
    await seedSmallWard();
    const { bytes } = await exportStaff(session, { status: 'all' });
    const plan = await previewStaffImport(session, { bytes });
    expect(plan.summary).toEqual({ new: 0, update: 0, unchanged: 3, refused: 0 });
  });
});
