/** The violation list's state filter sits under "Bộ lọc" (the list keeps one line of filters at 1093×574). */
import type { Locator, Page } from 'playwright-core';

export async function stateFilterOf(page: Page): Promise<Locator> {
  const filter = page.getByLabel('Lọc theo trạng thái');
  if (!(await filter.isVisible())) {
    await page.getByTestId('more-filters').click();
    await filter.waitFor();
  }
  return filter;
}
