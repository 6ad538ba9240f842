/**
 * The clause picker of the Ghi nhận form reads like the rules: each choice shows its wording under its
 * address, and the clerk finds a clause by its words typed without accents ("dien thoai", "di lam muon").
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { createHandlers } from '../../electron/services/handlers';
import { dispatch } from '../../electron/services/dispatch';
import { Session } from '../../electron/services/session';
import { useWardHarness } from './support/wardHarness';

/** The ward's own workplace rules, as its clerk pastes them from the signed decision. */
const WARD_RULES = [
  'QUY TẮC ỨNG XỬ TẠI TRỤ SỞ UBND PHƯỜNG',
  '(Ban hành kèm theo Quyết định số 20/QĐ-UBND ngày 05/01/2026 của UBND phường Hoàn Kiếm)',
  'Điều 1. Giờ làm việc',
  '1. Không đi làm muộn, về sớm khi không có lý do chính đáng.',
  '2. Không bỏ vị trí làm việc trong giờ hành chính.',
  'Điều 2. Trong phòng làm việc',
  '1. Không sử dụng điện thoại di động vào việc riêng khi đang tiếp công dân.',
  '2. Không hút thuốc lá trong phòng làm việc.',
].join('\n');

async function seedWardRules(folder: string): Promise<void> {
  const session = new Session(folder, { app: 'E2E setup', now: () => new Date() });
  await session.open();
  try {
    const handlers = createHandlers(session);
    const preview = await dispatch(handlers, 'previewRuleImport', { text: WARD_RULES });
    if (!preview.ok) throw new Error(preview.error.message);
    const saved = await dispatch(handlers, 'saveRuleImport', {
      tree: preview.data.tree,
      asNewRuleSet: {
        id: 'tru-so-2026', title: 'Quy tắc ứng xử tại trụ sở UBND phường', shortName: 'QĐ 20',
        decision: { number: '20/QĐ-UBND', date: '2026-01-05', issuer: 'UBND phường Hoàn Kiếm' }, effectiveDate: '2026-01-05',
      },
    });
    if (!saved.ok) throw new Error(saved.error.message);
  } finally {
    await session.close();
  }
}

/** The choices the open dropdown shows now, as address and wording. */
async function shownChoices(page: Page): Promise<string[]> {
  return page.locator('.ant-select-dropdown:visible [data-testid="rule-choice"]').allInnerTexts();
}

describe('the clause picker shows and searches the rules\' words', () => {
  const openWard = useWardHarness('clause-picker', { seed: seedWardRules });

  it('finds the phone clause by "dien thoai" and the lateness clause by "di lam muon", at 1093×574 and 1920×1080', async () => {
    const { harness: h } = await openWard();
    const { page } = h;
    for (const size of [{ width: 1093, height: 574, name: 'small' }, { width: 1920, height: 1080, name: 'large' }] as const) {
      await page.setViewportSize(size);
      await page.getByRole('menuitem', { name: 'Vi phạm' }).click();
      await page.getByRole('button', { name: 'Ghi nhận vi phạm' }).click();
      const form = page.getByTestId('violation-form');
      await form.waitFor();
      const picker = form.getByLabel('Điều khoản vi phạm');

      await picker.click();
      await picker.fill('dien thoai');
      await expect.poll(() => shownChoices(page)).toEqual(['QĐ 20 · Điều 2 · Khoản 1\nKhông sử dụng điện thoại di động vào việc riêng khi đang tiếp công dân.']);
      await h.screenshot(`clause-picker-${size.name}-dien-thoai`);
      await page.locator('.ant-select-dropdown:visible [data-testid="rule-choice"]').first().click();

      await picker.fill('di lam muon');
      await expect.poll(() => shownChoices(page)).toEqual(['QĐ 20 · Điều 1 · Khoản 1\nKhông đi làm muộn, về sớm khi không có lý do chính đáng.']);
      await page.locator('.ant-select-dropdown:visible [data-testid="rule-choice"]').first().click();
      await page.keyboard.press('Escape');

      // The chosen clauses keep their words in the form, not only their codes.
      const chosen = (await form.locator('.ant-form-item', { has: page.getByLabel('Điều khoản vi phạm') }).innerText()).split('\n').filter((line) => line.startsWith('QĐ 20') && line.split(' — ').length === 2);
      expect(chosen).toEqual([
        'QĐ 20 · Điều 2 · Khoản 1 — Không sử dụng điện thoại di động vào việc riêng…',
        'QĐ 20 · Điều 1 · Khoản 1 — Không đi làm muộn, về sớm khi không có lý do…',
      ]);

      // A clause of the shipped QĐ 1665 is found by its words too, and shows them.
      await picker.click();
      await picker.fill('hut thuoc khac nho');
      await expect.poll(() => shownChoices(page)).toEqual(['QĐ 1665 · Điều 3 · Không nên làm 5\nHút thuốc, khạc nhổ, phóng uế tùy tiện.']);
      await h.screenshot(`clause-picker-${size.name}-qd-1665`);
      await page.keyboard.press('Escape');
      await form.getByRole('button', { name: 'Hủy bỏ' }).click();
      await page.getByRole('button', { name: 'Bỏ, đóng lại' }).click();
      await form.waitFor({ state: 'detached' });
    }
    expect(h.pageErrors).toEqual([]);
  });
});
