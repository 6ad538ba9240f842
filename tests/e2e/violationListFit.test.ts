/**
 * The violation list on the clerk's real window (1093×574) and a large one: the filters stay on one
 * line (the rarer ones under "Bộ lọc"), so the list shows at least eight violations without scrolling
 * the page; filtering by state through "Bộ lọc" narrows the list and says how many filters are set.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { seedDemoWard } from './support/demoWard';
import { useWardHarness } from './support/wardHarness';

const SIZES = [{ width: 1093, height: 574, name: 'small', rows: 8 }, { width: 1920, height: 1080, name: 'large', rows: 18 }] as const;

/** How many rows of the list fit in its scroll area, and how tall the filter line is. */
async function measure(page: Page): Promise<{ rows: number; filterHeight: number; pageExtra: number; overflow: number }> {
  const table = page.getByTestId('violation-table');
  const body = await table.evaluate((t) => t.querySelector('.ant-table-body')!.getBoundingClientRect().height);
  const rowHeights = await table.locator('.ant-table-row').evaluateAll((rows) => rows.slice(0, 10).map((r) => r.getBoundingClientRect().height));
  const average = rowHeights.reduce((a, b) => a + b, 0) / rowHeights.length;
  return {
    rows: body / average,
    filterHeight: await page.getByTestId('violation-filters').evaluate((f) => f.getBoundingClientRect().height),
    pageExtra: await page.evaluate(() => document.documentElement.scrollHeight - window.innerHeight),
    overflow: await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth),
  };
}

describe('the violation list keeps its rows in sight', () => {
  const openWard = useWardHarness('violation-list-fit');

  it('shows at least 8 rows at 1093×574 with the filters on one line, and filters by state under "Bộ lọc"', async () => {
    const { harness: h } = await openWard({ seed: seedDemoWard });
    const { page } = h;
    for (const size of SIZES) {
      await page.setViewportSize(size);
      await page.getByRole('menuitem', { name: 'Vi phạm' }).click();
      await page.getByTestId('violation-table').locator('.ant-table-row').first().waitFor();
      await h.screenshot(`violation-list-${size.name}`);
      const shown = await measure(page);
      expect(shown.rows).toBeGreaterThanOrEqual(size.rows);
      expect(shown.filterHeight).toBeLessThanOrEqual(40);
      expect(shown.pageExtra).toBeLessThanOrEqual(0);
      expect(shown.overflow).toBeLessThanOrEqual(0);
    }

    // The list pages through every match, 20 rows a page, each page asked of the services as it is opened.
    await page.setViewportSize(SIZES[0]);
    const before = await page.getByTestId('violation-count').innerText();
    const table = page.getByTestId('violation-table');
    const firstPage = await table.locator('.ant-table-row').allInnerTexts();
    expect(firstPage).toHaveLength(20);
    await page.getByTestId('violations-tab').locator('.ant-pagination-item-2').click();
    await expect.poll(() => table.locator('.ant-table-row').first().innerText()).not.toBe(firstPage[0]);
    const secondPage = await table.locator('.ant-table-row').allInnerTexts();
    expect(secondPage.filter((row) => firstPage.includes(row))).toEqual([]);
    expect(await page.getByTestId('violation-count').innerText()).toBe(before);
    await h.screenshot('violation-list-small-page-2');

    // "Bộ lọc": one unit; the button counts the filter, the list holds that unit's violations only.
    await page.getByTestId('more-filters').click();
    await page.getByTestId('more-filters-panel').waitFor();
    const unitFilter = page.getByLabel('Lọc theo đơn vị');
    await unitFilter.click();
    await unitFilter.fill('tram y te');
    await h.screenshot('violation-list-small-bo-loc-open');
    await page.locator('.ant-select-dropdown:visible').getByTitle('Trạm Y tế', { exact: true }).click();
    await expect.poll(() => page.getByTestId('violation-count').innerText()).not.toBe(before);
    expect(await page.getByTestId('more-filters').innerText()).toBe('Bộ lọc (1)');
    await page.getByTestId('more-filters').click();
    await page.getByTestId('more-filters-panel').waitFor({ state: 'hidden' });
    await h.screenshot('violation-list-small-bo-loc');
    const units = await page.getByTestId('violation-table').locator('.ant-table-row td:nth-child(3)').allInnerTexts();
    expect(units.length).toBeGreaterThan(0);
    expect(units.every((u) => u.includes('Trạm Y tế'))).toBe(true);
    // A new filter starts again at the first page.
    await expect.poll(() => page.getByTestId('violations-tab').locator('.ant-pagination-item-active').innerText()).toBe('1');
    expect(h.pageErrors).toEqual([]);
  });
});
