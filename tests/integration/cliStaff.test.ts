import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { messyWardRoster } from '../fixtures/roster/buildRosterFiles';
import { runCli } from './cliHelpers';

let folder: string;
let roster: string;

beforeEach(async () => {
  folder = await mkdtemp(path.join(os.tmpdir(), 'wc-cli-staff-'));
  roster = path.join(folder, 'danh-sach.xlsx');
  await writeFile(roster, await messyWardRoster());
  await runCli(['--data', folder, 'init', '--ward', 'Phường Hoàn Kiếm']);
});

afterEach(async () => {
  await rm(folder, { recursive: true, force: true });
  await rm(`${folder}-xuat`, { recursive: true, force: true });
});

describe('ward-conduct staff …', () => {
  it('dry-runs an import, printing each row with its Excel row number, writing nothing and exiting 1 for refused rows', async () => {
    const run = await runCli(['--data', folder, 'staff', 'import', roster, '--dry-run']);
    expect(run.code).toBe(1);
    expect(run.stdout).toContain('Dòng    9  THÊM MỚI   CB0001   Nguyễn Văn An');
    expect(run.stdout).toContain('Dòng   17  TỪ CHỐI    CB0001   Vũ Văn Cường — mã cán bộ CB0001 trùng với dòng 9');
    expect(run.stdout).toContain('Tổng: thêm mới 3, cập nhật 0, không đổi 0, từ chối 4; bỏ qua 3 dòng không phải người.');
    const list = await runCli(['--data', folder, 'staff', 'list']);
    expect(list.stdout).toContain('0 người.');
  });

  it('imports, lists by a name typed without accents, and exports a unit to Excel', async () => {
    const imported = await runCli(['--data', folder, 'staff', 'import', roster]);
    expect(imported.code).toBe(1);
    expect(imported.stdout).toContain('Đã ghi: thêm mới 3, cập nhật 0; 4 dòng bị từ chối không được ghi.');
    const found = await runCli(['--data', folder, 'staff', 'list', '--search', 'tran thi binh']);
    expect(found.code).toBe(0);
    expect(found.stdout).toMatch(/CB0002\s+Trần Thị Bình/);
    expect(found.stdout).toContain('1 người.');
    // Outputs are written outside the data folder (the CLI refuses the data folder itself).
    const out = path.join(`${folder}-xuat`, 'van-phong.xlsx');
    await mkdir(path.dirname(out));
    const exported = await runCli(['--data', folder, 'staff', 'export', '--out', out, '--unit', 'van phong hdnd va ubnd']);
    expect(exported.code).toBe(0);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    const names: string[] = [];
    wb.worksheets[0]!.eachRow((row) => names.push(String(row.getCell(3).value ?? '')));
    expect(names).toEqual(expect.arrayContaining(['Nguyễn Văn An', 'Trần Thị Bình']));
    expect(names).not.toContain('Lê Đức Đạt');
  });

  it('refuses a file that is not Excel with exit 2 and a Vietnamese reason', async () => {
    const bad = path.join(folder, 'khong-phai.xlsx');
    await writeFile(bad, 'Họ và tên;Ngày sinh');
    const run = await runCli(['--data', folder, 'staff', 'import', bad]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('Tệp không phải là tệp Excel .xlsx.');
    const unknownStatus = await runCli(['--data', folder, 'staff', 'list', '--status', 'abc']);
    expect(unknownStatus.code).toBe(2);
  });
});
