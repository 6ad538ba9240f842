/**
 * Every screen and every dialog of the app, with the demo ward, at the clerk's real window (1366×768 at
 * 125 % leaves about 1093×574 CSS px) and at 1920×1080. Each fails on: the page scrolling sideways, a
 * dialog taller or wider than the window without its own scroll, or its primary button (OK, Lưu…) out
 * of reach (outside the window or covered). A new dialog is one more entry in DIALOGS.
 */
import { describe, expect, it } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import { createHandlers } from '../../electron/services/handlers';
import { dispatch } from '../../electron/services/dispatch';
import path from 'node:path';
import { waitForAnimations, type Harness } from './harness';
import { SCREENSHOT_DIR } from './support/projectRoot';
import { seedDemoWard } from './support/demoWard';
import { recordViolationToday } from './support/recordedViolation';
import { useWardHarness } from './support/wardHarness';
import { stateFilterOf } from './support/violationFilters';

const SIZES = [{ width: 1093, height: 574, name: 'small' }, { width: 1920, height: 1080, name: 'large' }] as const;
type Size = (typeof SIZES)[number];

const SCREENS = ['Tổng quan', 'Cán bộ', 'Quy tắc ứng xử', 'Vi phạm', 'Thi đua', 'Bảng niêm yết', 'Báo cáo', 'Cài đặt'] as const;

interface DialogCase {
  name: string;
  screen: (typeof SCREENS)[number];
  /** Opens the dialog from its screen and returns its panel (the modal's content or the drawer's). */
  open: (page: Page) => Promise<Locator>;
  /** The button that finishes the dialog, which must be in reach. */
  primary: (panel: Locator) => Locator;
}

const modalPanel = (page: Page, inner: Locator) => page.getByRole('dialog').filter({ has: inner }).last();
/** A drawer's sliding panel, holding (or carrying) the test id. */
const drawerPanel = (page: Page, testId: string) =>
  page.locator(`.ant-drawer-content-wrapper:has([data-testid="${testId}"]), .ant-drawer-content-wrapper[data-testid="${testId}"]`).last();
const modalTitled = (page: Page, title: string | RegExp) => page.getByRole('dialog').filter({ has: page.locator('.ant-modal-title', { hasText: title }) }).last();
const button = (name: string) => (panel: Locator) => panel.getByRole('button', { name, exact: true }).last();

async function tab(page: Page, name: string): Promise<void> {
  await page.locator('main .ant-tabs-tab', { hasText: name }).first().click();
}

async function firstRow(page: Page, testId: string): Promise<Locator> {
  const row = page.getByTestId(testId).locator('.ant-table-row, .roster-row').first();
  await row.waitFor();
  return row;
}

const DIALOGS: DialogCase[] = [
  { name: 'them-can-bo', screen: 'Cán bộ', primary: (p) => p.getByTestId('staff-form-save'), open: async (page) => {
    await page.getByRole('button', { name: 'Thêm cán bộ' }).click();
    return drawerPanel(page, 'staff-form');
  } },
  { name: 'ho-so-can-bo', screen: 'Cán bộ', primary: button('Sửa'), open: async (page) => {
    await (await firstRow(page, 'roster-table')).click();
    await page.getByTestId('staff-details').waitFor();
    return drawerPanel(page, 'staff-record-tabs');
  } },
  { name: 'them-don-vi', screen: 'Cán bộ', primary: button('Lưu'), open: async (page) => {
    await tab(page, 'Đơn vị');
    await page.getByRole('button', { name: 'Thêm đơn vị' }).click();
    return modalTitled(page, 'Thêm đơn vị');
  } },
  { name: 'ghi-nhan-vi-pham', screen: 'Vi phạm', primary: button('Lưu'), open: async (page) => {
    await page.getByRole('button', { name: 'Ghi nhận vi phạm' }).click();
    return drawerPanel(page, 'violation-form');
  } },
  { name: 'vi-pham', screen: 'Vi phạm', primary: (p) => p.getByTestId('violation-actions').getByRole('button').first(), open: async (page) => {
    await (await firstRow(page, 'violation-table')).click();
    return drawerPanel(page, 'violation-facts');
  } },
  { name: 'sua-doi-ket-luan', screen: 'Vi phạm', primary: button('Lưu sửa đổi'), open: async (page) => {
    await (await stateFilterOf(page)).click();
    await page.locator('.ant-select-dropdown:visible').getByTitle('Kết luận', { exact: true }).click();
    await expect.poll(() => page.getByTestId('violation-table').locator('.ant-table-row').first().innerText()).toContain('Kết luận');
    await (await firstRow(page, 'violation-table')).click();
    await page.getByTestId('violation-actions').getByRole('button', { name: 'Sửa đổi (bổ sung)' }).click();
    return modalPanel(page, page.getByTestId('amend-modal'));
  } },
  { name: 'huy-vi-pham', screen: 'Vi phạm', primary: button('Xác nhận'), open: async (page) => {
    const stateFilter = await stateFilterOf(page);
    await stateFilter.click();
    await page.locator('.ant-select-dropdown:visible').getByTitle('Ghi nhận', { exact: true }).click();
    await expect.poll(() => page.getByTestId('violation-count').innerText()).toBe('1 vi phạm');
    await (await firstRow(page, 'violation-table')).click();
    await page.getByTestId('violation-actions').getByRole('button', { name: 'Hủy vi phạm' }).click();
    return modalTitled(page, /^Hủy vi phạm ngày \d\d\/\d\d\/\d{4} của /);
  } },
  { name: 'bieu-duong', screen: 'Vi phạm', primary: button('Lưu'), open: async (page) => {
    await tab(page, 'Biểu dương, khen thưởng');
    await page.getByRole('button', { name: 'Thêm biểu dương, khen thưởng' }).click();
    return modalPanel(page, page.getByTestId('commendation-modal'));
  } },
  { name: 'giai-trinh-xep-loai', screen: 'Thi đua', primary: button('In PDF (A4)'), open: async (page) => {
    await page.getByTestId('score-grid').getByRole('button', { name: 'Giải trình' }).first().click();
    return drawerPanel(page, 'findings-panel');
  } },
  { name: 'ghi-ket-luan', screen: 'Thi đua', primary: button('Lưu'), open: async (page) => {
    await page.getByTestId('score-grid').getByRole('button', { name: 'Giải trình' }).first().click();
    await page.getByTestId('findings-panel').getByRole('button', { name: 'Ghi kết luận…' }).click();
    return modalTitled(page, 'Ghi kết luận');
  } },
  { name: 'cai-dat-cham-diem', screen: 'Thi đua', primary: button('Lưu'), open: async (page) => {
    await tab(page, 'Kỳ đánh giá');
    await page.getByRole('button', { name: 'Cài đặt chấm điểm…' }).click();
    return modalTitled(page, 'Cài đặt chấm điểm');
  } },
  { name: 'khoa-ky-chua-cham-du', screen: 'Thi đua', primary: button('Vẫn khóa, ghi lại danh sách thiếu'), open: async (page) => {
    await tab(page, 'Kỳ đánh giá');
    const row = page.getByTestId('periods-tab').locator('.ant-table-row').filter({ has: page.getByText(/^0\/\d+$/) }).first();
    await row.getByRole('button', { name: 'Khóa kỳ' }).click();
    return modalTitled(page, /khi chưa chấm đủ\?$/);
  } },
  { name: 'khoa-ky', screen: 'Thi đua', primary: button('Khóa kỳ'), open: async (page) => {
    await tab(page, 'Kỳ đánh giá');
    const rows = page.getByTestId('periods-tab').locator('.ant-table-row').filter({ has: page.getByRole('button', { name: 'Khóa kỳ' }) });
    await rows.first().waitFor();
    const texts = await rows.locator('[data-testid^="scored-"]').allInnerTexts();
    const full = texts.findIndex((t) => /^(\d+)\/\1$/.test(t.trim()));
    await rows.nth(full).getByRole('button', { name: 'Khóa kỳ' }).click();
    return page.getByRole('dialog').filter({ has: page.locator('.ant-modal-confirm-title', { hasText: /^Khóa .+\?$/ }) }).last();
  } },
  { name: 'so-lieu-da-chot', screen: 'Thi đua', primary: button('Đóng'), open: async (page) => {
    await tab(page, 'Kỳ đánh giá');
    await page.getByTestId('periods-tab').getByRole('button', { name: 'Xem số liệu đã chốt' }).first().click();
    await page.getByTestId('pdf-preview').locator('canvas').first().waitFor();
    return modalTitled(page, 'Số liệu đã chốt');
  } },
  { name: 'xep-loai-nam', screen: 'Thi đua', primary: button('Lưu'), open: async (page) => {
    await tab(page, 'Danh hiệu cuối năm');
    await page.getByRole('button', { name: 'Nhập xếp loại năm' }).first().click();
    return modalPanel(page, page.locator('.ant-modal-title', { hasText: 'Xếp loại chất lượng năm' }));
  } },
  { name: 'khoi-phuc', screen: 'Cài đặt', primary: button('Khôi phục bản này'), open: async (page) => {
    await (await firstRow(page, 'backups-table')).getByRole('button', { name: 'Khôi phục' }).click();
    await page.getByTestId('restore-preview').waitFor();
    return modalPanel(page, page.getByTestId('restore-preview'));
  } },
  { name: 'thoi-han-luu-giu', screen: 'Cài đặt', primary: (p) => p.getByRole('button', { name: /^Ẩn danh, xóa/ }).last(), open: async (page) => {
    await page.getByTestId('retention-preview').click();
    return modalTitled(page, 'Bản ghi quá thời hạn lưu giữ');
  } },
];

/** What the clerk sees: the window only (a full-page picture of a long list is slow and shows more than the screen). */
async function shot(page: Page, name: string): Promise<void> {
  await waitForAnimations(page);
  await page.screenshot({ path: path.join(SCREENSHOT_DIR, `${name}.png`), animations: 'disabled', timeout: 60_000 });
}

const sidewaysOverflow = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);

/** Whether the panel, or something inside it, scrolls its own content (overflow-y auto/scroll with more to show). */
function hasOwnScroll(panel: Locator): Promise<boolean> {
  return panel.evaluate((root) => [root, ...Array.from(root.querySelectorAll('*'))].some((el) => {
    const style = getComputedStyle(el);
    return (style.overflowY === 'auto' || style.overflowY === 'scroll') && el.scrollHeight > el.clientHeight + 1;
  }));
}

/**
 * The button is in reach as the dialog first shows: inside the window and not clipped by anything
 * that scrolls (a dialog's body, a table, the page), with a click at its centre reaching it (not hidden
 * under something). Nothing is scrolled to find it: a footer button that needs the body scrolled first
 * is out of reach.
 */
async function isInReach(page: Page, target: Locator): Promise<boolean> {
  if ((await target.count()) === 0) return false;
  const box = await target.boundingBox();
  const size = page.viewportSize()!;
  if (!box || box.x < 0 || box.y < 0 || box.x + box.width > size.width + 0.5 || box.y + box.height > size.height + 0.5) return false;
  return target.evaluate((el, point) => {
    const rect = el.getBoundingClientRect();
    for (let up = el.parentElement; up; up = up.parentElement) {
      const style = getComputedStyle(up);
      if (style.overflowX === 'visible' && style.overflowY === 'visible') continue;
      const clip = up.getBoundingClientRect();
      if (rect.top < clip.top - 0.5 || rect.bottom > clip.bottom + 0.5 || rect.left < clip.left - 0.5 || rect.right > clip.right + 0.5) return false;
    }
    const hit = document.elementFromPoint(point.x, point.y);
    return hit !== null && (el === hit || el.contains(hit));
  }, { x: box.x + box.width / 2, y: box.y + box.height / 2 });
}

async function closeAll(page: Page): Promise<void> {
  for (let i = 0; i < 4 && (await page.locator('.ant-modal-wrap:visible, .ant-drawer-content-wrapper:visible').count()) > 0; i += 1) {
    await page.keyboard.press('Escape');
    await page.waitForTimeout(250);
    const discard = page.getByTestId('discard-confirm');
    if (await discard.isVisible().catch(() => false)) await discard.click();
  }
}

async function goTo(page: Page, screen: string): Promise<void> {
  await closeAll(page);
  // Leaving and coming back gives each dialog its screen as first shown.
  const other = screen === 'Báo cáo' ? 'Tổng quan' : 'Báo cáo';
  await page.getByRole('menuitem', { name: other }).click();
  await page.getByRole('menuitem', { name: screen }).click();
  await page.locator('main h1, main h2, main h3').first().waitFor();
}

async function visitScreens(h: Harness, size: Size, problems: string[]): Promise<void> {
  const { page } = h;
  for (const screen of SCREENS) {
    await goTo(page, screen);
    await page.waitForTimeout(600);
    const tabs = page.locator('main .ant-tabs').first().locator('> .ant-tabs-nav .ant-tabs-tab');
    const names = (await tabs.count()) > 0 ? await tabs.allInnerTexts() : [''];
    for (const [i, name] of names.entries()) {
      if (name) {
        await tab(page, name);
        await page.waitForTimeout(600);
      }
      const label = `${size.name} ${screen}${name ? ` › ${name}` : ''}`;
      const extra = await sidewaysOverflow(page);
      if (extra > 0) problems.push(`${label}: trang tràn ngang ${extra} px`);
      await shot(h.page, `all-${size.name}-screen-${SCREENS.indexOf(screen)}-${i}`);
    }
  }
}

async function visitDialogs(h: Harness, size: Size, problems: string[]): Promise<void> {
  const { page } = h;
  for (const dialog of DIALOGS) {
    const label = `${size.name} ${dialog.name}`;
    await goTo(page, dialog.screen);
    const panel = await dialog.open(page);
    await panel.waitFor();
    await waitForAnimations(page);
    const box = await panel.boundingBox();
    const isTall = !box || box.y < -0.5 || box.y + box.height > size.height + 0.5;
    if (isTall && !(await hasOwnScroll(panel))) problems.push(`${label}: hộp thoại cao hơn cửa sổ mà không tự cuộn`);
    if (box && (box.x < -0.5 || box.x + box.width > size.width + 0.5)) problems.push(`${label}: hộp thoại rộng hơn cửa sổ`);
    if (!(await isInReach(page, dialog.primary(panel)))) problems.push(`${label}: nút chính nằm ngoài tầm với`);
    const extra = await sidewaysOverflow(page);
    if (extra > 0) problems.push(`${label}: trang tràn ngang ${extra} px`);
    await shot(h.page, `all-${size.name}-dialog-${dialog.name}`);
  }
  await closeAll(page);
}

/** A closed month, so that its frozen figures can be opened from Kỳ đánh giá. */
async function closeLastMonth(h: Harness): Promise<void> {
  const handlers = createHandlers(h.session);
  const now = new Date();
  const last = new Date(now.getFullYear(), now.getMonth() - 1, 1);
  const period = `${last.getFullYear()}-${String(last.getMonth() + 1).padStart(2, '0')}`;
  const sets = await dispatch(handlers, 'listCriteriaSets', {}, () => undefined);
  const setId = sets.ok ? sets.data.find((s) => s.isActive && s.subject === 'staff')?.setId : undefined;
  const closed = await dispatch(handlers, 'closePeriod', { period, setId: setId ?? '', allowIncomplete: true, reason: 'Khóa để kiểm tra màn hình' }, () => undefined);
  expect(closed.ok).toBe(true);
}

describe('every screen and every dialog fits the window', () => {
  const openWard = useWardHarness('all-screens');

  for (const size of SIZES) {
    it(`visits ${SCREENS.length} screens with their tabs and ${DIALOGS.length} dialogs at ${size.width}×${size.height}`, async () => {
      const { harness: h } = await openWard({ seed: seedDemoWard });
      await closeLastMonth(h);
      await recordViolationToday(h.session, 'Để điện thoại đổ chuông trong cuộc họp giao ban');
      await h.page.reload();
      await h.page.setViewportSize(size);
      const problems: string[] = [];
      await visitScreens(h, size, problems);
      await visitDialogs(h, size, problems);
      expect(problems).toEqual([]);
      expect(h.pageErrors).toEqual([]);
    }, 600_000);
  }
});
