import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { startHarness, type Harness } from './harness';
import { makeDataFolder, prepareStore, removeDataFolder } from './support/dataFolders';
import { SCREENSHOT_DIR } from './support/projectRoot';

describe('a ward makes the wall poster for "Năm không" and the excerpt of QĐ 1665 in Bảng niêm yết', () => {
  let harness: Harness | null = null;
  let folder = '';

  afterEach(async () => {
    await harness?.close();
    harness = null;
    if (folder) await removeDataFolder(folder);
  });

  it('is refused QĐ 522, previews an A2 "Năm không" poster, confirms the QĐ 1665 excerpt and saves it', async () => {
    folder = await makeDataFolder('poster');
    await prepareStore(folder, 'Phường Hoàn Kiếm');
    harness = await startHarness({ dataFolder: folder });
    const h = harness;
    const { page } = h;

    await page.getByRole('menuitem', { name: 'Bảng niêm yết' }).click();
    await page.getByTestId('posters-page').waitFor();
    const preview = page.getByRole('button', { name: 'Xem trước' });

    // QĐ 522 has no article with official text yet: refused, nothing to preview.
    await page.getByLabel('Bộ quy tắc').click();
    await page.getByTitle(/^QĐ 522/).click();
    await page.getByTestId('poster-refusal').waitFor();
    expect(await page.getByTestId('poster-refusal').innerText()).toContain('chưa có nội dung nào đã đối chiếu');
    expect(await preview.isDisabled()).toBe(true);
    await h.screenshot('poster-01-refused-qd522');

    // "Năm không", A2, traditional frame: the real PDF in the preview.
    await page.getByLabel('Bộ quy tắc').click();
    await page.getByTitle(/^Năm không/).click();
    await page.getByLabel('Khung').click();
    await page.getByTitle(/^Truyền thống/).click();
    await expect.poll(() => preview.isDisabled()).toBe(false);
    await preview.click();
    await page.getByTestId('poster-pdf').waitFor();
    expect(await page.getByTestId('poster-summary').innerText()).toContain('bang-niem-yet-nam-khong-2019-a2-nha-in.pdf · 1 trang');
    await h.screenshot('poster-02-nam-khong-preview');

    // QĐ 1665: the excerpt must be confirmed before it can be made.
    await page.getByLabel('Bộ quy tắc').click();
    await page.getByTitle(/^QĐ 1665/).click();
    const excerpt = page.getByTestId('poster-excerpt');
    await excerpt.waitFor();
    expect(await excerpt.innerText()).toContain('Điều 4');
    expect(await preview.isDisabled()).toBe(true);
    await excerpt.getByText('Tôi đồng ý in bản trích').click();
    await preview.click();
    await expect.poll(() => page.getByTestId('poster-summary').innerText()).toContain('bản trích');
    await h.screenshot('poster-03-qd1665-excerpt');

    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Lưu tệp PDF' }).click()]);
    expect(download.suggestedFilename()).toBe('bang-niem-yet-qd-1665-2017-a2-nha-in.pdf');
    const saved = path.join(SCREENSHOT_DIR, 'poster-e2e-saved.pdf');
    await download.saveAs(saved);
    const text = execFileSync('pdftotext', ['-raw', saved, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
    expect(text).toContain('Trích — chỉ gồm các điều đã có văn bản chính thức');
    expect(text).toContain('UBND PHƯỜNG HOÀN KIẾM');
    expect(h.pageErrors).toEqual([]);
  });
});
