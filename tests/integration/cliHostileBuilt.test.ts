/**
 * Issue 17, defect 3, as shipped: the bundled CLI (out/cli, built by `npm run build`, which `npm test`
 * runs first) refuses a Word zip bomb and a roster with one cell in the last row with exit 2 and a
 * Vietnamese reason, through the import worker bundled beside it (out/cli/import-worker.cjs).
 */
import { execFile } from 'node:child_process';
import { existsSync, promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { emptyParagraphsDocx, hugeRoster, lastRowCell } from '../fixtures/hostile/hostileFiles';
import { changedEntries, folderState } from '../fixtures/hostile/folderState';
import { repoRoot } from './cliHelpers';

const bin = path.join(repoRoot, 'bin', 'ward-conduct.js');
let work: string;
let data: string;

function run(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(process.execPath, [bin, '--data', data, ...args], { cwd: repoRoot, env: { ...process.env, NODE_OPTIONS: undefined }, timeout: 120_000 }, (error, stdout, stderr) => {
      resolve({ code: error ? (typeof error.code === 'number' ? error.code : -1) : 0, stdout: String(stdout), stderr: String(stderr) });
    });
  });
}

beforeAll(async () => {
  expect(existsSync(path.join(repoRoot, 'out', 'cli', 'import-worker.cjs')), 'run `npm run build` first: this test runs the shipped CLI').toBe(true);
  work = await fs.mkdtemp(path.join(os.tmpdir(), 'wc-hostile-cli-'));
  data = path.join(work, 'data');
  expect((await run(['init', '--ward', 'Phường Hoàn Kiếm'])).code).toBe(0);
});

afterAll(async () => {
  await fs.rm(work, { recursive: true, force: true });
});

describe('the built ward-conduct command and hostile files', () => {
  it('refuses a Word file of 2,000,000 empty paragraphs: exit 2, nothing written', async () => {
    const file = path.join(work, 'quyet-dinh.docx');
    await fs.writeFile(file, emptyParagraphsDocx(2_000_000));
    const before = await folderState(data);
    const result = await run(['rules', 'import', file]);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/Tệp Word chứa một phần nén bất thường/);
    expect(changedEntries(before, await folderState(data))).toEqual([]);
  });

  it('refuses a roster with one cell in row 1,048,576 on a dry run: exit 2', async () => {
    const file = path.join(work, 'danh-sach.xlsx');
    await fs.writeFile(file, lastRowCell());
    const result = await run(['staff', 'import', file, '--dry-run']);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/dòng 1\.048\.576/);
  });

  it('still reads an ordinary roster through the bundled worker', async () => {
    const file = path.join(work, 'danh-sach-dung.xlsx');
    await fs.writeFile(file, hugeRoster(3));
    const result = await run(['staff', 'import', file, '--dry-run']);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/3/);
  });
});
