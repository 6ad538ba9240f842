import { execFileSync } from 'node:child_process';
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createHandlers } from '../../electron/services/handlers';
import { dispatch } from '../../electron/services/dispatch';
import { Session } from '../../electron/services/session';
import type { Violation } from '../../shared/schema/violation';
import { waitForAnimations, type Harness } from './harness';
import { inkedPixels } from './support/pdfPreview';
import { useWardHarness } from './support/wardHarness';
import { SCREENSHOT_DIR } from './support/projectRoot';

const PNG = Buffer.from('89504e470d0a1a0a0000000d4948445200000010000000100802000000909168360000001f49444154789c63fccf8000c6a4406004d0030e18c2102a06632831e0150400e3ff1fe1b4c6d8a20000000049454e44ae426082', 'hex');

/** Two civil servants of Phòng Kinh tế, set up through the services before the window opens. */
async function seedWard(folder: string): Promise<void> {
  const session = new Session(folder, { app: 'E2E setup', now: () => new Date() });
  await session.open();
  try {
    const handlers = createHandlers(session);
    const units = await dispatch(handlers, 'createUnit', { name: 'Phòng Kinh tế, Hạ tầng và Đô thị', shortName: 'KT-HT-ĐT' });
    if (!units.ok) throw new Error(units.error.message);
    for (const [code, fullName, position] of [['CB0002', 'Trần Thị Bình', 'Chuyên viên'], ['CB0003', 'Lê Văn Cường', 'Chuyên viên']] as const) {
      const made = await dispatch(handlers, 'createStaff', { code, fullName, category: 'civilServant', position, unitId: units.data[0]!.id, birthDate: null, startDate: '2020-01-01', statusDate: null, commitmentSignedAt: null });
      if (!made.ok) throw new Error(made.error.message);
    }
  } finally {
    await session.close();
  }
}

function storedViolations(h: Harness): Violation[] {
  const year = String(new Date().getFullYear());
  return h.session.store.collection('violations', year).records;
}

describe('a ward records a violation, takes it to a conclusion and prints the monthly meeting sheet', () => {
  const openWard = useWardHarness('violations', { seed: seedWard });

  it('records two people against QĐ 1665 Điều 3 Không nên làm 5, refuses hạ bậc lương, concludes with khiển trách and prints the sheet', async () => {
    const { harness: h } = await openWard();
    const { page } = h;
    await fs.mkdir(SCREENSHOT_DIR, { recursive: true });

    await page.getByRole('menuitem', { name: 'Vi phạm' }).click();
    await page.getByTestId('violations-page').waitFor();
    await page.getByRole('button', { name: 'Ghi nhận vi phạm' }).click();
    const form = page.getByTestId('violation-form');
    await form.waitFor();
    const choose = async (label: string, typed: string, option: string) => {
      const select = form.getByLabel(label);
      await select.click();
      await select.fill(typed);
      await page.locator('.ant-select-item-option', { hasText: option }).first().click();
      await page.keyboard.press('Escape');
    };
    await choose('Người vi phạm', 'tran thi binh', 'Trần Thị Bình (CB0002)');
    await choose('Người vi phạm', 'le van cuong', 'Lê Văn Cường (CB0003)');
    await choose('Điều khoản vi phạm', 'khong nen lam 5', 'QĐ 1665 · Điều 3 · Không nên làm 5');
    await form.getByLabel('Địa điểm').fill('Sảnh Bộ phận Một cửa');
    await form.getByLabel('Nội dung vi phạm').fill('Hút thuốc tại sảnh tiếp công dân');
    await form.locator('input[type=file]').setInputFiles({ name: 'anh-camera.png', mimeType: 'image/png', buffer: PNG });
    await h.screenshot('violation-01-form');
    await form.getByRole('button', { name: 'Lưu' }).click();

    const drawer = page.getByTestId('violation-drawer');
    await drawer.getByTestId('violation-facts').waitFor();
    expect(await drawer.getByTestId('violation-state').innerText()).toBe('Ghi nhận');
    expect(await drawer.getByTestId('violation-facts').innerText()).toContain('Trần Thị Bình (CB0002)');
    expect(storedViolations(h)).toHaveLength(1);
    expect(storedViolations(h)[0]!.staffIds).toHaveLength(2);

    // Ghi nhận → Chờ giải trình → Xem xét.
    const move = async (action: string, fill?: () => Promise<void>) => {
      await drawer.getByRole('button', { name: action }).click();
      const modal = page.locator('.ant-modal', { has: page.getByTestId('move-modal') });
      await modal.waitFor();
      if (fill) await fill();
      await modal.getByRole('button', { name: 'Xác nhận' }).click();
      await modal.waitFor({ state: 'detached' });
    };
    await move('Yêu cầu giải trình');
    await expect.poll(() => drawer.getByTestId('violation-state').innerText()).toBe('Chờ giải trình');
    await move('Chuyển xem xét', () => page.getByTestId('move-modal').getByLabel('Nội dung giải trình').fill('Chúng tôi nhận khuyết điểm, xin rút kinh nghiệm.'));
    await expect.poll(() => drawer.getByTestId('violation-state').innerText()).toBe('Xem xét');

    // Kết luận: hạ bậc lương is not offered for công chức in 2026 (ND 172/2025) and the service refuses it too.
    await drawer.getByRole('button', { name: 'Kết luận' }).click();
    const modal = page.locator('.ant-modal', { has: page.getByTestId('move-modal') });
    await modal.waitFor();
    await modal.getByLabel('Biện pháp xử lý').click();
    const demotion = page.locator('.ant-select-item-option', { hasText: 'Kỷ luật hạ bậc lương' });
    await demotion.waitFor();
    expect(await demotion.getAttribute('class')).toContain('ant-select-item-option-disabled');
    expect(await demotion.innerText()).toContain('Nghị định 172/2025/NĐ-CP');
    await waitForAnimations(page);
    await h.screenshot('violation-02-measure-refused');
    await demotion.click({ force: true });
    expect(await modal.getByTestId('measure-select').innerText()).not.toContain('hạ bậc lương');
    const id = storedViolations(h)[0]!.id;
    const refused = await page.evaluate(async (violationId) => {
      const api = (window as unknown as { api: { moveViolation(input: unknown): Promise<{ ok: boolean; error?: { message: string } }> } }).api;
      return api.moveViolation({ id: violationId, to: 'concluded', fields: { severity: 'minor', measure: 'salaryDemotion', conclusion: 'x', decision: { number: '1/QĐ-UBND', date: new Date().toISOString().slice(0, 10) } } });
    }, id);
    expect(refused.ok).toBe(false);
    expect(refused.error?.message).toContain('Không áp dụng hình thức hạ bậc lương cho Trần Thị Bình (công chức) theo Nghị định 172/2025/NĐ-CP');
    expect(storedViolations(h)[0]!.state).toBe('underReview');

    await page.locator('.ant-select-item-option', { hasText: 'Kỷ luật khiển trách' }).click();
    await modal.getByLabel('Mức độ vi phạm').click();
    await page.locator('.ant-select-item-option', { hasText: 'Ít nghiêm trọng' }).click();
    await modal.getByLabel('Số quyết định').fill('15/QĐ-UBND');
    await modal.getByLabel('Nội dung kết luận').fill('Kỷ luật khiển trách hai đồng chí.');
    await modal.getByRole('button', { name: 'Xác nhận' }).click();
    await modal.waitFor({ state: 'detached' });
    await expect.poll(() => drawer.getByTestId('violation-state').innerText()).toBe('Kết luận');
    expect(await drawer.getByTestId('violation-actions').innerText()).toContain('Đã khóa');
    expect(await drawer.getByTestId('violation-history').innerText()).toContain('Xem xét → Kết luận');
    expect(storedViolations(h)[0]).toMatchObject({ state: 'concluded', measure: 'reprimand', decision: { number: '15/QĐ-UBND' } });
    await h.screenshot('violation-03-concluded');

    // The camera picture, checked against its hash and shown.
    await drawer.getByTestId('evidence-list').getByRole('button', { name: 'Xem' }).click();
    const preview = page.getByTestId('evidence-preview');
    await preview.locator('img').waitFor();
    expect(await preview.locator('img').evaluate((img) => (img as HTMLImageElement).naturalWidth)).toBe(16);
    await h.screenshot('violation-04-evidence');
    await page.keyboard.press('Escape');
    await preview.waitFor({ state: 'hidden' });
    await page.keyboard.press('Escape');
    await drawer.waitFor({ state: 'hidden' });
    const rows = page.getByTestId('violation-table').locator('tr.ant-table-row');
    await expect.poll(() => rows.count()).toBe(1);
    expect(await rows.first().innerText()).toContain('Kỷ luật khiển trách');
    await h.screenshot('violation-04b-list');

    // The month's meeting sheet as a PDF.
    await page.getByRole('tab', { name: 'Biên bản sinh hoạt tháng' }).click();
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'In biên bản (PDF)' }).click()]);
    const pdfPath = path.join(SCREENSHOT_DIR, 'violation-meeting-sheet.pdf');
    await download.saveAs(pdfPath);
    expect(download.suggestedFilename()).toMatch(/^sinh-hoat-chuyen-mon-\d{4}-\d{2}\.pdf$/);
    const text = execFileSync('pdftotext', [pdfPath, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ').normalize('NFC');
    for (const expected of ['Sinh hoạt chuyên môn tháng', 'Trần Thị Bình', 'Lê Văn Cường', 'Hút thuốc tại sảnh', 'Kỷ luật khiển trách', 'mục 5 “Không nên làm”, Điều 3 (QĐ số 1665/QĐ-UBND)']) expect(text).toContain(expected);
    execFileSync('pdftoppm', ['-r', '50', '-png', pdfPath, path.join(SCREENSHOT_DIR, 'violation-meeting-sheet')]);
    // The same sheet is shown drawn by pdf.js, ready to print through the system viewer.
    const sheetPreview = page.getByTestId('pdf-preview');
    await expect.poll(() => inkedPixels(sheetPreview), { timeout: 20_000 }).toBeGreaterThan(2000);
    expect(await sheetPreview.getByTestId('pdf-page-count').innerText()).toMatch(/^Trang 1\/\d+$/);
    await h.screenshot('violation-05-meeting-sheet');
    await page.getByRole('dialog').getByRole('button', { name: 'In…' }).click();
    await page.getByText('Đã mở tệp trong thẻ mới của trình duyệt').waitFor();
    expect(h.openedFiles).toHaveLength(1);
    expect(Buffer.compare(h.openedFiles[0]?.bytes ?? Buffer.alloc(0), await fs.readFile(pdfPath))).toBe(0);
    expect(h.pageErrors).toEqual([]);
  });
});
