import { mkdtemp, readFile, rm, stat, writeFile, readdir } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { acquireLock } from '../../electron/store/lock';
import { runCli } from './cliHelpers';

let root: string;
let data: string;

beforeEach(async () => {
  root = await mkdtemp(path.join(os.tmpdir(), 'wc-cli-'));
  data = path.join(root, 'data');
});
afterEach(async () => {
  await rm(root, { recursive: true, force: true });
});

const exists = (file: string) => stat(file).then(() => true, () => false);
const dateTimeVi = /\d{2}\/\d{2}\/\d{4} \d{2}:\d{2}/;

describe('ward-conduct CLI', () => {
  it('declares the ward with init, and info shows it', async () => {
    const init = await runCli(['--data', data, 'init', '--ward', 'Phường Ngọc Hà', '--chairman', 'Nguyễn Văn An']);
    expect(init.code).toBe(0);
    const info = await runCli(['info', '--data', data]);
    expect(info.code).toBe(0);
    expect(info.stdout).toContain('Phường Ngọc Hà');
    expect(info.stdout).toContain(data);
    // init keeps what it was not told: the chairman stays when only the address changes.
    await runCli(['--data', data, 'init', '--ward', 'Phường Ngọc Hà', '--address', 'Số 1 phố Đội Cấn']);
    const profile = JSON.parse(await readFile(path.join(data, 'db', 'meta.json'), 'utf8')) as { ward: { chairman: string; address: string } };
    expect(profile.ward).toMatchObject({ chairman: 'Nguyễn Văn An', address: 'Số 1 phố Đội Cấn' });
  });

  it('seeds demo data size S once, refuses a second time without --force, and info --json counts it', async () => {
    const seed = await runCli(['--data', data, 'demo-seed', '--size', 'S']);
    expect(seed.code).toBe(0);
    const info = await runCli(['--data', data, 'info', '--json']);
    expect(info.code).toBe(0);
    const result = JSON.parse(info.stdout) as { ok: boolean; data: { counts: Record<string, number>; wardName: string } };
    expect(result.ok).toBe(true);
    expect(result.data.counts.units).toBe(6);
    expect(result.data.counts.staff).toBeGreaterThanOrEqual(36);
    expect(result.data.counts.violations).toBeGreaterThan(0);
    expect(result.data.wardName).not.toBe('');

    const again = await runCli(['--data', data, 'demo-seed']);
    expect(again.code).toBe(2);
    expect(again.stderr).toContain('đã có danh sách cán bộ');
    expect((await runCli(['--data', data, 'demo-seed', '--force'])).code).toBe(0);
  });

  it('backs up to a chosen file and restores it, keeping a safety backup of what was replaced', async () => {
    await runCli(['--data', data, 'init', '--ward', 'Phường Ngọc Hà']);
    await runCli(['--data', data, 'demo-seed']);
    const file = path.join(root, 'ban-sao-luu.wcbak');
    const backup = await runCli(['--data', data, 'backup', '--out', file]);
    expect(backup.code).toBe(0);
    expect(await exists(file)).toBe(true);
    expect((await runCli(['--data', data, 'backup', '--out', file])).code).toBe(2); // never overwrites

    await runCli(['--data', data, 'init', '--ward', 'Phường Tây Hồ']);
    const restore = await runCli(['--data', data, 'restore', file]);
    expect(restore.code).toBe(0);
    expect(restore.stdout).toMatch(dateTimeVi);
    expect(restore.stdout).toContain('Phường Ngọc Hà');
    const safety = /được giữ tại: (.+\.wcbak)/.exec(restore.stdout)?.[1];
    expect(safety && (await exists(safety))).toBe(true);
    const info = await runCli(['--data', data, 'info']);
    expect(info.stdout).toContain('Phường Ngọc Hà');
    expect(info.stdout).not.toContain('Phường Tây Hồ');
  });

  it('refuses a file that is not a backup with exit 2 and changes nothing', async () => {
    await runCli(['--data', data, 'init', '--ward', 'Phường Ngọc Hà']);
    const meta = await readFile(path.join(data, 'db', 'meta.json'), 'utf8');
    const bogus = path.join(root, 'khong-phai.wcbak');
    await writeFile(bogus, 'không phải bản sao lưu');
    const restore = await runCli(['--data', data, 'restore', bogus]);
    expect(restore.code).toBe(2);
    expect(restore.stderr).toContain('Tệp sao lưu không dùng được');
    expect(await readFile(path.join(data, 'db', 'meta.json'), 'utf8')).toBe(meta);
  });

  it('checks a healthy store with exit 0', async () => {
    await runCli(['--data', data, 'demo-seed']);
    const check = await runCli(['--data', data, 'check']);
    expect(check.code).toBe(0);
    expect(check.stdout).toContain('đều tốt');
  });

  it('stops with exit 3 on a damaged meta.json that has no backup, and leaves the damaged file as it was', async () => {
    await runCli(['--data', data, 'init', '--ward', 'Phường Ngọc Hà']);
    await rm(path.join(data, 'backups'), { recursive: true, force: true });
    await writeFile(path.join(data, 'db', 'meta.json'), '{"schemaVersion": 2, "ward": ');
    const check = await runCli(['--data', data, 'check']);
    expect(check.code).toBe(3);
    expect(check.stderr).toContain('bị hỏng');
    expect(check.stderr).toContain('meta.json');
    expect(await readFile(path.join(data, 'db', 'meta.json'), 'utf8')).toBe('{"schemaVersion": 2, "ward": ');
  });

  it('recovers a damaged file from the backup, says so on stderr and exits 1', async () => {
    await runCli(['--data', data, 'init', '--ward', 'Phường Ngọc Hà']);
    await runCli(['--data', data, 'demo-seed']);
    await runCli(['--data', data, 'backup']);
    await writeFile(path.join(data, 'db', 'staff.json'), '[{"id": "cắt cụt');
    const check = await runCli(['--data', data, 'check']);
    expect(check.code).toBe(1);
    expect(check.stderr).toContain('staff.json bị hỏng');
    expect(check.stderr).toContain('bản sao lưu');
    expect((await readdir(path.join(data, 'db'))).some((n) => n.startsWith('staff.json.corrupt-'))).toBe(true);
    const info = JSON.parse((await runCli(['--data', data, 'info', '--json'])).stdout) as { data: { counts: { staff: number } } };
    expect(info.data.counts.staff).toBeGreaterThan(30);
  });

  it('rejects bad usage with exit 2 before touching the data folder', async () => {
    for (const args of [['lenh-la'], ['info', '--khong-co'], ['init'], ['init', '--ward'], ['demo-seed', '--size', 'XL'], ['restore'], ['info', 'thua']]) {
      const run = await runCli(['--data', data, ...args]);
      expect(run.code, args.join(' ')).toBe(2);
      expect(run.stderr, args.join(' ')).toMatch(/Lỗi: /);
    }
    expect(await exists(data)).toBe(false);
    const json = await runCli(['--data', data, '--json', 'info', '--khong-co']);
    expect(JSON.parse(json.stdout)).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
    expect((await runCli(['--help'])).code).toBe(0);
  });

  it('stops with exit 3 while another program holds the data, naming it', async () => {
    await runCli(['--data', data, 'init', '--ward', 'Phường Ngọc Hà']);
    const lock = await acquireLock(data, 'Ward Conduct');
    try {
      const info = await runCli(['--data', data, 'info']);
      expect(info.code).toBe(3);
      expect(info.stderr).toContain('đang được một cửa sổ hoặc lệnh khác');
      expect(info.stderr).toContain('Ward Conduct');
      const json = await runCli(['--data', data, 'info', '--json']);
      expect(JSON.parse(json.stdout)).toMatchObject({ ok: false, error: { code: 'STORE_LOCKED' } });
    } finally {
      await lock.release();
    }
    expect((await runCli(['--data', data, 'info'])).code).toBe(0);
  });

  it('stops with exit 3 when the data folder cannot be used', async () => {
    const notAFolder = path.join(root, 'tep-thuong');
    await writeFile(notAFolder, 'x');
    const info = await runCli(['--data', notAFolder, 'info']);
    expect(info.code).toBe(3);
    expect(info.stderr).toContain('Không mở được thư mục dữ liệu');
  });

  it('uses WARD_CONDUCT_DATA when --data is not given', async () => {
    const init = await runCli(['init', '--ward', 'Phường Hoàn Kiếm'], { WARD_CONDUCT_DATA: data });
    expect(init.code).toBe(0);
    const meta = JSON.parse(await readFile(path.join(data, 'db', 'meta.json'), 'utf8')) as { ward: { name: string } };
    expect(meta.ward.name).toBe('Phường Hoàn Kiếm');
  });
});
