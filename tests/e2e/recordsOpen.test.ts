/**
 * Records opened and removed where a clerk looks: May's frozen figures from Kỳ đánh giá, and an evidence
 * file removed from a violation only after a question that names it.
 */
import { describe, expect, it } from 'vitest';
import { createHandlers } from '../../electron/services/handlers';
import { dispatch } from '../../electron/services/dispatch';
import { seedDemoWard } from './support/demoWard';
import { recordViolationToday } from './support/recordedViolation';
import { useWardHarness } from './support/wardHarness';
import { stateFilterOf } from './support/violationFilters';

const silent = () => undefined;
/** A 1×1 PNG: what a phone photo of a notice board stands in for. */
const PNG = 'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==';

describe('records opened and removed from where the clerk looks', () => {
  const openWard = useWardHarness('records-open');

  it("opens last month's frozen figures from Kỳ đánh giá once it is closed", async () => {
    const { harness: h } = await openWard({ seed: seedDemoWard });
    const { page } = h;
    const handlers = createHandlers(h.session);
    const now = new Date();
    const last = new Date(now.getFullYear(), now.getMonth() - 1, 1);
    const period = `${last.getFullYear()}-${String(last.getMonth() + 1).padStart(2, '0')}`;
    const sets = await dispatch(handlers, 'listCriteriaSets', {}, silent);
    const setId = sets.ok ? sets.data.find((s) => s.isActive && s.subject === 'staff')!.setId : '';
    await page.setViewportSize({ width: 1093, height: 574 });
    await page.getByRole('menuitem', { name: 'Thi đua' }).click();
    await page.getByRole('tab', { name: 'Kỳ đánh giá' }).click();
    await page.getByTestId(`scored-${period}`).first().waitFor();
    expect(await page.getByTestId(`snapshot-${period}`).count()).toBe(0);

    const closed = await dispatch(handlers, 'closePeriod', { period, setId, allowIncomplete: true, reason: 'Chốt số liệu để báo cáo' }, silent);
    if (!closed.ok) throw new Error(closed.error.message);
    await page.getByRole('menuitem', { name: 'Cài đặt' }).click();
    await page.getByRole('menuitem', { name: 'Thi đua' }).click();
    await page.getByRole('tab', { name: 'Kỳ đánh giá' }).click();
    await page.getByTestId(`snapshot-${period}`).first().click();
    const preview = page.getByTestId('pdf-preview');
    await preview.locator('canvas').first().waitFor();
    expect(await page.locator('.ant-modal-title').last().innerText()).toBe(`Số liệu đã chốt — ${closed.data.label} (${closed.data.setName})`);
    const ok = page.getByRole('dialog').last().locator('.ant-modal-footer').getByRole('button', { name: 'Đóng' });
    const box = await ok.boundingBox();
    expect(box && box.y + box.height).toBeLessThanOrEqual(574);
    await h.screenshot('records-01-frozen-figures');
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Lưu tệp PDF' }).click()]);
    expect(download.suggestedFilename()).toMatch(/^ban-chot-thang-\d\d-\d{4}-.+\.pdf$/);
    expect(h.pageErrors).toEqual([]);
  });

  it('asks "Bỏ tệp chứng cứ “ảnh-bảng-tin.png” khỏi vi phạm này?" and says what was removed', async () => {
    const { harness: h } = await openWard({ seed: seedDemoWard });
    const { page } = h;
    const handlers = createHandlers(h.session);
    const violation = (await recordViolationToday(h.session, 'Để điện thoại đổ chuông trong cuộc họp giao ban')).row;
    const added = await dispatch(handlers, 'addEvidence', { violationId: violation.id, file: { fileName: 'ảnh-bảng-tin.png', dataBase64: PNG } }, silent);
    expect(added.ok).toBe(true);
    await page.setViewportSize({ width: 1093, height: 574 });
    await page.getByRole('menuitem', { name: 'Vi phạm' }).click();
    await (await stateFilterOf(page)).click();
    await page.locator('.ant-select-dropdown:visible').getByTitle('Ghi nhận', { exact: true }).click();
    await page.getByTestId('violation-table').locator('.ant-table-row', { hasText: violation.description.slice(0, 40) }).first().click();
    const evidence = page.getByTestId('evidence-list');
    await evidence.getByText('ảnh-bảng-tin.png').waitFor();
    await evidence.getByRole('button', { name: 'Bỏ' }).click();
    const question = page.locator('.ant-popconfirm-title');
    await question.waitFor();
    expect(await question.innerText()).toBe('Bỏ tệp chứng cứ “ảnh-bảng-tin.png” khỏi vi phạm này?');
    await h.screenshot('records-02-remove-evidence-question');
    await page.locator('.ant-popconfirm').getByRole('button', { name: 'Thôi' }).click();
    await question.waitFor({ state: 'hidden' });
    expect(h.session.store.collection('violations', violation.date.slice(0, 4)).records.find((v) => v.id === violation.id)?.evidence).toHaveLength(1);
    await evidence.getByRole('button', { name: 'Bỏ' }).click();
    await page.locator('.ant-popconfirm').getByRole('button', { name: 'Bỏ tệp' }).click();
    await page.getByText('Đã bỏ tệp chứng cứ “ảnh-bảng-tin.png”.').waitFor();
    await evidence.getByText('Chưa có tệp chứng cứ.').waitFor();
    await h.screenshot('records-03-evidence-removed');
    expect(h.pageErrors).toEqual([]);
  });
});
