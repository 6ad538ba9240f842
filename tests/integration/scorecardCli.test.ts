import { promises as fs } from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { openWard } from '../fixtures/scoring/wardScores';
import { runCli } from './cliHelpers';
import { fixedClock, tempFolder } from './helpers';

describe('ward-conduct scorecard export / import from the command line', () => {
  it('exports May 2026 for one unit, dry-runs an edited file (exit 1 for a refused cell), then writes it', async () => {
    const folder = await tempFolder('scorecard-cli');
    const session = await openWard(folder, fixedClock('2026-06-03T09:00:00+07:00').now);
    await session.close();
    // Outputs are written outside the data folder (the CLI refuses the data folder itself).
    const out = path.join(await tempFolder('scorecard-cli-out'), 'thang-5.xlsx');
    const exported = await runCli(['scorecard', 'export', '--period', '2026-05', '--unit', 'VP HĐND-UBND', '--out', out, '--data', folder]);
    expect(exported.stderr).toBe('');
    expect(exported.code).toBe(0);
    expect(exported.stdout).toContain('Đã xuất bảng chấm điểm của 8 người');

    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    expect(wb.worksheets.map((s) => s.name)).toEqual(['Tổng hợp', 'Văn phòng HĐND và UBND', 'DanhMuc', '_meta']);
    const sheet = wb.getWorksheet('Văn phòng HĐND và UBND')!;
    sheet.getCell('H11').value = 60;
    sheet.getCell('F10').value = 'mười';
    await wb.xlsx.writeFile(out);

    const dry = await runCli(['scorecard', 'import', out, '--dry-run', '--data', folder]);
    expect(dry.code).toBe(1);
    expect(dry.stdout).toContain('CB003 Lê Văn Cường · Kết quả thực hiện nhiệm vụ (70 điểm): 59.99 → 60');
    expect(dry.stdout).toContain('"mười" không phải là số');
    expect(dry.stdout).toContain('Chạy thử: chưa ghi gì.');

    const real = await runCli(['scorecard', 'import', out, '--data', folder]);
    expect(real.stdout).toContain('Đã ghi 1 thay đổi.');
    expect(real.code).toBe(1);
    const scores = await fs.readFile(path.join(folder, 'db', 'scores-2026.json'), 'utf8');
    expect(scores).toContain('"councilScore":{"points":{"task-results":60}');

    const bad = await runCli(['scorecard', 'export', '--period', '2026-13', '--out', out, '--data', folder]);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('Kỳ phải có dạng 2026-05, 2026-Q2, 2026-H1 hoặc 2026');
  }, 120_000);
});
