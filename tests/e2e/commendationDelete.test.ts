/** Deleting a commendation names the record in the question and says what was deleted. */
import { describe, expect, it } from 'vitest';
import { seedDemoWard } from './support/demoWard';
import { useWardHarness } from './support/wardHarness';

describe('a clerk deletes a commendation entered by mistake', () => {
  const openWard = useWardHarness('commendation-delete');

  it('asks "Xóa … ngày … của …?" with the record\'s name and confirms the deletion', async () => {
    const { harness: h } = await openWard({ seed: seedDemoWard });
    const { page } = h;
    await page.setViewportSize({ width: 1093, height: 574 });
    await page.getByRole('menuitem', { name: 'Vi phạm' }).click();
    await page.getByRole('tab', { name: 'Biểu dương, khen thưởng' }).click();
    const tab = page.getByTestId('commendations-tab');
    const first = tab.locator('.ant-table-row').first();
    await first.waitFor();
    const date = (await first.locator('td').first().innerText()).trim();
    const who = (await first.locator('td').nth(1).innerText()).trim();
    await first.getByRole('button', { name: 'Xóa' }).click();
    const question = page.locator('.ant-popconfirm-title');
    await question.waitFor();
    expect(await question.innerText()).toContain(`ngày ${date} của ${who}?`);
    await h.screenshot('commendation-delete-01-question');
    await page.locator('.ant-popconfirm').getByRole('button', { name: 'Xóa' }).click();
    await expect.poll(() => page.locator('.ant-message').innerText()).toContain(`ngày ${date} của ${who}.`);
    await h.screenshot('commendation-delete-02-done');
    expect(h.pageErrors).toEqual([]);
  });
});
