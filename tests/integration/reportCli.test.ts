/** The built CLI: the year-end report of one unit as .pdf, the six-month report as .docx, and the to-do list. */
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import type { TodoView } from '../../shared/api/reportTypes';
import { runCli } from './cliHelpers';
import { tempFolder } from './helpers';

const run = promisify(execFile);

describe('ward-conduct report and todo', () => {
  it('writes the reports, refuses a wrong kind, and lists what still needs doing', async () => {
    const data = await tempFolder('report-cli');
    const out = await tempFolder('report-cli-out');
    expect((await runCli(['--data', data, 'init', '--ward', 'Phường Hoàn Kiếm', '--chairman', 'Nguyễn Văn Chủ'])).code).toBe(0);
    expect((await runCli(['--data', data, 'demo-seed', '--size', 'S'])).code).toBe(0);

    const pdf = path.join(out, 'tong-ket-vhxh.pdf');
    const unitRun = await runCli(['--data', data, 'report', '--kind', 'tong-ket', '--year', '2026', '--unit', 'Phòng Văn hóa - Xã hội', '--out', pdf]);
    expect(unitRun.stderr).toBe('');
    expect(unitRun.code).toBe(0);
    const { stdout: text } = await run('pdftotext', [pdf, '-']);
    expect(text.replace(/\s+/g, ' ')).toContain('Tổng kết năm 2026 thực hiện Quy tắc ứng xử tại Phòng Văn hóa - Xã hội');

    const docx = path.join(out, 'so-ket.docx');
    expect((await runCli(['--data', data, 'report', '--kind', 'so-ket', '--year', '2026', '--half', '1', '--out', docx])).code).toBe(0);
    expect((await fs.readFile(docx)).subarray(0, 2).toString()).toBe('PK');

    const wrong = await runCli(['--data', data, 'report', '--kind', 'quy', '--year', '2026', '--out', pdf]);
    expect(wrong.code).toBe(2);
    expect(wrong.stderr).toContain('so-ket');
    const noUnit = await runCli(['--data', data, 'report', '--kind', 'tong-ket', '--year', '2026', '--unit', 'Phòng Không Có', '--out', path.join(out, 'x.pdf')]);
    expect(noUnit.code).not.toBe(0);
    expect(noUnit.stderr).toContain('Không tìm thấy đơn vị');

    const todo = await runCli(['--data', data, '--json', 'todo']);
    expect(todo.code).toBe(0);
    const view = (JSON.parse(todo.stdout) as { data: TodoView }).data;
    expect(view.items.map((i) => i.key)).toEqual(['explanationsOverdue', 'violationsAwaitingConclusion', 'monthsNotScored', 'periodsNotClosed', 'unitsOverCap', 'withoutCommitment', 'ruleSetGaps', 'backupOld']);
    const text2 = await runCli(['--data', data, 'todo']);
    expect(text2.stdout).toContain('Người chưa ký cam kết');
  }, 240_000);
});
