/** The CLI under a failing disk and a closed pipe: a fault is exit 3 with advice, a gone reader is not a crash. */
import { execFile } from 'node:child_process';
import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { repoRoot, runCli } from './cliHelpers';

const entry = path.join(repoRoot, 'electron', 'cli', 'index.ts');
let data: string;

beforeEach(async () => {
  data = await fs.mkdtemp(path.join(os.tmpdir(), 'wc-clifault-'));
});

afterEach(async () => {
  await fs.rm(data, { recursive: true, force: true });
});

/** Runs a shell line with $CLI standing for the ward-conduct command. */
function shell(line: string): Promise<{ code: number; stdout: string; stderr: string }> {
  const cli = `"${process.execPath}" --import tsx "${entry}"`;
  return new Promise((resolve) => {
    execFile('bash', ['-c', line.replaceAll('$CLI', cli)], { cwd: repoRoot, env: { ...process.env, NODE_OPTIONS: undefined, WARD_CONDUCT_DATA: undefined }, timeout: 120_000 }, (error, stdout, stderr) => {
      resolve({ code: error ? (typeof error.code === 'number' ? error.code : -1) : 0, stdout: String(stdout), stderr: String(stderr) });
    });
  });
}

async function leftovers(folder: string): Promise<string[]> {
  const entries = await fs.readdir(folder, { recursive: true });
  return entries.filter((n) => n.endsWith('.tmp') || n.includes('.journal') || n.includes('.pending-'));
}

describe('ward-conduct on a disk that refuses writes', () => {
  it('a file-size limit while seeding demo data: exit 3, a Vietnamese message naming the folder, no temp files, the data as before', async () => {
    expect((await runCli(['--data', data, 'init', '--ward', 'Phường Hoàn Kiếm'])).code).toBe(0);
    const metaBefore = await fs.readFile(path.join(data, 'db', 'meta.json'), 'utf8');
    // 24 KB per file: meta.json fits, the demo roster does not (EFBIG).
    const run = await shell(`ulimit -f 24; $CLI --data "${data}" demo-seed --size S`);
    expect(run.code, run.stderr).toBe(3);
    expect(run.stderr).toContain(`Không ghi được vào thư mục dữ liệu ${data}`);
    expect(run.stderr).toMatch(/vượt quá cỡ lớn nhất ổ đĩa này cho phép/);
    expect(run.stderr).not.toMatch(/EFBIG|Error:|at /);
    expect(await leftovers(data)).toEqual([]);
    expect(await fs.readFile(path.join(data, 'db', 'meta.json'), 'utf8')).toBe(metaBefore);
    const check = await runCli(['--data', data, 'check']);
    expect(check.code, check.stdout).toBe(0);
  });

  it('`staff list | head -c 0` after demo data: the reader is gone, the command still ends with 0 and no stack trace', async () => {
    const seeded = await shell(`$CLI --data "${data}" demo-seed --size S | head -c 0; echo "exit=\${PIPESTATUS[0]}"`);
    expect(seeded.stdout.trim()).toBe('exit=0');
    expect(seeded.stderr).toBe('');
    const listed = await shell(`$CLI --data "${data}" staff list | head -c 0; echo "exit=\${PIPESTATUS[0]}"`);
    expect(listed.stdout.trim()).toBe('exit=0');
    expect(listed.stderr).toBe('');
    // The seed that printed into the closed pipe was committed.
    const info = await runCli(['--data', data, 'staff', 'list']);
    expect(info.stdout).toMatch(/\d+ người\./);
    expect(info.stdout).not.toContain('0 người.');
  });
});
