import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { canvasFit, inkedPixels } from './support/pdfPreview';
import { SCREENSHOT_DIR } from './support/projectRoot';
import { useWardHarness } from './support/wardHarness';

describe('a ward makes the wall poster for "Năm không" and the excerpt of QĐ 1665 in Bảng niêm yết', () => {
  const openWard = useWardHarness('poster');

  it('is refused QĐ 522, previews an A2 "Năm không" poster, confirms the QĐ 1665 excerpt and saves it', async () => {
    const { harness: h, folder } = await openWard();
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
    const pdfPanel = page.getByTestId('poster-pdf');
    await pdfPanel.waitFor();
    expect(await page.getByTestId('poster-summary').innerText()).toContain('bang-niem-yet-nam-khong-2019-a2-nha-in.pdf · 1 trang');
    // The real PDF drawn by pdf.js on a canvas (no browser PDF plugin): ink on the page, the page count, fitted to the panel.
    await expect.poll(() => inkedPixels(pdfPanel), { timeout: 20_000 }).toBeGreaterThan(5000);
    expect(await pdfPanel.getByTestId('pdf-page-count').innerText()).toBe('Trang 1/1');
    const fit = await canvasFit(pdfPanel);
    expect(fit.canvasWidth).toBeGreaterThan(fit.panelWidth * 0.85);
    expect(fit.canvasWidth).toBeLessThanOrEqual(fit.panelWidth);
    await h.screenshot('poster-02-nam-khong-preview');

    // "In…" hands the same PDF to the system viewer (recorded by the harness) and says to print at 100 %;
    // in a browser (this door) the PDF also opens in a new tab, where the browser's print dialog is.
    const newTab = h.context.waitForEvent('page');
    await page.getByRole('button', { name: 'In…' }).click();
    await page.getByText("không chọn 'Vừa trang'").waitFor();
    expect(await page.getByText('Đã mở tệp trong thẻ mới của trình duyệt').count()).toBe(1);
    const tab = await newTab;
    expect(tab.url()).toMatch(/^blob:http:\/\/127\.0\.0\.1:\d+\//);
    await tab.close();
    expect(h.openedFiles).toHaveLength(1);
    expect(h.openedFiles[0]?.bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(path.basename(h.openedFiles[0]?.file ?? '')).toBe('bang-niem-yet-nam-khong-2019-a2-nha-in.pdf');
    expect(path.dirname(h.openedFiles[0]?.file ?? '')).toBe(path.join(folder, 'tmp-print'));
    await h.screenshot('poster-02b-print-hint');

    // QĐ 1665: the excerpt must be confirmed before it can be made.
    await page.getByLabel('Bộ quy tắc').click();
    await page.getByTitle(/^QĐ 1665/).click();
    const excerpt = page.getByTestId('poster-excerpt');
    await excerpt.waitFor();
    expect(await excerpt.innerText()).toContain('Điều 4');
    expect(await preview.isDisabled()).toBe(true);
    await excerpt.getByText('Tôi đồng ý in bản trích').click();
    await preview.click();
    await expect.poll(() => page.getByTestId('poster-summary').innerText(), { timeout: 20_000 }).toContain('bản trích');
    await expect.poll(() => inkedPixels(pdfPanel), { timeout: 20_000 }).toBeGreaterThan(5000);
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
