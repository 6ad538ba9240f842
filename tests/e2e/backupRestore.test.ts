import { promises as fs } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { startHarness, type Harness } from './harness';
import { makeDataFolder, prepareStore, removeDataFolder } from './support/dataFolders';
import { useWardHarness } from './support/wardHarness';
import { readBackupManifest } from '../../electron/store/backups';

describe('a ward backs up, changes its name by mistake and restores the backup', () => {
  const openWard = useWardHarness('restore');

  it('takes a manual backup, renames the ward, restores after the preview and gets the old name back', async () => {
    const { harness } = await openWard();
    const { page } = harness;

    await page.getByRole('menuitem', { name: 'Cài đặt' }).click();
    const rows = page.getByTestId('backups-table').locator('tbody tr.ant-table-row');
    await rows.filter({ hasText: 'Tự động hằng ngày' }).waitFor();
    const rowsBefore = await rows.count();

    await page.getByRole('button', { name: 'Sao lưu ngay' }).click();
    const manualRow = rows.filter({ hasText: 'Sao lưu thủ công' });
    await manualRow.waitFor();
    expect(await rows.count()).toBe(rowsBefore + 1);
    expect(await manualRow.innerText()).toContain('Phường Hoàn Kiếm');
    expect(await manualRow.innerText()).toMatch(/\d{2}\/\d{2}\/\d{4} \d{2}:\d{2}/);
    await harness.screenshot('04-backup-created');

    await page.getByLabel('Tên phường/xã').fill('Phường Cửa Nam');
    await page.getByRole('button', { name: 'Lưu thông tin' }).click();
    await page.getByText('Đã lưu thông tin phường/xã.').waitFor();
    expect(harness.session.store.meta.ward.name).toBe('Phường Cửa Nam');

    await manualRow.getByRole('button', { name: 'Khôi phục' }).click();
    const preview = page.getByTestId('restore-preview');
    await preview.waitFor();
    const previewText = await preview.innerText();
    for (const label of ['Phường Hoàn Kiếm', 'Sao lưu thủ công', 'Đơn vị', 'Cán bộ', 'Vi phạm', 'Khen thưởng', 'Điểm thi đua']) {
      expect(previewText).toContain(label);
    }
    await harness.screenshot('05-restore-preview');

    await page.getByRole('button', { name: 'Khôi phục bản này' }).click();
    await page.getByText('Đã khôi phục dữ liệu').waitFor();
    await page.getByText(/đã được sao lưu an toàn/).waitFor();
    await expect.poll(() => page.getByLabel('Tên phường/xã').inputValue()).toBe('Phường Hoàn Kiếm');
    await preview.waitFor({ state: 'detached' });
    await rows.filter({ hasText: 'Trước khi khôi phục' }).waitFor();
    expect(await rows.filter({ hasText: 'Trước khi khôi phục' }).innerText()).toContain('Phường Cửa Nam');
    await harness.screenshot('06-restored');

    expect(harness.session.store.meta.ward.name).toBe('Phường Hoàn Kiếm');
    await page.getByRole('menuitem', { name: 'Tổng quan' }).click();
    await expect.poll(() => page.getByTestId('ward-name').innerText()).toBe('Phường Hoàn Kiếm');
    expect(harness.pageErrors).toEqual([]);
  });
});

describe('a ward takes a backup to a USB stick', () => {
  let harness: Harness | null = null;
  let folder = '';
  let usb = '';

  afterEach(async () => {
    await harness?.close();
    harness = null;
    if (folder) await removeDataFolder(folder);
    if (usb) await removeDataFolder(usb);
  });

  it('chooses where to save, gets a self-contained backup there that restore can read, and a cancel writes nothing', async () => {
    folder = await makeDataFolder('usb-backup');
    usb = await makeDataFolder('usb-stick');
    await prepareStore(folder, 'Phường Hoàn Kiếm');
    const suggested: string[] = [];
    let answer: string | null = path.join(usb, 'sao-luu-phuong');
    harness = await startHarness({
      dataFolder: folder,
      chooseSaveFile: async (name) => {
        suggested.push(name);
        return answer;
      },
    });
    const { page } = harness;
    await page.getByRole('menuitem', { name: 'Cài đặt' }).click();
    await page.getByRole('button', { name: 'Sao lưu ra tệp (kèm chứng cứ)…' }).click();
    await page.getByText(/Đã sao lưu ra .*sao-luu-phuong\.wcbak \(kèm 0 tệp chứng cứ\)/).waitFor();
    expect(suggested[0]).toMatch(/^ward-conduct-sao-luu-\d{4}-\d{2}-\d{2}\.wcbak$/);
    const info = await readBackupManifest(path.join(usb, 'sao-luu-phuong.wcbak'));
    expect(info).toMatchObject({ reason: 'manual', wardName: 'Phường Hoàn Kiếm' });
    await harness.screenshot('06b-backup-to-file');

    answer = null;
    await page.getByRole('button', { name: 'Sao lưu ra tệp (kèm chứng cứ)…' }).click();
    await expect.poll(() => suggested.length).toBe(2);
    expect((await fs.readdir(usb)).sort()).toEqual(['sao-luu-phuong.wcbak']);
    expect(harness.pageErrors).toEqual([]);
  });
});
