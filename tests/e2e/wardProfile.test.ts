import { describe, expect, it } from 'vitest';
import { useWardHarness } from './support/wardHarness';

describe('a ward sets up Ward Conduct for the first time', () => {
  const openWard = useWardHarness('profile', { wardName: null });

  it('sees the not-initialised banner, declares Phường Hoàn Kiếm in Cài đặt and finds it on Tổng quan', async () => {
    const { harness, folder } = await openWard();
    const { page } = harness;

    const banner = page.getByTestId('not-initialised');
    await banner.getByText('Chưa khai báo thông tin phường/xã').waitFor();
    await harness.screenshot('01-overview-not-initialised');

    await banner.getByRole('button', { name: 'Đến Cài đặt' }).click();
    await page.getByTestId('settings').waitFor();
    // The folder is shown once the ward's profile has loaded (the page itself is drawn before it).
    await expect.poll(() => page.getByTestId('data-folder').innerText()).toContain(folder);

    // An empty ward name is refused with the contract's own Vietnamese message.
    await page.getByRole('button', { name: 'Lưu thông tin' }).click();
    await page.getByText('Nhập tên phường/xã').waitFor();

    await page.getByLabel('Tên phường/xã').fill('Phường Hoàn Kiếm');
    await page.getByLabel('Địa chỉ').fill('126 phố Hàng Trống, Hà Nội');
    await page.getByLabel('Chủ tịch UBND').fill('Trần Thị Bích Ngọc');
    await page.getByLabel('Người sử dụng').fill('Lê Đức Thắng');
    await page.getByRole('button', { name: 'Lưu thông tin' }).click();
    await page.getByText('Đã lưu thông tin phường/xã.').waitFor();
    await harness.screenshot('02-settings-saved');

    expect(harness.session.store.meta.ward).toEqual({ name: 'Phường Hoàn Kiếm', address: '126 phố Hàng Trống, Hà Nội', chairman: 'Trần Thị Bích Ngọc' });
    expect(harness.session.store.meta.settings.operatorName).toBe('Lê Đức Thắng');

    await page.getByRole('menuitem', { name: 'Tổng quan' }).click();
    await expect.poll(() => page.getByTestId('ward-name').innerText()).toBe('Phường Hoàn Kiếm');
    expect(await page.getByTestId('not-initialised').count()).toBe(0);
    await harness.screenshot('03-overview-initialised');

    await page.getByRole('menuitem', { name: 'Báo cáo' }).click();
    await page.getByTestId('reports').waitFor();

    expect(harness.pageErrors).toEqual([]);
    // No CSP violation, missing asset or logged error on the way.
    expect(harness.consoleErrors).toEqual([]);
  });
});
