/**
 * A ward restores from a backup brought on a USB stick: Cài đặt → "Khôi phục từ tệp…", the same preview
 * as for a backup in the list (what it holds, the date as dd/mm/yyyy), then the restore. A damaged file
 * and a file of another kind are refused in Vietnamese and nothing changes.
 */
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { Store } from '../../electron/store/dataStore';
import { makeDataFolder, removeDataFolder } from './support/dataFolders';
import { useWardHarness } from './support/wardHarness';

const stick: string[] = [];
afterEach(async () => {
  for (const folder of stick.splice(0)) await removeDataFolder(folder);
});

/** What the USB stick holds: a self-contained backup of the ward as named, taken on 12/03/2026 at 16:45 (Hà Nội). */
async function backupOnStick(wardName: string, passphrase?: string): Promise<string> {
  const source = await makeDataFolder('usb-source');
  const usb = await makeDataFolder('usb-stick');
  stick.push(source, usb);
  const store = await Store.open({ folder: source, app: 'another PC', now: () => new Date('2026-03-12T09:45:00Z') });
  try {
    await store.updateMeta((m) => void (m.ward.name = wardName));
    // That PC's folder is encrypted: the file carries its key under the passphrase.
    if (passphrase) await store.setEncryption(true, passphrase);
    const file = path.join(usb, 'sao-luu-phuong.wcbak');
    await store.backup('manual', file);
    return file;
  } finally {
    await store.close();
  }
}

describe('restoring from a backup file on a USB stick', () => {
  const openWard = useWardHarness('restore-file');

  it('shows what the chosen file holds with its date, restores it, and refuses a damaged or wrong file without changing anything', async () => {
    const file = await backupOnStick('Phường Cửa Nam');
    const { harness: h } = await openWard();
    const { page } = h;
    await page.setViewportSize({ width: 1093, height: 574 });
    await page.getByRole('menuitem', { name: 'Cài đặt' }).click();
    const input = page.getByTestId('settings').locator('input[type=file]');
    await page.getByTestId('restore-from-file').waitFor();

    // A damaged copy (cut short) and an Excel file: refused, the ward is still Phường Hoàn Kiếm.
    const bytes = await fs.readFile(file);
    await input.setInputFiles({ name: 'sao-luu-hong.wcbak', mimeType: 'application/octet-stream', buffer: bytes.subarray(0, Math.floor(bytes.length / 2)) });
    const refusal = page.getByTestId('restore-file-error');
    await refusal.waitFor();
    expect(await refusal.innerText()).toMatch(/Không khôi phục được từ tệp sao-luu-hong\.wcbak: .+\. Không có gì bị thay đổi\./);
    await h.screenshot('restore-file-01-damaged');
    await input.setInputFiles({ name: 'danh-sach.xlsx', mimeType: 'application/octet-stream', buffer: bytes });
    await expect.poll(() => refusal.innerText()).toContain('Tệp đã chọn không phải bản sao lưu của Ward Conduct (tệp .wcbak). Không có gì bị thay đổi.');
    expect(await page.getByRole('dialog').count()).toBe(0);
    expect(h.session.store.meta.ward.name).toBe('Phường Hoàn Kiếm');

    // The real file: the preview names it, its ward and its local date; OK restores.
    await input.setInputFiles(file);
    const preview = page.getByTestId('restore-preview');
    await preview.waitFor();
    await expect.poll(() => refusal.count()).toBe(0);
    const text = await preview.innerText();
    expect(text).toContain('sao-luu-phuong.wcbak');
    expect(text).toContain('Phường Cửa Nam');
    expect(text).toContain('Sao lưu thủ công');
    const local = new Date('2026-03-12T09:45:00Z');
    const shown = `${String(local.getDate()).padStart(2, '0')}/${String(local.getMonth() + 1).padStart(2, '0')}/${local.getFullYear()} ${String(local.getHours()).padStart(2, '0')}:${String(local.getMinutes()).padStart(2, '0')}`;
    expect(text).toContain(shown);
    expect(text).not.toMatch(/Z\b|T\d\d:/);
    const dialog = page.getByRole('dialog').filter({ has: preview });
    const ok = dialog.getByRole('button', { name: 'Khôi phục bản này' });
    const box = await ok.boundingBox();
    expect(box && box.y + box.height).toBeLessThanOrEqual(574);
    await h.screenshot('restore-file-02-preview');
    await ok.click();
    await page.getByText('Đã khôi phục dữ liệu').waitFor();
    await expect.poll(() => page.getByLabel('Tên phường/xã').inputValue()).toBe('Phường Cửa Nam');
    expect(h.session.store.meta.ward.name).toBe('Phường Cửa Nam');
    await h.screenshot('restore-file-03-restored');
    expect(h.pageErrors).toEqual([]);
  });

  it('asks for the data passphrase of a backup made from an encrypted folder, refuses a wrong one, and restores with the right one', async () => {
    const file = await backupOnStick('Phường Tràng Tiền', 'Tràng Tiền bảo mật 2026');
    const { harness: h } = await openWard();
    const { page } = h;
    await page.setViewportSize({ width: 1093, height: 574 });
    await page.getByRole('menuitem', { name: 'Cài đặt' }).click();
    await page.getByTestId('restore-from-file').waitFor();
    const input = page.getByTestId('settings').locator('input[type=file]');
    await input.setInputFiles(file);
    const modal = page.getByTestId('backup-passphrase-modal');
    await page.getByTestId('backup-passphrase').waitFor();
    expect(await modal.innerText()).toContain('Bản sao lưu này được mã hóa bằng mật khẩu dữ liệu của máy đã tạo ra nó.');
    await h.screenshot('restore-file-04-passphrase');
    await page.getByTestId('backup-passphrase').fill('Tràng Tiền bảo mật 2025');
    await page.getByRole('button', { name: 'Mở bản sao lưu' }).click();
    const refusal = page.getByTestId('restore-file-error');
    await expect.poll(() => refusal.innerText().catch(() => '')).toContain('Mật khẩu dữ liệu không đúng với bản sao lưu này. Không có gì bị thay đổi.');
    expect(h.session.store.meta.ward.name).toBe('Phường Hoàn Kiếm');

    await input.setInputFiles(file);
    await page.getByTestId('backup-passphrase').fill('Tràng Tiền bảo mật 2026');
    await page.getByRole('button', { name: 'Mở bản sao lưu' }).click();
    const preview = page.getByTestId('restore-preview');
    await preview.waitFor();
    expect(await preview.innerText()).toContain('Phường Tràng Tiền');
    await page.getByRole('dialog').filter({ has: preview }).getByRole('button', { name: 'Khôi phục bản này' }).click();
    await page.getByText('Đã khôi phục dữ liệu').waitFor();
    expect(h.session.store.meta.ward.name).toBe('Phường Tràng Tiền');
    expect(h.pageErrors).toEqual([]);
  });
});
