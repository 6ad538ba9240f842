import { promises as fs } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { acquireLock, type DataLock } from '../../electron/store/lock';
import { startHarness, type Harness } from './harness';
import { damageMeta, listFolder, makeDataFolder, prepareStore, removeBackups, removeDataFolder } from './support/dataFolders';

describe('the startup screen gives a way out when the data cannot be opened', () => {
  let harness: Harness | null = null;
  let lock: DataLock | null = null;
  const folders: string[] = [];

  async function folder(label: string): Promise<string> {
    const created = await makeDataFolder(label);
    folders.push(created);
    return created;
  }

  afterEach(async () => {
    await harness?.close();
    harness = null;
    await lock?.release();
    lock = null;
    for (const created of folders.splice(0)) await removeDataFolder(created);
  });

  it('shows the damaged screen when meta.json is garbage and no backup exists, and starts fresh keeping the damaged copy', async () => {
    const dataFolder = await folder('damaged');
    await prepareStore(dataFolder, 'Phường Ba Đình');
    await removeBackups(dataFolder);
    await damageMeta(dataFolder);

    harness = await startHarness({ dataFolder });
    const { page } = harness;
    const screen = page.getByTestId('startup-damaged');
    await screen.getByText('Dữ liệu bị hỏng', { exact: true }).waitFor();
    expect(await screen.innerText()).toContain('meta.json');
    expect(await screen.innerText()).toMatch(/meta\.json\.corrupt-/);
    await harness.screenshot('07-startup-damaged');

    await page.getByRole('button', { name: 'Bắt đầu lại với dữ liệu trống (giữ bản hỏng)' }).click();
    await page.getByRole('button', { name: 'Đồng ý bắt đầu lại' }).click();

    const notices = page.getByTestId('startup-notices');
    await notices.getByText(/Đã bắt đầu lại các tệp hỏng \(meta\.json\)/).waitFor();
    await harness.screenshot('08-started-fresh-notice');
    await page.getByRole('button', { name: 'Đã hiểu' }).click();
    await notices.waitFor({ state: 'hidden' });

    await page.getByTestId('not-initialised').waitFor();
    expect(harness.session.startup.status).toBe('ready');
    expect(harness.session.startup.notices).toEqual([]);
    const dbFiles = await listFolder(path.join(dataFolder, 'db'));
    expect(dbFiles.some((name) => name.startsWith('meta.json.corrupt-'))).toBe(true);
    expect(harness.pageErrors).toEqual([]);
  });

  it('opens from the newest backup when meta.json is damaged and tells the person once', async () => {
    const dataFolder = await folder('recovered');
    await prepareStore(dataFolder, 'Phường Hoàn Kiếm', { isBackedUp: true });
    await damageMeta(dataFolder);

    harness = await startHarness({ dataFolder });
    const { page } = harness;
    const notices = page.getByTestId('startup-notices');
    await notices.getByText(/Tệp meta\.json bị hỏng/).waitFor();
    expect(await notices.innerText()).toMatch(/từ bản sao lưu lúc/);
    await harness.screenshot('09-recovered-notice');

    await page.getByRole('button', { name: 'Đã hiểu' }).click();
    await notices.waitFor({ state: 'hidden' });
    await expect.poll(() => page.getByTestId('ward-name').innerText()).toBe('Phường Hoàn Kiếm');
    expect(harness.session.startup.notices).toEqual([]);
    expect(harness.pageErrors).toEqual([]);
  });

  it('shows the locked screen while another window holds the data, and opens after "Thử lại" once it is released', async () => {
    const dataFolder = await folder('locked');
    await prepareStore(dataFolder, 'Phường Tây Hồ');
    lock = await acquireLock(dataFolder, 'Ward Conduct (cửa sổ khác)');

    harness = await startHarness({ dataFolder });
    const { page } = harness;
    const screen = page.getByTestId('startup-locked');
    await screen.getByText('Dữ liệu đang được sử dụng', { exact: true }).waitFor();
    expect(await screen.innerText()).toContain('Ward Conduct (cửa sổ khác)');
    await harness.screenshot('10-startup-locked');

    // Still held: trying again keeps the locked screen and says why.
    await page.getByRole('button', { name: 'Thử lại' }).click();
    await page.locator('.ant-message').getByText(/đang được một cửa sổ hoặc lệnh khác/).waitFor();
    expect(await page.getByTestId('startup-locked').count()).toBe(1);

    await lock.release();
    lock = null;
    await page.getByRole('button', { name: 'Thử lại' }).click();
    await expect.poll(() => page.getByTestId('ward-name').innerText()).toBe('Phường Tây Hồ');
    expect(harness.pageErrors).toEqual([]);
  });

  it('shows the unavailable screen for a folder that cannot be used, reports a missing choice, and opens a typed folder', async () => {
    const parent = await folder('unavailable');
    const notAFolder = path.join(parent, 'tệp-thường');
    await fs.writeFile(notAFolder, 'không phải thư mục');
    const other = await folder('other');

    harness = await startHarness({ dataFolder: notAFolder });
    const { page } = harness;
    const screen = page.getByTestId('startup-unavailable');
    await screen.getByText('Không mở được thư mục dữ liệu', { exact: true }).waitFor();
    await harness.screenshot('11-startup-unavailable');

    // No OS dialog in the harness: the service's Vietnamese error is shown, not a blank screen.
    await page.getByRole('button', { name: 'Chọn thư mục dữ liệu khác' }).click();
    await page.getByText('Chưa chọn thư mục dữ liệu.').waitFor();

    await page.getByLabel('Đường dẫn thư mục dữ liệu').fill(other);
    await page.getByRole('button', { name: 'Mở thư mục này' }).click();
    await page.getByTestId('not-initialised').waitFor();
    expect(harness.session.dataFolder).toBe(other);
    expect(harness.pageErrors).toEqual([]);
  });
});
