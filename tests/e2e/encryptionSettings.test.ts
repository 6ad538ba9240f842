/**
 * Issue 16, item 4, as the administrator does it: Cài đặt → Mã hóa dữ liệu. Turning it on asks for the
 * new passphrase twice and a confirmation that it is written down; the data files are then sealed on
 * disk. Turning it off asks for the passphrase again; a wrong one is refused in Vietnamese. Where
 * Windows cannot keep the key (this browser door), the "no passphrase on this PC" switch is not shown.
 */
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { isEncrypted } from '../../electron/store/encryption/envelope';
import { useWardHarness } from './support/wardHarness';

const PASSPHRASE = 'Hoàn Kiếm 2026 an toàn';

describe('turning encryption at rest on and off in Cài đặt', () => {
  const openWard = useWardHarness('encryption');

  it('seals every data file after two matching entries and a confirmation, and opens them again with the passphrase', async () => {
    const { harness: h, folder } = await openWard();
    const { page } = h;
    const metaFile = path.join(folder, 'db', 'meta.json');
    await page.setViewportSize({ width: 1093, height: 574 });
    await page.getByRole('menuitem', { name: 'Cài đặt' }).click();
    const panel = page.getByTestId('encryption-panel');
    await panel.scrollIntoViewIfNeeded();
    await expect.poll(() => page.getByTestId('encryption-status').innerText()).toContain('Không mã hóa');
    expect(isEncrypted(await fs.readFile(metaFile))).toBe(false);

    await page.getByTestId('encryption-switch').click();
    const modal = page.getByTestId('encryption-modal');
    await page.getByTestId('encryption-passphrase').fill(PASSPHRASE);
    await page.getByTestId('encryption-repeat').fill(`${PASSPHRASE}!`);
    await modal.getByRole('button', { name: 'Bật mã hóa' }).click();
    await page.getByText('Hai lần nhập mật khẩu không giống nhau.').waitFor();
    await page.getByText('Xác nhận đã ghi lại mật khẩu.').waitFor();
    const ok = modal.getByRole('button', { name: 'Bật mã hóa' });
    const box = await ok.boundingBox();
    expect(box && box.y + box.height).toBeLessThanOrEqual(574);
    await h.screenshot('encryption-01-on-refused');
    expect(isEncrypted(await fs.readFile(metaFile))).toBe(false);

    await page.getByTestId('encryption-repeat').fill(PASSPHRASE);
    await page.getByTestId('encryption-noted').check();
    await ok.click();
    await page.getByText(/Đã bật mã hóa dữ liệu \(\d+ tệp được ghi lại; đã sao lưu trước khi đổi\)\./).waitFor();
    await expect.poll(() => modal.count()).toBe(0);
    await expect.poll(() => page.getByTestId('encryption-status').innerText()).toContain('Đang mã hóa');
    expect(isEncrypted(await fs.readFile(metaFile))).toBe(true);
    expect(h.session.store.isEncrypted).toBe(true);
    expect(await page.getByTestId('account-unlock').count()).toBe(0);
    await h.screenshot('encryption-02-on');
    await page.setViewportSize({ width: 1920, height: 1080 });
    await h.screenshot('encryption-03-on-1920');

    // Off: the passphrase again; a wrong one changes nothing.
    await page.getByTestId('encryption-switch').click();
    await page.getByTestId('encryption-passphrase').fill('sai mật khẩu rồi');
    await modal.getByRole('button', { name: 'Tắt mã hóa' }).click();
    await page.getByText(/Mật khẩu dữ liệu không đúng\./).waitFor();
    expect(isEncrypted(await fs.readFile(metaFile))).toBe(true);
    await page.getByTestId('encryption-passphrase').fill(PASSPHRASE);
    await modal.getByRole('button', { name: 'Tắt mã hóa' }).click();
    await page.getByText(/Đã tắt mã hóa dữ liệu/).waitFor();
    await expect.poll(() => page.getByTestId('encryption-status').innerText()).toContain('Không mã hóa');
    expect(isEncrypted(await fs.readFile(metaFile))).toBe(false);
    // Both switches took a backup first, listed in Sao lưu.
    await expect.poll(() => page.getByText('Trước khi bật/tắt mã hóa').count()).toBeGreaterThanOrEqual(2);
    expect(h.pageErrors).toEqual([]);
  }, 180_000);
});
