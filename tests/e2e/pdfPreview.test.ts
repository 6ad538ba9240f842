import { describe, expect, it } from 'vitest';
import { createHandlers } from '../../electron/services/handlers';
import { dispatch } from '../../electron/services/dispatch';
import { Session } from '../../electron/services/session';
import type { MethodInput, MethodName, MethodOutput } from '../../shared/api/contract';
import { useWardHarness } from './support/wardHarness';
import { canvasFit, inkedPixels } from './support/pdfPreview';

const SMOKING = { ruleSetId: 'qd-1665-2017', version: 1, article: '3', list: 'shouldNot', item: '5' } as const;
/** Starts like a PDF, then nothing a reader can use: a scan cut off while copying. */
const BROKEN_PDF = Buffer.from('%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >>\nthe rest of the scan was lost', 'latin1');

/** A violation whose evidence holds the ward's own signed commitment forms (2 pages, one a person) and a damaged PDF. */
async function seedWard(folder: string): Promise<void> {
  const session = new Session(folder, { app: 'E2E setup', now: () => new Date() });
  await session.open();
  const handlers = createHandlers(session);
  const must = async <K extends MethodName>(name: K, input: MethodInput<K>): Promise<MethodOutput<K>> => {
    const result = await dispatch(handlers, name, input);
    if (!result.ok) throw new Error(`${name}: ${result.error.message}`);
    return result.data;
  };
  try {
    const [unit] = await must('createUnit', { name: 'Phòng Kinh tế, Hạ tầng và Đô thị', shortName: 'KT-HT-ĐT' });
    const staff = await must('createStaff', { code: 'CB0002', fullName: 'Trần Thị Bình', category: 'civilServant', position: 'Chuyên viên', unitId: unit!.id, birthDate: null, startDate: '2020-01-01', statusDate: null, commitmentSignedAt: null });
    const second = await must('createStaff', { code: 'CB0003', fullName: 'Lê Văn Cường', category: 'civilServant', position: 'Chuyên viên', unitId: unit!.id, birthDate: null, startDate: '2021-01-01', statusDate: null, commitmentSignedAt: null });
    const today = new Date().toISOString().slice(0, 10);
    await must('createViolation', { date: today, staffIds: [staff.id], ruleRefs: [SMOKING], description: 'Hút thuốc tại sảnh tiếp công dân' });
    const sheet = await must('printCommitmentForms', { ids: [staff.id, second.id] });
    await must('createViolation', {
      date: today,
      staffIds: [staff.id],
      ruleRefs: [SMOKING],
      description: 'Tái phạm hút thuốc — kèm biên bản',
      evidence: [
        { fileName: 'bien-ban-hop-to.pdf', dataBase64: sheet.dataBase64 },
        { fileName: 'ban-chup-hong.pdf', dataBase64: BROKEN_PDF.toString('base64') },
      ],
    });
  } finally {
    await session.close();
  }
}

describe('a PDF kept as evidence is shown as its real pages, or plainly said to be unreadable', () => {
  const openWard = useWardHarness('pdf-preview', { seed: seedWard });

  it('draws the two-page signed forms fitted to the window, zooms, scrolls to page 2, and explains the damaged scan', async () => {
    const { harness: h } = await openWard();
    const { page } = h;

    await page.getByRole('menuitem', { name: 'Vi phạm' }).click();
    await page.getByTestId('violation-table').locator('tr.ant-table-row', { hasText: 'kèm biên bản' }).click();
    const evidence = page.getByTestId('violation-drawer').getByTestId('evidence-list');
    await evidence.locator('.ant-list-item', { hasText: 'bien-ban-hop-to.pdf' }).getByRole('button', { name: 'Xem' }).click();

    const preview = page.getByTestId('evidence-pdf');
    await expect.poll(() => inkedPixels(preview), { timeout: 20_000 }).toBeGreaterThan(2000);
    const counter = preview.getByTestId('pdf-page-count');
    expect(await counter.innerText()).toBe('Trang 1/2');
    const fitted = await canvasFit(preview);
    expect(fitted.canvasWidth).toBeGreaterThan(fitted.panelWidth * 0.85);
    expect(fitted.canvasWidth).toBeLessThanOrEqual(fitted.panelWidth);
    await h.screenshot('pdf-preview-01-evidence-fitted');

    await preview.getByRole('button', { name: 'Phóng to' }).click();
    expect(await preview.getByTestId('pdf-zoom').innerText()).toBe('125 %');
    await expect.poll(async () => (await canvasFit(preview)).canvasWidth).toBeGreaterThan(fitted.panelWidth);
    await preview.getByRole('button', { name: 'Vừa chiều rộng' }).click();
    expect(await preview.getByTestId('pdf-zoom').innerText()).toBe('100 %');

    await preview.locator('[data-page-number="2"]').evaluate((element) => element.scrollIntoView({ block: 'start' }));
    await expect.poll(() => counter.innerText()).toBe('Trang 2/2');
    // Page 2, the second person's form, is drawn too.
    await expect.poll(() => inkedPixels(preview, 1), { timeout: 20_000 }).toBeGreaterThan(300);
    await h.screenshot('pdf-preview-02-page-2');
    await page.keyboard.press('Escape');
    await preview.waitFor({ state: 'hidden' });

    await evidence.locator('.ant-list-item', { hasText: 'ban-chup-hong.pdf' }).getByRole('button', { name: 'Xem' }).click();
    const broken = page.getByTestId('evidence-pdf');
    await broken.getByTestId('pdf-preview-error').waitFor();
    expect(await broken.innerText()).toContain('Không hiển thị được bản xem trước');
    expect(await broken.locator('canvas').count()).toBe(0);
    await h.screenshot('pdf-preview-03-damaged');
    expect(h.pageErrors).toEqual([]);
  });
});
