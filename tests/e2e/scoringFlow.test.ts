import { promises as fs } from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { Store } from '../../electron/store/dataStore';
import { violationRecord } from '../fixtures/records';
import type { ScoreRecord } from '../../shared/schema/scoring';
import { person, unit } from '../fixtures/scoring/wardScores';
import type { Harness } from './harness';
import { inkedPixels } from './support/pdfPreview';
import { SCREENSHOT_DIR } from './support/projectRoot';
import { useWardHarness } from './support/wardHarness';

/** The month the Thi đua screen opens on: the one before today. */
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

describe('the Bộ phận Một cửa is scored for a month, explained, closed, exported and corrected from Excel', () => {
  const openWard = useWardHarness('scoring');

  it('scores the unit, shows the phê bình deduction with its article, closes the month and takes back part of an edited file', async () => {
    const month = lastMonth();
    const { harness: h, folder } = await openWard({ seed: (dataFolder) => seed(dataFolder, month) });
    const { page } = h;
    await page.getByRole('menuitem', { name: 'Thi đua' }).click();
    await page.getByTestId('score-grid').waitFor();
    // Nobody has a complete scorecard yet: they show as "Chưa chấm", not as failing.
    expect(await page.getByTestId('unscored-MC02').innerText()).toBe('Chưa chấm');
    expect(await page.getByTestId('unscored-count').innerText()).toBe('Chưa chấm: 3');
    expect(await page.getByTestId('unit-summary').innerText()).toContain('KHTNV: 0');

    // Keyboard only: type a row, moving right with the arrow keys; Enter moves down.
    const typeRow = async (code: string, values: string[]) => {
      await page.getByTestId(`cell-${code}-pham-chat`).click();
      for (const [i, value] of values.entries()) {
        await page.keyboard.type(value);
        if (i < values.length - 1) await page.keyboard.press('ArrowRight');
      }
    };
    await typeRow('MC01', ['10', '10', '10', '60']);
    await typeRow('MC02', ['9', '9', '9', '65']);
    await typeRow('MC03', ['8', '8', '8', '50']);
    await page.getByTestId('cell-MC03-pham-chat').press('Enter');
    await h.screenshot('scoring-01-typed');
    await page.getByTestId('save-scores').click();
    await expect.poll(() => page.getByTestId('total-MC02').innerText()).toBe('92');
    // Totals are live while typing, so 92 can show before the save returns: wait for the saved count.
    await expect.poll(() => page.getByTestId('unscored-count').innerText()).toBe('Chưa chấm: 0');
    // An's phê bình for coming late takes 5 points off "phẩm chất…": 10 + 10 + 10 + 60 − 5 = 85.
    expect(await page.getByTestId('total-MC01').innerText()).toBe('85');
    expect(await page.getByTestId('auto-MC01-pham-chat').innerText()).toBe('→ 5 (−5)');
    expect(await page.getByTestId('total-MC03').innerText()).toBe('74');
    expect(scores(h, month).map((s) => s.headScore?.by)).toEqual(['Nguyễn Văn An', 'Nguyễn Văn An', 'Nguyễn Văn An']);
    // Bình (92) is the one "xuất sắc"; 2 "tốt" allow 0 under the 20 % rule → the warning shows.
    // The summary stays one line; the warning itself is under "Chi tiết".
    expect(await page.getByTestId('cap-warning-summary').innerText()).toContain('vượt 20%');
    await page.getByTestId('unit-summary-toggle').click();
    expect(await page.getByTestId('cap-warning').innerText()).toContain('vượt 20%');
    await h.screenshot('scoring-02-saved');

    await page.getByTestId('grid-row-MC01').getByRole('button', { name: 'Giải trình' }).click();
    const drawer = page.getByTestId('breakdown-drawer');
    const line = drawer.getByTestId('deduction-line');
    await line.waitFor();
    expect(await line.innerText()).toContain('−5: Phê bình ngày 05/');
    expect(await line.innerText()).toContain('(522:Đ5.K1) — Đi làm muộn 40 phút không báo cáo');
    expect(await drawer.getByTestId('breakdown-total').innerText()).toBe('85');
    await h.screenshot('scoring-03-breakdown');
    // The A4 breakdown: saved, shown drawn by pdf.js, and handed to the PDF viewer by "In…".
    const [breakdownPdf] = await Promise.all([page.waitForEvent('download'), drawer.getByRole('button', { name: 'In PDF (A4)' }).click()]);
    expect(breakdownPdf.suggestedFilename()).toMatch(/\.pdf$/);
    const breakdownPreview = page.getByTestId('pdf-preview');
    await expect.poll(() => inkedPixels(breakdownPreview), { timeout: 20_000 }).toBeGreaterThan(2000);
    expect(await breakdownPreview.getByTestId('pdf-page-count').innerText()).toMatch(/^Trang 1\/\d+$/);
    await h.screenshot('scoring-03b-breakdown-pdf');
    await page.getByRole('dialog').getByRole('button', { name: 'In…' }).click();
    await page.getByText('Đã mở tệp trong thẻ mới của trình duyệt').waitFor();
    expect(h.openedFiles.map((f) => f.bytes.subarray(0, 5).toString('latin1'))).toEqual(['%PDF-']);
    await page.locator('.ant-modal-footer').getByRole('button', { name: 'Đóng' }).click();
    await breakdownPreview.waitFor({ state: 'detached' });
    await page.locator('.ant-drawer-close').click();
    await drawer.waitFor({ state: 'detached' });

    await page.getByRole('tab', { name: 'Kỳ đánh giá' }).click();
    await page.getByTestId(`close-${month}`).click();
    await page.getByRole('button', { name: 'Khóa kỳ' }).last().click();
    // The year's periods are recounted (who is fully scored) after closing: allow for a loaded machine.
    await expect.poll(() => page.getByTestId('periods-tab').innerText(), { timeout: 20_000 }).toContain('Đã khóa');
    const snapshots = await fs.readdir(path.join(folder, 'snapshots'));
    expect(snapshots).toHaveLength(1);
    await h.screenshot('scoring-04-closed');

    await page.getByRole('tab', { name: 'Chấm điểm' }).click();
    await page.getByTestId('lock-notice').waitFor();
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-scorecard').click()]);
    const xlsxPath = path.join(SCREENSHOT_DIR, 'scoring-export.xlsx');
    await download.saveAs(xlsxPath);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(xlsxPath);
    const sheet = wb.getWorksheet('Bộ phận Một cửa')!;
    expect(sheet.getCell('B9').value).toBe('MC01');
    sheet.getCell('H9').value = 62; // An's task results 60 → 62: accepted
    sheet.getCell('E11').value = 10; // Cúc's phẩm chất 8 → 10: rejected
    const edited = Buffer.from(await wb.xlsx.writeBuffer());

    await page.getByRole('tab', { name: 'Nhập từ Excel' }).click();
    await page.getByTestId('scorecard-import').locator('input[type=file]').setInputFiles({ name: 'bang-cham-diem.xlsx', mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', buffer: edited });
    const changes = page.getByTestId('import-changes');
    await changes.locator('tr.ant-table-row').first().waitFor();
    expect(await changes.locator('tr.ant-table-row').count()).toBe(2);
    expect(await changes.innerText()).toContain('60 → 62');
    await changes.locator('tr.ant-table-row', { hasText: 'MC03' }).locator('input[type=checkbox]').uncheck();
    await page.getByLabel('Lý do điều chỉnh').fill('Hội đồng họp bình xét lại');
    await h.screenshot('scoring-05-import-diff');
    await page.getByTestId('apply-import').click();
    // The import is applied through the worker and written: allow for a loaded machine.
    await expect.poll(() => scores(h, month).find((s) => s.staffId === 'a')?.councilScore?.points['task-results'], { timeout: 20_000 }).toBe(62);
    expect(scores(h, month).find((s) => s.staffId === 'c')?.councilScore ?? null).toBeNull();
    expect(scores(h, month).find((s) => s.staffId === 'a')?.amendments?.[0]?.reason).toBe('Hội đồng họp bình xét lại');

    await page.getByRole('tab', { name: 'Chấm điểm' }).click();
    await expect.poll(() => page.getByTestId('total-MC01').innerText()).toBe('87');
    expect(await page.getByTestId('total-MC03').innerText()).toBe('74');
    await h.screenshot('scoring-06-after-import');
    expect(h.pageErrors).toEqual([]);
  });
});
