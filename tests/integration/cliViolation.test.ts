import { execFileSync } from 'node:child_process';
import { mkdir, mkdtemp, rm, stat } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runCli } from './cliHelpers';

let folder: string;

beforeEach(async () => {
  folder = await mkdtemp(path.join(os.tmpdir(), 'wc-cli-violation-'));
  await runCli(['--data', folder, 'demo-seed', '--size', 'S']);
});

afterEach(async () => {
  await rm(folder, { recursive: true, force: true });
  await rm(`${folder}-xuat`, { recursive: true, force: true });
});

function today(): string {
  const d = new Date();
  return `${String(d.getDate()).padStart(2, '0')}/${String(d.getMonth() + 1).padStart(2, '0')}/${d.getFullYear()}`;
}

describe('ward-conduct violation …, meeting-sheet and rules …', () => {
  it('records a violation for two people against QĐ 1665 Điều 3 and lists it for the month, as text and JSON', async () => {
    const added = await runCli(['--data', folder, 'violation', 'add', '--staff', 'CB0002', '--staff', 'CB0003', '--rule', '1665:3.KNL.5', '--date', today(), '--description', 'Hút thuốc tại sảnh Bộ phận Một cửa', '--measure', 'nhắc nhở']);
    expect(added.stderr).toBe('');
    expect(added.code).toBe(0);
    expect(added.stdout).toContain('QĐ 1665 · Điều 3 · Không nên làm 5');
    const month = new Date().toISOString().slice(0, 7);
    const list = await runCli(['--data', folder, 'violation', 'list', '--month', month, '--search', 'hut thuoc']);
    expect(list.code).toBe(0);
    expect(list.stdout).toMatch(/Ghi nhận\s+1665:Đ3\.KNL\.5\s+.*\(CB0002\), .*\(CB0003\) — Hút thuốc tại sảnh Bộ phận Một cửa \[Nhắc nhở\]/);
    expect(list.stdout).toContain('1 vi phạm.');
    const json = await runCli(['--data', folder, 'violation', 'list', '--month', month, '--json']);
    const parsed = JSON.parse(json.stdout) as { ok: boolean; data: { total: number; rows: { people: unknown[] }[] } };
    expect(parsed.ok).toBe(true);
    expect(parsed.data.rows.some((r) => r.people.length === 2)).toBe(true);
  });

  it('refuses hạ bậc lương for a công chức today, a missing clause and a bad date, exiting 2 with Vietnamese messages', async () => {
    const illegal = await runCli(['--data', folder, 'violation', 'add', '--staff', 'CB0002', '--rule', 'qd-522-2017:5.2', '--date', today(), '--description', 'x', '--measure', 'hạ bậc lương', '--decision-number', '12/QĐ-UBND', '--decision-date', today()]);
    expect(illegal.code).toBe(2);
    expect(illegal.stderr).toContain('Không áp dụng hình thức hạ bậc lương');
    expect(illegal.stderr).toContain('Nghị định 172/2025/NĐ-CP');
    const clause = await runCli(['--data', folder, 'violation', 'add', '--staff', 'CB0002', '--rule', '1665:2.9', '--date', today(), '--description', 'x']);
    expect(clause.code).toBe(2);
    expect(clause.stderr).toContain('QĐ 1665 không có Điều 2 · Khoản 9.');
    const date = await runCli(['--data', folder, 'violation', 'add', '--staff', 'CB0002', '--rule', '1665:3.KNL.5', '--date', '2026-31-12', '--description', 'x']);
    expect(date.code).toBe(2);
    expect(date.stderr).toContain('Ngày vi phạm phải có dạng dd/mm/yyyy');
  });

  it('prints a meeting sheet PDF for a month and lists the rule sets', async () => {
    // Outputs are written outside the data folder (the CLI refuses the data folder itself).
    const out = path.join(`${folder}-xuat`, 'bien-ban.pdf');
    await mkdir(path.dirname(out));
    const sheet = await runCli(['--data', folder, 'meeting-sheet', '--month', new Date().toISOString().slice(0, 7), '--out', out]);
    expect(sheet.code).toBe(0);
    expect((await stat(out)).size).toBeGreaterThan(5000);
    expect(execFileSync('pdfinfo', [out], { encoding: 'utf8' })).toMatch(/Page size:\s+595\.\d* x 841\.\d* pts \(A4\)/);
    const rules = await runCli(['--data', folder, 'rules', 'list']);
    expect(rules.code).toBe(0);
    expect(rules.stdout).toContain('qd-1665-2017');
    expect(rules.stdout).toContain('3 bộ quy tắc.');
  });
});
