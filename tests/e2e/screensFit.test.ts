/**
 * The demo ward (300 staff, 400 violations a year) on a real office screen: 1366×768 at 125 % leaves a
 * maximised window of about 1093×574 CSS px; and on a 1920×1080 one. Nothing overflows sideways, each
 * list is its own scroll area, the grid's header and save bar stay in sight, the dialogs fit, and a
 * half-filled violation form asks before Esc drops it.
 */
import { describe, expect, it } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import type { Harness } from './harness';
import { seedDemoWard } from './support/demoWard';
import { useWardHarness } from './support/wardHarness';

const SIZES = [{ width: 1093, height: 574, name: 'small' }, { width: 1920, height: 1080, name: 'large' }] as const;

const pageOverflow = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
const pageExtraHeight = (page: Page) => page.evaluate(() => document.documentElement.scrollHeight - window.innerHeight);

/** The element's box lies inside the window (a dialog, a primary button). */
async function isInWindow(page: Page, locator: Locator): Promise<boolean> {
  const box = await locator.boundingBox();
  const size = page.viewportSize()!;
  return box !== null && box.y >= 0 && box.x >= 0 && box.y + box.height <= size.height + 0.5 && box.x + box.width <= size.width + 0.5;
}

async function open(page: Page, menu: string, testId: string): Promise<void> {
  await page.getByRole('menuitem', { name: menu }).click();
  await page.getByTestId(testId).waitFor();
}

async function visitAt(h: Harness, size: (typeof SIZES)[number]): Promise<void> {
  const { page } = h;
  await page.setViewportSize(size);
  const shot = (name: string) => h.screenshot(`fit-${size.name}-${name}`);

  // Cán bộ: the roster is the one scroll area, showing more than five people.
  await open(page, 'Cán bộ', 'roster-table');
  await page.getByTestId('roster-table').locator('.roster-row').first().waitFor();
  expect(await pageExtraHeight(page)).toBeLessThanOrEqual(0);
  expect(await pageOverflow(page)).toBeLessThanOrEqual(0);
  const bodyHeight = await page.getByTestId('roster-table').evaluate((t) => t.clientHeight - (t.querySelector('thead')?.getBoundingClientRect().height ?? 0));
  const rowHeight = await page.getByTestId('roster-table').locator('.roster-row').first().evaluate((r) => r.getBoundingClientRect().height);
  expect(bodyHeight / rowHeight).toBeGreaterThanOrEqual(size.name === 'small' ? 6.5 : 15);
  await shot('1-roster');

  // Quy tắc ứng xử: the rule sets fit the width.
  await open(page, 'Quy tắc ứng xử', 'rule-set-table');
  await page.getByTestId('rule-set-table').locator('.ant-table-row').first().waitFor();
  const rules = await page.getByTestId('rule-set-table').locator('table').evaluate((t) => ({ scroll: t.parentElement!.scrollWidth, client: t.parentElement!.clientWidth }));
  expect(rules.scroll).toBeLessThanOrEqual(rules.client);
  expect(await pageOverflow(page)).toBeLessThanOrEqual(0);
  await shot('2-rules');

  // Vi phạm: "Nội dung" keeps room for the words; the page never scrolls sideways.
  await open(page, 'Vi phạm', 'violation-table');
  await page.getByTestId('violation-table').locator('.ant-table-row').first().waitFor();
  const contentWidth = await page.getByTestId('violation-table').locator('th', { hasText: 'Nội dung' }).evaluate((th) => th.getBoundingClientRect().width);
  expect(contentWidth).toBeGreaterThanOrEqual(200);
  expect(await pageOverflow(page)).toBeLessThanOrEqual(0);
  expect(await isInWindow(page, page.locator('.ant-pagination').first())).toBe(true);
  await shot('3-violations');

  // The tallest dialog, the amendment of a concluded violation with its Kết luận part, fits with its OK in reach.
  await page.getByTestId('violation-table').locator('.ant-table-row').first().click();
  await page.getByTestId('violation-actions').getByRole('button', { name: 'Sửa đổi (bổ sung)' }).click();
  const moveModal = page.getByRole('dialog').filter({ has: page.getByTestId('amend-modal') });
  await moveModal.waitFor();
  await page.waitForTimeout(400);
  expect(await isInWindow(page, moveModal)).toBe(true);
  expect(await isInWindow(page, moveModal.getByRole('button', { name: 'Lưu sửa đổi' }))).toBe(true);
  await shot('4-ket-luan-amend');
  await moveModal.getByRole('button', { name: 'Thôi' }).click();
  await moveModal.waitFor({ state: 'detached' });
  await page.getByTestId('violation-drawer').locator('.ant-drawer-close').click();
  await page.getByTestId('violation-drawer').waitFor({ state: 'detached' });

  // Biểu dương: the dialog fits too.
  await page.getByRole('tab', { name: 'Biểu dương, khen thưởng' }).click();
  await page.getByRole('button', { name: 'Thêm biểu dương, khen thưởng' }).click();
  const praise = page.getByRole('dialog').filter({ has: page.getByTestId('commendation-modal') });
  await praise.waitFor();
  await page.waitForTimeout(400);
  expect(await isInWindow(page, praise)).toBe(true);
  expect(await isInWindow(page, praise.getByRole('button', { name: 'Lưu' }))).toBe(true);
  await shot('5-bieu-duong');
  await praise.getByRole('button', { name: 'Thôi' }).click();
  await praise.waitFor({ state: 'detached' });

  // Thi đua: the summary is one line, the grid scrolls under a header that stays, "Lưu điểm" in sight.
  await open(page, 'Thi đua', 'score-grid');
  const summaryHeight = await page.getByTestId('unit-summary').evaluate((s) => s.getBoundingClientRect().height);
  expect(summaryHeight).toBeLessThanOrEqual(size.name === 'small' ? 64 : 40);
  expect(await isInWindow(page, page.getByTestId('save-scores'))).toBe(true);
  const scroller = page.getByTestId('score-grid-scroll');
  await scroller.evaluate((s) => s.scrollTo(0, 600));
  const stuck = await scroller.evaluate((s) => {
    const th = s.querySelector('th')!.getBoundingClientRect();
    return { header: th.top - s.getBoundingClientRect().top, scrolled: s.scrollTop };
  });
  expect(stuck.scrolled).toBeGreaterThan(0);
  expect(Math.abs(stuck.header)).toBeLessThanOrEqual(2);
  expect(await isInWindow(page, page.getByTestId('save-scores'))).toBe(true);
  expect(await pageOverflow(page)).toBeLessThanOrEqual(0);
  await shot('6-thi-dua-scrolled');
  await page.getByTestId('unit-summary-toggle').click();
  await page.getByTestId('unit-summary-detail').waitFor();
  await shot('7-thi-dua-summary-open');
  await page.getByTestId('unit-summary-toggle').click();
}

describe('every busy screen fits the clerk\'s window', () => {
  const openWard = useWardHarness('screens-fit');

  it('fits 1093×574 and 1920×1080 with the demo ward', async () => {
    const { harness: h } = await openWard({ seed: seedDemoWard });
    for (const size of SIZES) await visitAt(h, size);
    expect(h.pageErrors).toEqual([]);
  });

  it('shows the latest filter\'s list, and asks before Esc drops a half-filled violation form but closes a pristine one at once', async () => {
    const { harness: h } = await openWard({ seed: seedDemoWard });
    const { page } = h;
    await page.setViewportSize(SIZES[0]);
    await open(page, 'Vi phạm', 'violation-table');
    // Latest filter wins: the answer for "Kết luận" is held back and arrives after the one for "Ghi nhận".
    let isHolding = true;
    await page.route('**/api/listViolations', async (route) => {
      if (isHolding && route.request().postData()?.includes('"state":"concluded"')) {
        isHolding = false;
        await new Promise((resolve) => setTimeout(resolve, 2500));
      }
      await route.continue();
    });
    await page.getByTestId('more-filters').click();
    const stateFilter = page.getByLabel('Lọc theo trạng thái');
    await stateFilter.click();
    await page.locator('.ant-select-dropdown:visible').getByTitle('Kết luận', { exact: true }).click();
    await stateFilter.click();
    await page.locator('.ant-select-dropdown:visible').getByTitle('Ghi nhận', { exact: true }).click();
    await expect.poll(() => page.getByTestId('violation-count').innerText()).toBe('0 vi phạm');
    await page.waitForTimeout(3000);
    expect(isHolding).toBe(false);
    expect(await page.getByTestId('violation-count').innerText()).toBe('0 vi phạm');
    await page.unroute('**/api/listViolations');

    await page.getByRole('button', { name: 'Ghi nhận vi phạm' }).click();
    const form = page.getByTestId('violation-form');
    await form.waitFor();
    await page.keyboard.press('Escape');
    await form.waitFor({ state: 'detached' });

    await page.getByRole('button', { name: 'Ghi nhận vi phạm' }).click();
    await form.waitFor();
    await page.getByLabel('Nội dung vi phạm').fill('Hút thuốc lá tại phòng họp tầng 2');
    // "9:30" is a time; "25:00" is not, and the message says what to type.
    const timeError = form.locator('.ant-form-item', { has: page.getByLabel('Giờ') }).locator('.ant-form-item-explain-error');
    await page.getByLabel('Giờ').fill('25:00');
    await expect.poll(() => timeError.allInnerTexts()).toEqual(['Nhập giờ như 9:30 hoặc 0930']);
    await page.getByLabel('Giờ').fill('9:30');
    await expect.poll(() => timeError.count()).toBe(0);
    await page.getByLabel('Nội dung vi phạm').focus();
    await page.keyboard.press('Escape');
    const ask = page.locator('.ant-modal-confirm-title', { hasText: 'Đóng biểu mẫu khi chưa lưu?' });
    await ask.waitFor();
    await h.screenshot('fit-small-8-violation-form-esc');
    await page.getByRole('button', { name: 'Ở lại' }).click();
    await ask.waitFor({ state: 'detached' });
    expect(await page.getByLabel('Nội dung vi phạm').inputValue()).toBe('Hút thuốc lá tại phòng họp tầng 2');
    await form.getByRole('button', { name: 'Hủy bỏ' }).click();
    await ask.waitFor();
    await page.getByRole('button', { name: 'Bỏ, đóng lại' }).click();
    await form.waitFor({ state: 'detached' });
    expect(h.pageErrors).toEqual([]);
  });
});
