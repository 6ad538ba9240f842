/**
 * A clerk scores the Bộ phận Một cửa by keyboard in a small window (1366×768 at 125 % ≈ 1093×574 CSS px):
 * nothing typed is lost to a reload, a drawer, a period change or leaving the screen; a score over the
 * maximum is named and kept while the rest is saved.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { Store } from '../../electron/store/dataStore';
import { violationRecord } from '../fixtures/records';
import type { ScoreRecord } from '../../shared/schema/scoring';
import { person, unit } from '../fixtures/scoring/wardScores';
import type { Harness } from './harness';
import { useWardHarness } from './support/wardHarness';

const SMALL = { width: 1093, height: 574 };

function lastMonth(): string {
  const d = new Date();
  d.setDate(1);
  d.setMonth(d.getMonth() - 1);
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}`;
}

async function seed(folder: string, month: string): Promise<void> {
  const store = await Store.open({ folder, app: 'E2E setup' });
  try {
    await store.mutateCollection('units', null, (f) => {
      f.records = [unit('mc', 'Bộ phận Một cửa', 'Một cửa', 1)];
    });
    await store.mutateCollection('staff', null, (f) => {
      f.records = [person('a', 'MC01', 'Nguyễn Thị An', 'mc'), person('b', 'MC02', 'Trần Văn Bình', 'mc'), person('c', 'MC03', 'Lê Thu Cúc', 'mc')];
    });
    const at = `${month}-05T08:00:00.000Z`;
    await store.mutateCollection('violations', month.slice(0, 4), (f) => {
      f.records = [{
        ...violationRecord('vp-an-1', '', at), staffIds: ['a'], date: `${month}-05`, state: 'concluded', measure: 'criticism',
        ruleRefs: [{ ruleSetId: 'qd-522-2017', version: 1, article: '5', clause: '1' }], description: 'Đi làm muộn 40 phút không báo cáo', decision: null, concludedOn: `${month}-07`,
      }];
    });
  } finally {
    await store.close();
  }
}

function scores(h: Harness, month: string): ScoreRecord[] {
  return h.session.store.collection('scores', month.slice(0, 4)).records.filter((r) => r.period === month);
}

const focused = (page: Page) => page.evaluate(() => document.activeElement?.getAttribute('data-testid') ?? document.activeElement?.tagName ?? '');
const cell = (page: Page, row: number, col: number) => page.locator(`input[data-row="${row}"][data-col="${col}"]`);
const cellValues = (page: Page) => page.locator('[data-testid="score-grid"] input').evaluateAll((inputs) => inputs.map((i) => (i as HTMLInputElement).value));

/** Whether closing the window (or reloading the page) now would be held back by the page's beforeunload guard. */
function isCloseHeld(page: Page): Promise<boolean> {
  return page.evaluate(() => {
    const event = new Event('beforeunload', { cancelable: true });
    window.dispatchEvent(event);
    return event.defaultPrevented;
  });
}

describe('the Một cửa grid keeps what the clerk typed', () => {
  const openWard = useWardHarness('scoring-keeps');

  it('types by keyboard with live totals, keeps drafts through a failed load, drawers and guards, and saves the valid cells of an over-max row', async () => {
    const month = lastMonth();
    const { harness: h } = await openWard({ seed: (folder) => seed(folder, month) });
    const { page } = h;
    await page.setViewportSize(SMALL);

    // The first load of the grid fails: an error with "Thử lại", not an endless spinner.
    await page.route('**/api/getScoreGrid', (route) => route.fulfill({ status: 500, body: 'down' }));
    await page.getByRole('menuitem', { name: 'Thi đua' }).click();
    await page.getByTestId('load-error').waitFor();
    expect(await page.getByTestId('load-error').innerText()).toContain('Chưa tải được bảng chấm điểm');
    await h.screenshot('keeps-00-load-error');
    await page.unroute('**/api/getScoreGrid');
    await page.getByTestId('load-retry').click();
    await page.getByTestId('score-grid').waitFor();

    // The unit picker can be typed into without diacritics.
    await page.getByTestId('grid-unit-picker').click();
    await page.keyboard.type('mot cua');
    const options = page.locator('.ant-select-dropdown:visible .ant-select-item-option');
    await expect.poll(() => options.allInnerTexts()).toEqual(['Bộ phận Một cửa']);
    await page.keyboard.press('Escape');

    // One tab stop per cell: Tab goes across a row and on to the next row's first cell, past the row's buttons.
    await cell(page, 0, 0).click();
    for (const value of ['10', '10', '10']) {
      await page.keyboard.type(value);
      await page.keyboard.press('Tab');
    }
    await page.keyboard.type('60');
    // Live: An's total and rating follow the typing, before anything is saved (−5 for the phê bình).
    expect(await page.getByTestId('total-MC01').innerText()).toBe('85');
    expect(await page.getByTestId('rating-MC01').innerText()).toMatch(/\*$/);
    await page.keyboard.press('Tab');
    expect(await focused(page)).toBe(await cell(page, 1, 0).getAttribute('data-testid'));
    // Bình: 12 in a 10-point criterion, the rest fine; Enter at the row's end goes to Cúc's first cell.
    for (const value of ['12', '9', '9']) {
      await page.keyboard.type(value);
      await page.keyboard.press('Tab');
    }
    await page.keyboard.type('65');
    expect(await cell(page, 1, 0).getAttribute('aria-invalid')).toBe('true');
    await page.keyboard.press('Enter');
    expect(await focused(page)).toBe(await cell(page, 2, 0).getAttribute('data-testid'));
    for (const value of ['8', '8', '8']) {
      await page.keyboard.type(value);
      await page.keyboard.press('Tab');
    }
    await page.keyboard.type('50');
    // The save bar's count follows the typing a moment later (it does not redraw the page on each key).
    await expect.poll(() => page.getByTestId('save-scores').innerText()).toBe('Lưu điểm (12 ô)');
    const typed = await cellValues(page);
    expect(typed).toEqual(['10', '10', '10', '60', '12', '9', '9', '65', '8', '8', '8', '50']);
    await h.screenshot('keeps-01-typed-live-totals');

    // Ctrl+Enter opens Cúc's breakdown; closing it leaves every typed cell.
    await page.keyboard.press('Control+Enter');
    await page.getByTestId('breakdown-drawer').waitFor();
    await page.locator('.ant-drawer-close').click();
    await page.getByTestId('breakdown-drawer').waitFor({ state: 'detached' });
    expect(await cellValues(page)).toEqual(typed);

    // Saving An's products reloads the grid (the cache key is invalidated): the drafts stay.
    const reloads: string[] = [];
    page.on('request', (r) => r.url().includes('/api/getScoreGrid') && reloads.push(r.url()));
    await page.getByTestId('products-MC01').click();
    await page.getByTestId('save-task-products').click();
    await page.getByTestId('task-products-modal').waitFor({ state: 'detached' });
    await expect.poll(() => reloads.length).toBeGreaterThan(0);
    await page.waitForLoadState('networkidle');
    expect(await cellValues(page)).toEqual(typed);

    // Another month, or another screen: asked first; "Ở lại" keeps everything.
    await page.getByLabel('Kỳ đánh giá').click();
    await page.locator('.ant-select-dropdown:visible .ant-select-item-option').first().click();
    await page.locator('.ant-modal-confirm-title', { hasText: 'Bỏ các ô điểm chưa lưu?' }).waitFor();
    await h.screenshot('keeps-02-period-guard');
    await page.getByRole('button', { name: 'Ở lại' }).click();
    await page.getByRole('menuitem', { name: 'Vi phạm' }).click();
    await page.locator('.ant-modal-confirm-title', { hasText: 'Rời màn hình này?' }).waitFor();
    await page.getByRole('button', { name: 'Ở lại' }).click();
    await page.locator('.ant-modal-confirm-title', { hasText: 'Rời màn hình này?' }).waitFor({ state: 'detached' });
    expect(await page.getByTestId('scorecards-page').isVisible()).toBe(true);
    expect(await cellValues(page)).toEqual(typed);
    // Closing the window with unsaved cells is held too (main then asks "Có nội dung chưa lưu").
    expect(await isCloseHeld(page)).toBe(true);

    // Ctrl+S: eleven cells saved, Bình's 12 kept, outlined in red and named with the criterion.
    await cell(page, 2, 3).focus();
    await page.keyboard.press('Control+s');
    await expect.poll(() => page.getByTestId('save-scores').innerText()).toBe('Lưu điểm (1 ô)');
    const problems = await page.getByTestId('score-problems').innerText();
    expect(problems).toContain('Trần Văn Bình (MC02) — Phẩm chất chính trị');
    expect(problems).toContain('12 vượt quá tối đa 10');
    expect(await cell(page, 1, 0).inputValue()).toBe('12');
    expect(scores(h, month).map((s) => [s.staffId, s.headScore?.points && Object.keys(s.headScore.points).length])).toEqual([['a', 4], ['b', 3], ['c', 4]]);
    expect(await page.getByTestId('total-MC01').innerText()).toBe('85');
    await h.screenshot('keeps-03-partial-save');

    await cell(page, 1, 0).fill('9');
    await page.keyboard.press('Control+s');
    await expect.poll(() => page.getByTestId('save-scores').innerText()).toBe('Lưu điểm (0 ô)');
    expect(await page.getByTestId('score-problems').count()).toBe(0);
    expect(await page.getByTestId('total-MC02').innerText()).toBe('92');
    // Nothing unsaved: leaving asks nothing, closing is not held.
    expect(await isCloseHeld(page)).toBe(false);
    await page.getByRole('menuitem', { name: 'Cài đặt' }).click();
    await page.getByTestId('settings').waitFor();
    expect(h.pageErrors).toEqual([]);
  });
});
