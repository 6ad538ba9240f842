/** Outputs a person asks for never land inside the data folder, even through a symlink. */
import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { checkOutputPath, OutputInDataFolderError } from '../../electron/store/outputPath';
import { runCli } from './cliHelpers';

let root: string;
let data: string;

beforeEach(async () => {
  root = await fs.mkdtemp(path.join(os.tmpdir(), 'wc-out-'));
  data = path.join(root, 'du-lieu');
  await runCli(['--data', data, 'init', '--ward', 'Phường Hoàn Kiếm']);
});

afterEach(async () => {
  await fs.rm(root, { recursive: true, force: true });
});

const REFUSED = /Không ghi tệp .* vào thư mục dữ liệu của Ward Conduct/;

describe('an output into the data folder', () => {
  it('staff export --out onto a data file is refused with exit 2, and the data file is untouched', async () => {
    const meta = path.join(data, 'db', 'meta.json');
    const before = await fs.readFile(meta);
    const run = await runCli(['--data', data, 'staff', 'export', '--out', meta]);
    expect(run.code, run.stderr).toBe(2);
    expect(run.stderr).toMatch(REFUSED);
    expect(await fs.readFile(meta)).toEqual(before);
    const check = await runCli(['--data', data, 'check']);
    expect(check.code, check.stdout + check.stderr).toBe(0);
  });

  it('is refused through a folder link outside that points into the data folder', async () => {
    const link = path.join(root, 'lien-ket');
    await fs.symlink(path.join(data, 'db'), link);
    const run = await runCli(['--data', data, 'staff', 'export', '--out', path.join(link, 'staff.json')]);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(REFUSED);
    expect(await fs.readdir(path.join(data, 'db'))).toEqual(['meta.json']);
  });

  it('backup, poster, meeting sheet, scorecard and violation exports and the template refuse it too, before anything is written', async () => {
    const backupsBefore = await fs.readdir(path.join(data, 'backups'));
    const runs = await Promise.all([
      runCli(['--data', data, 'backup', '--out', path.join(data, 'backups', 'ban-sao.wcbak')]),
      runCli(['--data', data, 'poster', '--rules', 'qd-522-2017', '--size', 'A4', '--out', path.join(data, 'bang.pdf')]),
      runCli(['--data', data, 'meeting-sheet', '--month', '2026-03', '--out', path.join(data, 'snapshots', 'bien-ban.pdf')]),
      runCli(['--data', data, 'scorecard', 'export', '--period', '2026-05', '--out', path.join(data, 'bang-diem.xlsx')]),
      runCli(['--data', data, 'violation', 'export', '--out', path.join(data, 'db', 'violations-2026.json')]),
      runCli(['--data', data, 'staff', 'template', '--out', path.join(data, 'mau.xlsx')]),
    ]);
    for (const run of runs) {
      expect(run.code, run.stderr).toBe(2);
      expect(run.stderr).toMatch(REFUSED);
    }
    expect((await fs.readdir(data)).sort()).toEqual(['backups', 'db']);
    expect(await fs.readdir(path.join(data, 'backups'))).toEqual(backupsBefore);
  });

  it('a path beside the data folder with a similar name is allowed', async () => {
    await expect(checkOutputPath(data, `${data}-xuat/ds.xlsx`)).resolves.toBe(`${data}-xuat/ds.xlsx`);
    await expect(checkOutputPath(data, path.join(data, '..', 'ds.xlsx'))).resolves.toBe(path.join(root, 'ds.xlsx'));
    await expect(checkOutputPath(data, path.join(data, 'chua-co', 'sau', 'ds.xlsx'))).rejects.toBeInstanceOf(OutputInDataFolderError);
    await expect(checkOutputPath(data, data)).rejects.toBeInstanceOf(OutputInDataFolderError);
  });
});
