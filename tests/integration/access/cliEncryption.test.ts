/**
 * Issue 16, item 4 through the built CLI: only the administrator turns encryption at rest on or off;
 * every other command then needs the passphrase (WARD_CONDUCT_PASSPHRASE), and is refused in
 * Vietnamese without it.
 */
import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createHandlers } from '../../../electron/services/handlers';
import { dispatch } from '../../../electron/services/dispatch';
import { Session } from '../../../electron/services/session';
import { isEncrypted } from '../../../electron/store/encryption/envelope';
import { runCli } from '../cliHelpers';

let folder: string;
const ADMIN = 'Phạm Quản Trị';
const CLERK = 'Lê Thị Hường';
const PASSPHRASE = 'phường hoàn kiếm 2026';

beforeEach(async () => {
  folder = await fs.mkdtemp(path.join(os.tmpdir(), 'wc-cli-encryption-'));
  const session = new Session(folder, { app: 'test', now: () => new Date() });
  await session.open();
  const handlers = createHandlers(session);
  await dispatch(handlers, 'updateProfile', { wardName: 'Phường Hoàn Kiếm', operatorName: CLERK });
  const units = await dispatch(handlers, 'createUnit', { name: 'Văn phòng HĐND và UBND', shortName: 'VP' });
  if (!units.ok) throw new Error(units.error.message);
  await dispatch(handlers, 'createStaff', { code: 'CB0002', fullName: 'Trần Thị Mai', category: 'civilServant', unitId: units.data[0]!.id });
  await session.close();
});

afterEach(async () => {
  await fs.rm(folder, { recursive: true, force: true });
});

async function sealedStaff(): Promise<boolean> {
  return isEncrypted(await fs.readFile(path.join(folder, 'db', 'staff.json')));
}

describe('ward-conduct encryption on|off|status', () => {
  it('a clerk is refused; the administrator turns it on, other commands need the passphrase, and turns it off', async () => {
    expect((await runCli(['--data', folder, 'user', 'add', '--name', ADMIN, '--role', 'quan-tri'], { WARD_CONDUCT_NEW_PIN: '2468' })).code).toBe(0);
    const admin = { WARD_CONDUCT_PIN: '2468' };
    expect((await runCli(['--data', folder, '--user', ADMIN, 'user', 'add', '--name', CLERK, '--role', 'van-phong'], { ...admin, WARD_CONDUCT_NEW_PIN: '1357' })).code).toBe(0);

    const clerk = await runCli(['--data', folder, '--user', CLERK, 'encryption', 'on'], { WARD_CONDUCT_PIN: '1357', WARD_CONDUCT_PASSPHRASE: PASSPHRASE });
    expect(clerk.code).toBe(2);
    expect(clerk.stderr).toContain('không có quyền cài đặt, người dùng, sao lưu và khôi phục');
    expect(await sealedStaff()).toBe(false);
    await expect(fs.stat(path.join(folder, 'db', 'encryption.json'))).rejects.toThrow();

    const short = await runCli(['--data', folder, '--user', ADMIN, 'encryption', 'on'], { ...admin, WARD_CONDUCT_PASSPHRASE: 'ngắn' });
    expect(short.code).toBe(2);
    expect(short.stderr).toContain('ít nhất 8 ký tự');
    const on = await runCli(['--data', folder, '--user', ADMIN, 'encryption', 'on'], { ...admin, WARD_CONDUCT_PASSPHRASE: PASSPHRASE });
    expect(on.stderr).toBe('');
    expect(on.stdout).toContain('Đã bật mã hóa dữ liệu.');
    expect(await sealedStaff()).toBe(true);

    const without = await runCli(['--data', folder, '--user', ADMIN, 'info'], admin);
    expect(without.code).toBe(3);
    expect(without.stderr).toContain('Thư mục dữ liệu này được mã hóa. Cần mật khẩu dữ liệu');
    const wrong = await runCli(['--data', folder, '--user', ADMIN, 'info'], { ...admin, WARD_CONDUCT_PASSPHRASE: 'phường hoàn kiếm 2025' });
    expect(wrong.code).toBe(3);
    expect(wrong.stderr).toContain('Mật khẩu dữ liệu không đúng');
    const info = await runCli(['--data', folder, '--user', CLERK, 'staff', 'list'], { WARD_CONDUCT_PIN: '1357', WARD_CONDUCT_PASSPHRASE: PASSPHRASE });
    expect(info.code).toBe(0);
    expect(info.stdout).toContain('Trần Thị Mai');
    const status = await runCli(['--data', folder, '--user', CLERK, 'encryption', 'status'], { WARD_CONDUCT_PIN: '1357', WARD_CONDUCT_PASSPHRASE: PASSPHRASE });
    expect(status.stdout).toContain('Thư mục dữ liệu đang được mã hóa');

    const off = await runCli(['--data', folder, '--user', ADMIN, 'encryption', 'off'], { ...admin, WARD_CONDUCT_PASSPHRASE: PASSPHRASE });
    expect(off.stdout).toContain('Đã tắt mã hóa dữ liệu.');
    expect(await sealedStaff()).toBe(false);
    expect((await runCli(['--data', folder, '--user', ADMIN, 'encryption', 'status'], admin)).stdout).toContain('không được mã hóa');
  }, 180_000);

  it('a backup written to a file by an encrypted folder restores into a new folder with the passphrase, and not without it', async () => {
    const env = { WARD_CONDUCT_PASSPHRASE: PASSPHRASE };
    expect((await runCli(['--data', folder, 'encryption', 'on'], env)).code).toBe(0);
    const usb = path.join(await fs.mkdtemp(path.join(os.tmpdir(), 'wc-usb-')), 'sao-luu.wcbak');
    expect((await runCli(['--data', folder, 'backup', '--out', usb], env)).code).toBe(0);
    const fresh = await fs.mkdtemp(path.join(os.tmpdir(), 'wc-new-pc-'));
    try {
      const wrong = await runCli(['--data', fresh, 'restore', usb], { WARD_CONDUCT_PASSPHRASE: 'phường hoàn kiếm 2025' });
      expect(wrong.code).not.toBe(0);
      expect(wrong.stderr).toContain('Mật khẩu dữ liệu không đúng với bản sao lưu này. Không có gì bị thay đổi.');
      expect((await runCli(['--data', fresh, 'staff', 'list'], {})).stdout).not.toContain('Trần Thị Mai');
      const restored = await runCli(['--data', fresh, 'restore', usb], env);
      expect(restored.stderr).toBe('');
      expect(restored.stdout).toContain('Đã phục hồi dữ liệu từ bản sao lưu ngày');
      // The new folder is plain (its own choice); the data is all there.
      expect((await runCli(['--data', fresh, 'staff', 'list'], {})).stdout).toContain('Trần Thị Mai');
    } finally {
      await fs.rm(fresh, { recursive: true, force: true });
      await fs.rm(path.dirname(usb), { recursive: true, force: true });
    }
  }, 180_000);
});
