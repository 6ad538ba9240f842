/**
 * Issue 16 on screen: the clerk opens Trần Thị Mai's page (a read of personal data, logged); the
 * administrator exports everything about Mai from her page ("Xuất dữ liệu của người này", itself
 * logged), then reads the access log in Cài đặt, filters it by user and saves it as CSV.
 */
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { signIn } from './support/signIn';
import { createHandlers } from '../../electron/services/handlers';
import { dispatch } from '../../electron/services/dispatch';
import { Session } from '../../electron/services/session';
import { SCREENSHOT_DIR } from './support/projectRoot';
import { useWardHarness } from './support/wardHarness';

async function seed(folder: string): Promise<void> {
  const session = new Session(folder, { app: 'E2E setup', now: () => new Date() });
  await session.open();
  const handlers = createHandlers(session);
  const must = async (name: Parameters<typeof dispatch>[1], input: unknown) => {
    const result = await dispatch(handlers, name, input);
    if (!result.ok) throw new Error(`${name}: ${result.error.message}`);
    return result.data as unknown;
  };
  const [unit] = (await must('createUnit', { name: 'Văn phòng HĐND và UBND', shortName: 'VP', headId: null, isActive: true })) as { id: string }[];
  // Mai's Số CCCD as roster imports wrote it before it had a field: the app's opening moves it into the field.
  const mai = (await must('createStaff', { code: 'CB0002', fullName: 'Trần Thị Mai', category: 'civilServant', unitId: unit!.id, notes: 'Số CCCD: 001190000123' })) as { id: string };
  await must('createStaff', { code: 'CB0003', fullName: 'Hoàng Thị Lan', category: 'civilServant', unitId: unit!.id });
  await must('createViolation', { date: new Date().toISOString().slice(0, 10), staffIds: [mai.id], ruleRefs: [{ ruleSetId: 'qd-522-2017', version: 1, article: '5' }], description: 'Đi muộn họp giao ban' });
  await must('createUser', { name: 'Phạm Quản Trị', role: 'quan-tri', pin: '2468' });
  await must('createUser', { name: 'Lê Thị Hường', role: 'van-phong', pin: '1357' });
  await session.close();
}

/** Signs in and waits for the account bar, so the next step finds the signed-in screens. */
async function signInAndWait(page: Page, name: string, pin: string): Promise<void> {
  await signIn(page, name, pin);
  await page.getByTestId('account-bar').waitFor();
}

async function openMai(page: Page): Promise<void> {
  await page.getByRole('menuitem', { name: 'Cán bộ' }).click();
  await page.getByTestId('roster-table').getByText('Trần Thị Mai').click();
  await page.getByTestId('staff-details').waitFor();
}

/**
 * The clerk corrects Mai's Số CCCD at the office's 1093×574 window: masked on the page and in the
 * form until "Hiện" (a logged read), then typed and saved; the history shows both numbers masked.
 */
async function correctMaisIdNumber(page: Page, screenshot: (name: string) => Promise<unknown>): Promise<void> {
  const drawer = page.getByTestId('staff-drawer');
  expect(await drawer.getByTestId('staff-details-id-number').innerText()).toBe('0011******23');
  expect(await drawer.getByTestId('staff-details').innerText()).not.toContain('001190000123');
  await drawer.getByRole('button', { name: 'Sửa', exact: true }).click();
  const form = page.getByTestId('staff-form');
  const masked = form.getByTestId('staff-id-number-masked');
  await masked.waitFor();
  expect(await masked.inputValue()).toBe('0011******23');
  const reveal = form.getByTestId('staff-id-number-reveal');
  await reveal.scrollIntoViewIfNeeded();
  // The field and its button fit the form's column at 1093×574.
  const formBox = (await form.boundingBox())!;
  const buttonBox = (await reveal.boundingBox())!;
  expect(buttonBox.x + buttonBox.width).toBeLessThanOrEqual(formBox.x + formBox.width + 0.5);
  expect(buttonBox.y + buttonBox.height).toBeLessThanOrEqual(574);
  await screenshot('access-log-00-id-number-masked');
  await reveal.click();
  const input = form.getByTestId('staff-id-number');
  await expect.poll(() => input.inputValue()).toBe('001190000123');
  await input.fill('001 190 000 124');
  await screenshot('access-log-00-id-number-revealed');
  await page.getByTestId('staff-form-save').click();
  await form.waitFor({ state: 'detached' });
  await expect.poll(() => drawer.getByTestId('staff-details-id-number').innerText()).toBe('0011******24');
  await drawer.getByRole('tab', { name: 'Lịch sử thay đổi' }).click();
  const history = drawer.getByTestId('staff-history');
  await expect.poll(() => history.innerText()).toContain('Số CCCD: 0011******23 → 0011******24');
  expect(await drawer.innerText()).not.toMatch(/00119000012[34]/);
}

describe('the access log screen and a person’s data from their page', () => {
  const openWard = useWardHarness('access-log', { seed, harness: { isOpeningPage: false } });

  it('logs the clerk opening Mai’s page and her Số CCCD, the administrator’s export, shows it page by page, filters and saves CSV', async () => {
    const { harness } = await openWard();
    const { page } = harness;
    await page.goto(harness.openUrl);
    await page.setViewportSize({ width: 1093, height: 574 });
    await signInAndWait(page, 'Lê Thị Hường', '1357');
    await openMai(page);
    // Not the administrator: no export on the person page (the service would refuse it too).
    expect(await page.getByTestId('person-export').count()).toBe(0);
    await correctMaisIdNumber(page, (name) => harness.screenshot(name));
    await harness.screenshot('access-log-00-id-number-history');
    await page.keyboard.press('Escape');

    await page.getByTestId('account-bar').getByRole('button', { name: 'Đổi người dùng' }).click();
    await signInAndWait(page, 'Phạm Quản Trị', '2468');
    await openMai(page);
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('person-export').click()]);
    expect(download.suggestedFilename()).toBe('du-lieu-ca-nhan-CB0002.txt');
    const personFile = path.join(SCREENSHOT_DIR, 'access-log-du-lieu-ca-nhan.txt');
    await download.saveAs(personFile);
    const personText = await fs.readFile(personFile, 'utf8');
    expect(personText).toContain('DỮ LIỆU CÁ NHÂN: Trần Thị Mai (CB0002)');
    expect(personText).toContain('Đi muộn họp giao ban');
    expect(personText).toMatch(/Lê Thị Hường · Xem hồ sơ cán bộ/);
    // Her own file carries her number in full, and the clerk's look at it.
    expect(personText).toContain('Số CCCD: 001190000124');
    expect(personText).toMatch(/Lê Thị Hường · Xem số CCCD/);
    await harness.screenshot('access-log-01-person-export');
    await page.keyboard.press('Escape');

    await page.getByRole('menuitem', { name: 'Cài đặt' }).click();
    const panel = page.getByTestId('access-log-panel');
    await panel.scrollIntoViewIfNeeded();
    const rows = panel.getByTestId('access-log-table').locator('.ant-table-row');
    await expect.poll(() => rows.count()).toBeGreaterThanOrEqual(3);
    const all = await rows.allInnerTexts();
    expect(all.some((r) => r.includes('Lê Thị Hường (Văn phòng)') && r.includes('Xem hồ sơ cán bộ') && r.includes('Trần Thị Mai (CB0002)'))).toBe(true);
    expect(all.some((r) => r.includes('Phạm Quản Trị (Quản trị)') && r.includes('Xuất toàn bộ dữ liệu cá nhân'))).toBe(true);
    expect(all.some((r) => r.includes('Lê Thị Hường (Văn phòng)') && r.includes('Xem số CCCD') && r.includes('Trần Thị Mai (CB0002)'))).toBe(true);
    expect(all.every((r) => /^\d\d\/\d\d\/\d{4} \d\d:\d\d/.test(r))).toBe(true);
    for (const size of [{ width: 1093, height: 574 }, { width: 1920, height: 1080 }]) {
      await page.setViewportSize(size);
      await panel.scrollIntoViewIfNeeded();
      expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBeLessThanOrEqual(0);
      await harness.screenshot(`access-log-02-settings-${size.width}x${size.height}`);
    }

    // Only the clerk's reads.
    await panel.getByLabel('Người dùng').click();
    await page.locator('.ant-select-item-option', { hasText: 'Lê Thị Hường' }).click();
    await expect.poll(async () => (await rows.allInnerTexts()).every((r) => r.includes('Lê Thị Hường (Văn phòng)'))).toBe(true);
    const clerkRows = await rows.count();
    expect(clerkRows).toBeGreaterThanOrEqual(1);
    const [csv] = await Promise.all([page.waitForEvent('download'), panel.getByTestId('access-log-csv').click()]);
    expect(csv.suggestedFilename()).toMatch(/^nhat-ky-truy-cap-\d{4}\.csv$/);
    const csvFile = path.join(SCREENSHOT_DIR, 'access-log-loc-theo-nguoi-dung.csv');
    await csv.saveAs(csvFile);
    const lines = (await fs.readFile(csvFile, 'utf8')).split('\r\n').filter(Boolean);
    expect(lines[0]).toBe('\uFEFFThời điểm,Người dùng,Vai trò,Thao tác,Người có dữ liệu được xem');
    expect(lines.slice(1)).toHaveLength(clerkRows);
    expect(lines.slice(1).every((l) => l.includes(',Lê Thị Hường,Văn phòng,'))).toBe(true);
    await harness.screenshot('access-log-03-filtered');
    expect(harness.pageErrors).toEqual([]);
  }, 300_000);
});
