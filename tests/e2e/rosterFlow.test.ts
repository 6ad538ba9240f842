import { execFileSync } from 'node:child_process';
import { promises as fs } from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import type { Staff } from '../../shared/schema/staff';
import { messyWardRoster } from '../fixtures/roster/buildRosterFiles';
import type { Harness } from './harness';
import { inkedPixels } from './support/pdfPreview';
import { SCREENSHOT_DIR } from './support/projectRoot';
import { useWardHarness } from './support/wardHarness';

const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

function liveStaff(harness: Harness): Staff[] {
  return harness.session.store.collection('staff').records.filter((s) => !s.deletedAt);
}

describe('a ward brings its Excel roster into Cán bộ and gets the commitments signed', () => {
  const openWard = useWardHarness('roster');

  it('imports the messy roster (row 14 refused for its phone), finds Trần Thị Bình without accents, edits, exports, marks and prints', async () => {
    const { harness: h } = await openWard();
    const { page } = h;
    await fs.mkdir(SCREENSHOT_DIR, { recursive: true });

    await page.getByRole('menuitem', { name: 'Cán bộ' }).click();
    await page.getByTestId('staff-page').waitFor();
    await page.getByRole('tab', { name: 'Nhập từ Excel' }).click();
    const fileInput = page.getByTestId('import-file-step').locator('input[type=file]');
    await expect.poll(() => page.getByTestId('import-template').innerText()).toContain('Tải mẫu danh sách');

    // A file that is not a workbook is refused with its message, and nothing changes.
    await fileInput.setInputFiles({ name: 'ghi-chu.xlsx', mimeType: XLSX_TYPE, buffer: Buffer.from('đây không phải tệp Excel') });
    const importError = page.getByTestId('import-error');
    await importError.waitFor();
    expect((await importError.innerText()).length).toBeGreaterThan('Không đọc được tệp'.length + 5);
    expect(liveStaff(h)).toHaveLength(0);

    await fileInput.setInputFiles({ name: 'danh-sach-can-bo.xlsx', mimeType: XLSX_TYPE, buffer: Buffer.from(await messyWardRoster()) });
    const mapping = page.getByTestId('import-mapping-step');
    await mapping.waitFor();
    expect(await page.getByLabel('Dòng tiêu đề').inputValue()).toBe('7');
    expect(await page.getByTestId('import-mapping').innerText()).toContain('Ngày sinh / Nữ');
    await h.screenshot('roster-01-import-mapping');

    // Reading column G as unused ("Đọc lại") takes the phone out of the check: row 14 is no longer refused.
    const chooseField = async (column: string, field: string) => {
      const select = page.getByLabel(`Cột ${column} dùng làm`);
      await select.click();
      await select.fill(field);
      await page.locator('.ant-select-item-option', { hasText: field }).first().click();
      await page.getByRole('button', { name: 'Đọc lại' }).click();
      await expect.poll(() => mapping.locator('tr', { hasText: 'Điện thoại' }).locator('.ant-select').innerText()).toContain(field);
    };
    await chooseField('G', '(không dùng)');
    await page.getByRole('button', { name: 'Xem báo cáo đọc thử' }).click();
    const summary = page.getByTestId('import-summary');
    await summary.waitFor();
    expect(await summary.innerText()).toContain('Bị từ chối 3');
    await page.getByRole('button', { name: 'Quay lại' }).click();
    await mapping.waitFor();
    await chooseField('G', 'Điện thoại');
    await page.getByRole('button', { name: 'Xem báo cáo đọc thử' }).click();
    await summary.waitFor();
    const summaryText = await summary.innerText();
    for (const tag of ['Thêm mới 3', 'Cập nhật 0', 'Không đổi 0', 'Bị từ chối 4']) expect(summaryText).toContain(tag);
    expect(await page.getByTestId('import-new-units').innerText()).toContain('Phòng Kinh tế, Hạ tầng và Đô thị');
    // The table the reader found, and the rows it read as structure rather than people.
    const sheetReport = await page.getByTestId('import-sheet').innerText();
    expect(sheetReport).toContain('Trang tính “Danh sách”');
    expect(sheetReport).toContain('dòng nhóm (đơn vị): 2; dòng trống: 1');
    const report = page.getByTestId('import-report');
    const row14 = report.locator('tr.ant-table-row', { has: page.getByRole('cell', { name: '14', exact: true }) });
    expect(await row14.innerText()).toContain('Phạm Thu Hà');
    expect(await row14.innerText()).toContain('số điện thoại không hợp lệ: 09x');
    expect(await report.locator('tr.ant-table-row', { hasText: 'CB0006' }).innerText()).toContain('ngày không có thật');
    await h.screenshot('roster-02-import-report');
    // The dry run wrote nothing.
    expect(liveStaff(h)).toHaveLength(0);

    await page.getByRole('button', { name: 'Xác nhận nhập' }).click();
    await page.getByTestId('import-result').waitFor();
    expect(await page.getByTestId('import-result').innerText()).toContain('Thêm mới 3');
    expect(liveStaff(h).map((s) => s.fullName).sort()).toEqual(['Lê Đức Đạt', 'Nguyễn Văn An', 'Trần Thị Bình']);
    await h.screenshot('roster-03-import-done');

    // Đơn vị: the two units the import created, with counts; moving the first down swaps them.
    await page.getByRole('tab', { name: 'Đơn vị' }).click();
    const unitRows = page.getByTestId('units-tab').locator('tr.ant-table-row');
    await expect.poll(() => unitRows.count()).toBe(2);
    expect(await unitRows.first().innerText()).toContain('Văn phòng HĐND và UBND');
    await unitRows.first().getByRole('button', { name: 'Chuyển xuống' }).click();
    await expect.poll(() => unitRows.first().innerText()).toContain('Phòng Kinh tế, Hạ tầng và Đô thị');
    await h.screenshot('roster-03b-units');

    // Search as you type, without accents.
    await page.getByRole('tab', { name: 'Danh sách' }).click();
    const table = page.getByTestId('roster-table');
    const tableRows = table.locator('.roster-row');
    await expect.poll(() => tableRows.count()).toBe(3);
    await page.getByTestId('roster-search').locator('input').fill('tran thi binh');
    await expect.poll(() => tableRows.count()).toBe(1);
    expect(await tableRows.first().innerText()).toContain('Trần Thị Bình');
    expect(await tableRows.first().innerText()).toContain('01/01/1985');
    await h.screenshot('roster-04-search');

    // Her page: edit the position, an empty name is refused with the contract's message.
    await tableRows.first().click();
    const drawer = page.getByTestId('staff-drawer');
    await drawer.getByTestId('staff-details').waitFor();
    await drawer.getByRole('button', { name: 'Sửa', exact: true }).click();
    const form = page.getByTestId('staff-form');
    await form.waitFor();
    await form.getByLabel('Họ và tên').fill('');
    await page.getByTestId('staff-form-save').click();
    await form.getByText('Nhập họ và tên').waitFor();
    await form.getByLabel('Họ và tên').fill('Trần Thị Bình');
    await form.getByLabel('Chức vụ').fill('Phó Chánh Văn phòng');
    await page.getByTestId('staff-form-save').click();
    await form.waitFor({ state: 'detached' });
    await drawer.getByRole('tab', { name: 'Lịch sử thay đổi' }).click();
    const change = drawer.getByTestId('history-change').filter({ hasText: 'Chức vụ' });
    await change.waitFor();
    expect(await change.innerText()).toBe('Chức vụ: Chuyên viên → Phó Chánh Văn phòng');
    expect(await drawer.getByTestId('staff-history').innerText()).toMatch(/\d{2}\/\d{2}\/\d{4} \d{2}:\d{2}/);
    expect(await drawer.innerText()).not.toContain('chức năng đang được xây dựng');
    await h.screenshot('roster-05-staff-page');
    expect(liveStaff(h).find((s) => s.code === 'CB0002')?.position).toBe('Phó Chánh Văn phòng');
    await drawer.getByRole('button', { name: 'Close' }).or(drawer.locator('.ant-drawer-close')).first().click();
    await drawer.waitFor({ state: 'detached' });

    // Export of the filtered list (still searching for her).
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Xuất Excel' }).click()]);
    expect(download.suggestedFilename()).toMatch(/\.xlsx$/);
    const xlsxPath = path.join(SCREENSHOT_DIR, 'roster-export.xlsx');
    await download.saveAs(xlsxPath);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(xlsxPath);
    const cells: string[] = [];
    workbook.worksheets[0]?.eachRow((row) => cells.push(JSON.stringify(row.values)));
    const sheetText = cells.join('\n');
    expect(sheetText).toContain('Trần Thị Bình');
    expect(sheetText).toContain('Phó Chánh Văn phòng');
    expect(sheetText).not.toContain('Nguyễn Văn An');

    // By keyboard: the search cleared, a row focused, ↓ to the next person, Enter opens her page.
    await page.getByTestId('roster-search').locator('input').fill('');
    await expect.poll(() => tableRows.count()).toBe(3);
    const secondName = (await tableRows.nth(1).locator('td').nth(1).innerText()).trim();
    await tableRows.first().focus();
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    await drawer.getByTestId('staff-details').waitFor();
    expect(await drawer.getByTestId('staff-details').innerText()).toContain(secondName);
    await page.keyboard.press('Escape');
    await drawer.waitFor({ state: 'detached' });

    // Cam kết: mark two people signed on 15/01/2026, then print their forms.
    await page.getByRole('tab', { name: 'Cam kết' }).click();
    const commitments = page.getByTestId('commitments-table');
    const rowOf = (name: string) => commitments.locator('tr.ant-table-row', { hasText: name });
    await rowOf('Nguyễn Văn An').waitFor();
    await rowOf('Nguyễn Văn An').getByRole('checkbox').check();
    await rowOf('Lê Đức Đạt').getByRole('checkbox').check();
    const datePicker = page.getByLabel('Ngày ký cam kết');
    await datePicker.click();
    await datePicker.fill('15/01/2026');
    await datePicker.press('Enter');
    await page.getByRole('button', { name: 'Đánh dấu đã ký' }).click();
    await page.getByText('Đã đánh dấu 2 người ký cam kết ngày 15/01/2026.').waitFor();
    const signed = liveStaff(h).filter((s) => s.commitmentSignedAt === '2026-01-15').map((s) => s.fullName).sort();
    expect(signed).toEqual(['Lê Đức Đạt', 'Nguyễn Văn An']);
    await expect.poll(() => commitments.locator('tr.ant-table-row').count()).toBe(1);
    expect(await page.getByTestId('commitment-progress').innerText()).toContain('Đã ký 2/3');

    await page.getByLabel('Tình trạng cam kết').click();
    await page.locator('.ant-select-item-option', { hasText: 'Đã ký' }).click();
    await rowOf('Lê Đức Đạt').waitFor();
    expect(await rowOf('Lê Đức Đạt').innerText()).toContain('Đã ký 15/01/2026');
    await rowOf('Nguyễn Văn An').getByRole('checkbox').check();
    await rowOf('Lê Đức Đạt').getByRole('checkbox').check();
    await h.screenshot('roster-06-commitments');
    const [pdfDownload] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'In bản cam kết' }).click()]);
    const pdfPath = path.join(SCREENSHOT_DIR, 'commitment-forms.pdf');
    await pdfDownload.saveAs(pdfPath);
    const pdfPreview = page.getByTestId('pdf-preview');
    await pdfPreview.waitFor();
    // Both forms drawn by pdf.js (not a browser plugin): ink on page 1, and the count of pages.
    await expect.poll(() => inkedPixels(pdfPreview), { timeout: 20_000 }).toBeGreaterThan(2000);
    expect(await pdfPreview.getByTestId('pdf-page-count').innerText()).toBe('Trang 1/2');
    await h.screenshot('roster-07-pdf-preview');
    await page.getByRole('dialog').getByRole('button', { name: 'In…' }).click();
    // In a browser the PDF opens in a new tab of its own, with the same advice.
    await page.getByText('Đã mở tệp trong thẻ mới của trình duyệt — chọn In (Ctrl+P), khổ giấy và tỉ lệ 100 %.').waitFor();
    expect(h.openedFiles.map((f) => f.bytes.subarray(0, 5).toString('latin1'))).toEqual(['%PDF-']);

    const prefix = path.join(SCREENSHOT_DIR, 'commitment-forms');
    for (const name of await fs.readdir(SCREENSHOT_DIR)) if (/^commitment-forms-\d+\.png$/.test(name)) await fs.rm(path.join(SCREENSHOT_DIR, name));
    execFileSync('pdftoppm', ['-r', '30', '-png', pdfPath, prefix]);
    const pages = (await fs.readdir(SCREENSHOT_DIR)).filter((name) => /^commitment-forms-\d+\.png$/.test(name));
    expect(pages).toHaveLength(2);

    expect(h.pageErrors).toEqual([]);
    expect(h.consoleErrors).toEqual([]);
  });
});
