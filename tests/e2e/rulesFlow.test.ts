import { describe, expect, it } from 'vitest';
import type { RuleNode } from '../../shared/schema/ruleSet';
import type { StoredRuleSet } from '../../electron/services/ruleSources';
import { buildDocx } from '../fixtures/rules/buildDocx';
import { qd1665Lines } from '../fixtures/rules/decisionTexts';
import type { Harness } from './harness';
import { useWardHarness } from './support/wardHarness';

const DOCX_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
const TYPO = 'Hút thuốc, khạc nhố, phóng uế tùy tiện.';
const CORRECTED = 'Hút thuốc, khạc nhổ, phóng uế tùy tiện.';

function storedVersions(harness: Harness): StoredRuleSet[] {
  return harness.session.store.collection('ruleSets').records.filter((r) => !r.deletedAt);
}

function allNodes(nodes: RuleNode[]): RuleNode[] {
  return nodes.flatMap((node) => [node, ...allNodes(node.children)]);
}

/** The ward's typed copy of QĐ 1665, with one typo ("khạc nhố") to correct during the review. */
async function typedCopyWithTypo(): Promise<Buffer> {
  const lines = qd1665Lines().map((line) => line.replace('khạc nhổ', 'khạc nhố'));
  expect(lines.join('\n')).toContain(TYPO);
  return Buffer.from(await buildDocx(lines));
}

describe('a ward brings the official text of a code of conduct into Quy tắc ứng xử', () => {
  const openWard = useWardHarness('rules');

  it('sees the QĐ 522 prompt, imports the QĐ 1665 Word copy, corrects a typo, verifies Điều 3, saves version 2 and finds it without accents', async () => {
    const { harness: h } = await openWard();
    const { page } = h;

    // Tổng quan already says that QĐ 522 has no official text.
    await page.getByTestId('official-text-prompt').getByText('QĐ 522/QĐ-UBND ngày 25/01/2017').waitFor();
    await h.screenshot('rules-01-overview-prompt');

    // Its button opens Quy tắc ứng xử straight on the import.
    await page.getByTestId('official-text-prompt').getByRole('button', { name: 'Nhập văn bản chính thức' }).click();
    const rulesPage = page.getByTestId('rules-page');
    await rulesPage.getByTestId('rule-import-source').waitFor();
    expect(await rulesPage.getByRole('tab', { name: 'Nhập văn bản' }).getAttribute('aria-selected')).toBe('true');
    await rulesPage.getByRole('tab', { name: 'Các bộ quy tắc' }).click();
    const prompt = rulesPage.getByTestId('official-text-prompt');
    await prompt.waitFor();
    const table = page.getByTestId('rule-set-table');
    const row522 = table.locator('tr.ant-table-row', { hasText: 'QĐ 522' });
    await row522.waitFor();
    expect(await table.locator('tr.ant-table-row').count()).toBe(3);
    const row522Text = await row522.innerText();
    for (const part of ['Số 522/QĐ-UBND', 'ngày 25/01/2017', 'Đang có hiệu lực', '0/11', '11 điều']) expect(row522Text).toContain(part);
    await h.screenshot('rules-02-list');

    // QĐ 522's articles are gaps, said plainly; no wording passes for official.
    await row522.getByRole('button', { name: 'Xem QĐ 522' }).click();
    const browser = page.getByTestId('rule-set-browser');
    await browser.getByTestId('rule-set-info').getByText('Quy tắc ứng xử của cán bộ, công chức, viên chức').waitFor();
    expect(await browser.getByTestId('rule-gap').count()).toBe(11);
    expect(await browser.getByTestId('rule-gap').first().innerText()).toBe('Chưa có văn bản chính thức');
    await h.screenshot('rules-03-browse-522-gaps');

    await prompt.getByRole('button', { name: 'Nhập văn bản chính thức' }).click();
    const fileInput = page.getByTestId('rule-import-source').locator('input[type=file]');
    await fileInput.waitFor({ state: 'attached' });

    // A file that is not a Word document is refused with the service's message; nothing is stored.
    await fileInput.setInputFiles({ name: 'quy-tac-ung-xu.docx', mimeType: DOCX_TYPE, buffer: Buffer.from('đây không phải tệp Word') });
    const importError = page.getByTestId('rule-import-error');
    await importError.waitFor();
    expect(await importError.innerText()).toContain('không phải tệp Word (.docx) hợp lệ');
    expect(storedVersions(h)).toHaveLength(0);

    await fileInput.setInputFiles({ name: 'qd-1665-ban-danh-may.docx', mimeType: DOCX_TYPE, buffer: await typedCopyWithTypo() });
    const review = page.getByTestId('rule-import-review');
    await review.waitFor();
    const source = review.getByTestId('rule-source-text');
    expect(await source.innerText()).toContain(TYPO);
    expect(await review.getByTestId('rule-import-warnings').innerText()).toContain('Dòng 1');
    const tree = review.getByTestId('rule-edit-tree');
    const typoRow = tree.locator('[data-label="Điều 3 · Không nên làm 5"]');
    expect(await typoRow.innerText()).toContain(TYPO);
    await h.screenshot('rules-04-review-side-by-side');

    // Correct the typo against the official text.
    await typoRow.getByRole('button', { name: 'Sửa Điều 3 · Không nên làm 5' }).click();
    const modal = page.locator('.ant-modal', { hasText: 'Sửa Điều 3 · Không nên làm 5' });
    await modal.getByLabel('Nội dung').fill(CORRECTED);
    await h.screenshot('rules-05-edit-node');
    await modal.getByRole('button', { name: 'Áp dụng' }).click();
    await modal.waitFor({ state: 'hidden' });
    expect(await typoRow.innerText()).toContain(CORRECTED);

    // Điều 3 checked line by line: marking the article marks its lists and items.
    expect(await tree.getByTestId('rule-verified-count').innerText()).toMatch(/^Đã đối chiếu 0\//);
    await tree.getByLabel('Đã đối chiếu với văn bản chính thức: Điều 3', { exact: true }).check();
    expect(await tree.getByLabel('Đã đối chiếu với văn bản chính thức: Điều 3 · Không nên làm 5').isChecked()).toBe(true);
    expect(await tree.getByLabel('Đã đối chiếu với văn bản chính thức: Điều 1', { exact: true }).isChecked()).toBe(false);

    // Saving as a new set under a code already used is refused with the service's message.
    const form = page.getByTestId('rule-save-form');
    await form.getByText('Bộ quy tắc mới', { exact: true }).click();
    expect(await form.getByLabel('Số quyết định').inputValue()).toBe('1665/QĐ-UBND');
    expect(await form.getByLabel('Ngày ban hành').inputValue()).toBe('10/03/2017');
    await form.getByLabel('Mã bộ quy tắc').fill('qd-1665-2017');
    await form.getByLabel('Tên ngắn').fill('QĐ 1665');
    await form.getByLabel('Cơ quan ban hành').fill('UBND thành phố Hà Nội');
    await form.getByRole('button', { name: 'Lưu bộ quy tắc' }).click();
    const saveError = page.getByTestId('rule-save-error');
    await saveError.waitFor();
    expect(await saveError.innerText()).toContain('Đã có bộ quy tắc mã qd-1665-2017');
    expect(storedVersions(h)).toHaveLength(0);

    // Saved as version 2 of QĐ 1665.
    await form.getByText('Phiên bản mới của bộ quy tắc đã có', { exact: true }).click();
    const target = form.getByLabel('Bộ quy tắc nhận phiên bản mới');
    await target.click();
    await page.locator('.ant-select-item-option', { hasText: 'QĐ 1665' }).click();
    await form.getByLabel('Ghi chú nguồn').fill('Bản Word của Văn phòng HĐND-UBND, đối chiếu Điều 3 với bản in chính thức.');
    await form.getByRole('button', { name: 'Lưu bộ quy tắc' }).click();
    const saved = page.getByTestId('rule-import-saved');
    await saved.getByText('Đã lưu QĐ 1665 — phiên bản 2').waitFor();
    await h.screenshot('rules-06-saved');

    const stored = storedVersions(h);
    expect(stored).toHaveLength(1);
    const version2 = stored[0]!.ruleSet;
    expect([version2.id, version2.version]).toEqual(['qd-1665-2017', 2]);
    const nodes = allNodes(version2.nodes);
    const corrected = nodes.find((n) => n.text === CORRECTED);
    expect(corrected?.verified).toBe(true);
    expect(nodes.some((n) => n.text.includes('khạc nhố'))).toBe(false);
    expect(nodes.find((n) => n.kind === 'article' && n.number === '1')?.verified).toBe(false);

    // Browse it and find the corrected item, typed without accents.
    await saved.getByRole('button', { name: 'Xem bộ quy tắc' }).click();
    await browser.getByTestId('rule-set-info').getByText('2 — Do phường nhập', { exact: false }).waitFor();
    expect(await browser.getByLabel('Phiên bản').count()).toBe(1);
    await browser.getByLabel('Tìm trong bộ quy tắc').fill('khac nho');
    const summary = browser.getByTestId('rule-search-summary');
    await summary.getByText('Tìm thấy 1 mục').waitFor();
    expect(await summary.innerText()).toContain('QĐ 1665 · Điều 3 · Không nên làm 5');
    const match = browser.locator('[data-testid="rule-node"][data-match="true"]');
    expect(await match.count()).toBe(1);
    expect(await match.locator('mark').allInnerTexts()).toEqual(['khạc nhổ']);
    // Verified wording carries no warning; unverified wording (Điều 1) does, with what to do about it.
    expect(await match.getByTestId('rule-unverified').count()).toBe(0);

    await browser.getByLabel('Tìm trong bộ quy tắc').fill('doi tuong ap dung');
    await summary.getByText('QĐ 1665 · Điều 2', { exact: true }).waitFor();
    const article2 = browser.locator('[data-testid="rule-node"][data-match="true"]', { hasText: 'Điều 2. Phạm vi và đối tượng áp dụng' });
    expect(await article2.count()).toBe(1);
    await article2.getByTestId('rule-unverified').hover();
    // The hint says what to do; where the wording came from stays out of sight (plainSource.ts).
    await page.getByRole('tooltip', { name: /chưa đối chiếu với văn bản gốc/ }).waitFor();
    await h.screenshot('rules-07-search-without-accents');

    // The shipped version 1 is still there, through the version picker.
    await browser.getByLabel('Phiên bản').click();
    await page.locator('.ant-select-item-option', { hasText: 'Phiên bản 1' }).click();
    await browser.getByTestId('rule-set-info').getByText('1 — Có sẵn trong chương trình', { exact: false }).waitFor();

    // QĐ 522 still has no official text: the prompt stays.
    expect(await prompt.count()).toBe(1);
    expect(h.pageErrors).toEqual([]);
    expect(h.consoleErrors).toEqual([]);
  });
});
