/**
 * Bảng niêm yết in a small window: a choice that is refused takes the earlier preview away (Save and
 * Print with it), and the plan is asked once the clerk stops typing, not on every keystroke.
 */
import { describe, expect, it } from 'vitest';
import { useWardHarness } from './support/wardHarness';

describe('the poster studio never offers a preview of a refused choice', () => {
  const openWard = useWardHarness('poster-refusal');

  it('drops the "Năm không" preview when QĐ 522 is chosen, and plans "1,3-6" once', async () => {
    const { harness: h } = await openWard();
    const { page } = h;
    await page.setViewportSize({ width: 1093, height: 574 });
    const plans: string[] = [];
    page.on('request', (r) => r.url().endsWith('/api/planPoster') && plans.push(r.postData() ?? ''));
    await page.getByRole('menuitem', { name: 'Bảng niêm yết' }).click();
    await page.getByTestId('posters-page').waitFor();
    const preview = page.getByRole('button', { name: 'Xem trước' });
    const save = page.getByRole('button', { name: 'Lưu tệp PDF' });
    const print = page.getByRole('button', { name: 'In…' });
    const summary = page.getByTestId('poster-summary');

    // "Năm không" is the rule set the studio opens on.
    await expect.poll(() => preview.isDisabled()).toBe(false);
    await preview.click();
    await expect.poll(() => summary.innerText()).toContain('bang-niem-yet-nam-khong');
    expect(await save.isDisabled()).toBe(false);

    await page.getByLabel('Bộ quy tắc').click();
    await page.getByTitle(/^QĐ 522/).click();
    await page.getByTestId('poster-refusal').waitFor();
    expect(await summary.innerText()).toBe('Chưa có bản xem trước.');
    expect(await save.isDisabled()).toBe(true);
    expect(await print.isDisabled()).toBe(true);
    expect(await preview.isDisabled()).toBe(true);
    await h.screenshot('poster-refusal-01-cleared');

    // Back to an allowed choice: the old preview does not come back by itself.
    await page.getByLabel('Bộ quy tắc').click();
    await page.getByTitle(/^QĐ 1665/).click();
    await page.getByTestId('poster-excerpt').waitFor();
    expect(await summary.innerText()).toBe('Chưa có bản xem trước.');
    await page.getByText('Tôi đồng ý in bản trích').click();
    await preview.click();
    await expect.poll(() => summary.innerText(), { timeout: 20_000 }).toContain('bản trích');

    // Typing "1,3-6" asks for one plan after the last key, not five.
    await page.getByText('Chọn điều', { exact: true }).click();
    const articles = page.getByPlaceholder('1,3-6');
    await articles.waitFor();
    await page.waitForTimeout(600);
    const before = plans.length;
    await articles.pressSequentially('1,3-6', { delay: 60 });
    await page.waitForTimeout(800);
    expect(plans.length - before).toBe(1);
    expect((JSON.parse(plans[plans.length - 1]!) as { articles: unknown[] }).articles.map(String)).toEqual(['1', '3', '4', '5', '6']);
    await h.screenshot('poster-refusal-02-articles');
    expect(h.pageErrors).toEqual([]);
  });
});
