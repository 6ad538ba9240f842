import { describe, expect, it } from 'vitest';
import { createHandlers } from '../../electron/services/handlers';
import { dispatch } from '../../electron/services/dispatch';
import { Session } from '../../electron/services/session';
import { waitForAnimations, type Harness } from './harness';
import { useWardHarness } from './support/wardHarness';

/** Two civil servants of Phòng Kinh tế, set up through the services before the window opens. */
async function seedWard(folder: string): Promise<void> {
  const session = new Session(folder, { app: 'E2E setup', now: () => new Date() });
  await session.open();
  try {
    const handlers = createHandlers(session);
    const units = await dispatch(handlers, 'createUnit', { name: 'Phòng Kinh tế, Hạ tầng và Đô thị', shortName: 'KT-HT-ĐT' });
    if (!units.ok) throw new Error(units.error.message);
    for (const [code, fullName] of [['CB0002', 'Trần Thị Bình'], ['CB0003', 'Lê Văn Cường']] as const) {
      const made = await dispatch(handlers, 'createStaff', { code, fullName, category: 'civilServant', position: 'Chuyên viên', unitId: units.data[0]!.id, birthDate: null, startDate: '2020-01-01', statusDate: null, commitmentSignedAt: null });
      if (!made.ok) throw new Error(made.error.message);
    }
  } finally {
    await session.close();
  }
}

const year = () => String(new Date().getFullYear());
const storedViolations = (h: Harness) => h.session.store.collection('violations', year()).records;
const storedCommendations = (h: Harness) => h.session.store.collection('commendations', year()).records;

describe('a ward corrects its records: edits before the conclusion, amends after it with a reason, edits a commendation', () => {
  const openWard = useWardHarness('violation-edits', { seed: seedWard });

  it('fixes a description before concluding, refuses an amendment without a reason, keeps the amendment old → new, and rewords a commendation', async () => {
    const { harness: h } = await openWard();
    const { page } = h;
    const option = (text: string) => page.locator('.ant-select-item-option', { hasText: text }).first();

    // Ghi nhận: one person, one rule, a description with a slip in it.
    await page.getByRole('menuitem', { name: 'Vi phạm' }).click();
    await page.getByTestId('violations-page').waitFor();
    await page.getByRole('button', { name: 'Ghi nhận vi phạm' }).click();
    const form = page.getByTestId('violation-form');
    await form.waitFor();
    const choose = async (label: string, typed: string, text: string) => {
      const select = form.getByLabel(label);
      await select.click();
      await select.fill(typed);
      await option(text).click();
      await page.keyboard.press('Escape');
    };
    await choose('Người vi phạm', 'tran thi binh', 'Trần Thị Bình (CB0002)');
    await choose('Điều khoản vi phạm', 'khong nen lam 5', 'QĐ 1665 · Điều 3 · Không nên làm 5');
    await form.getByLabel('Địa điểm').fill('Sảnh Bộ phận Một cửa');
    await form.getByLabel('Nội dung vi phạm').fill('Hút thuốc tại sảnh tiếp công dn');
    await form.getByRole('button', { name: 'Lưu' }).click();
    await form.waitFor({ state: 'detached' });

    // Sửa before the conclusion: the Ghi nhận form comes back filled with the record.
    const drawer = page.getByTestId('violation-drawer');
    await drawer.getByTestId('violation-facts').waitFor();
    expect(await drawer.getByTestId('violation-state').innerText()).toBe('Ghi nhận');
    expect(await drawer.getByRole('button', { name: 'Sửa đổi (bổ sung)' }).count()).toBe(0);
    await drawer.getByRole('button', { name: 'Sửa', exact: true }).click();
    await form.waitFor();
    expect(await page.locator('.ant-drawer-title', { hasText: 'Sửa vi phạm' }).count()).toBe(1);
    expect(await form.getByLabel('Nội dung vi phạm').inputValue()).toBe('Hút thuốc tại sảnh tiếp công dn');
    expect(await form.getByLabel('Địa điểm').inputValue()).toBe('Sảnh Bộ phận Một cửa');
    const filled = await form.innerText();
    expect(filled).toContain('Trần Thị Bình (CB0002)');
    expect(filled).toContain('QĐ 1665 · Điều 3 · Không nên làm 5');
    expect(await form.locator('input[type=file]').count()).toBe(0);
    await form.getByLabel('Nội dung vi phạm').fill('Hút thuốc tại sảnh tiếp công dân');
    await h.screenshot('violation-edit-01-form');
    await form.getByRole('button', { name: 'Lưu' }).click();
    await form.waitFor({ state: 'detached' });
    await expect.poll(() => drawer.getByTestId('violation-facts').innerText()).toContain('Hút thuốc tại sảnh tiếp công dân');
    const edit = drawer.getByTestId('violation-edit');
    expect(await edit.innerText()).toContain('Nội dung: Hút thuốc tại sảnh tiếp công dn → Hút thuốc tại sảnh tiếp công dân');
    expect(storedViolations(h)).toHaveLength(1);
    expect(storedViolations(h)[0]).toMatchObject({ state: 'recorded', description: 'Hút thuốc tại sảnh tiếp công dân', place: 'Sảnh Bộ phận Một cửa', amendments: [] });
    await page.keyboard.press('Escape');
    await drawer.waitFor({ state: 'hidden' });
    const rows = page.getByTestId('violation-table').locator('tr.ant-table-row');
    await expect.poll(() => rows.first().innerText()).toContain('Hút thuốc tại sảnh tiếp công dân');
    expect(await rows.count()).toBe(1);
    await h.screenshot('violation-edit-02-list');

    // Ghi nhận → Chờ giải trình → Xem xét → Kết luận (nhắc nhở).
    await rows.first().click();
    await drawer.getByTestId('violation-facts').waitFor();
    const moveModal = page.locator('.ant-modal', { has: page.getByTestId('move-modal') });
    const move = async (action: string, fill?: () => Promise<void>) => {
      await drawer.getByRole('button', { name: action }).click();
      await moveModal.waitFor();
      if (fill) await fill();
      await moveModal.getByRole('button', { name: 'Xác nhận' }).click();
      await moveModal.waitFor({ state: 'detached' });
    };
    await move('Yêu cầu giải trình');
    await move('Chuyển xem xét', () => moveModal.getByLabel('Nội dung giải trình').fill('Tôi nhận khuyết điểm.'));
    await move('Kết luận', async () => {
      await moveModal.getByLabel('Mức độ vi phạm').click();
      await option('Ít nghiêm trọng').click();
      await moveModal.getByLabel('Biện pháp xử lý').click();
      await option('Nhắc nhở').click();
      await moveModal.getByLabel('Nội dung kết luận').fill('Nhắc nhở, yêu cầu rút kinh nghiệm.');
    });
    await expect.poll(() => drawer.getByTestId('violation-state').innerText()).toBe('Kết luận');

    // A concluded record has no "Sửa", only "Sửa đổi (bổ sung)".
    expect(await drawer.getByRole('button', { name: 'Sửa', exact: true }).count()).toBe(0);
    await drawer.getByRole('button', { name: 'Sửa đổi (bổ sung)' }).click();
    const amendModal = page.locator('.ant-modal', { has: page.getByTestId('amend-modal') });
    await amendModal.waitFor();
    expect(await amendModal.getByLabel('Địa điểm').inputValue()).toBe('Sảnh Bộ phận Một cửa');
    expect(await amendModal.getByTestId('measure-select').innerText()).toContain('Nhắc nhở');
    await amendModal.getByLabel('Địa điểm').fill('Phòng tiếp công dân tầng 1');
    await amendModal.getByLabel('Biện pháp xử lý').click();
    await option('Phê bình').click();

    // Without a reason the service refuses, in Vietnamese, and nothing is written.
    await amendModal.getByRole('button', { name: 'Lưu sửa đổi' }).click();
    const refusal = amendModal.getByTestId('amend-error');
    await refusal.waitFor();
    expect(await refusal.innerText()).toContain('Nhập lý do đính chính');
    expect(storedViolations(h)[0]).toMatchObject({ place: 'Sảnh Bộ phận Một cửa', measure: 'reminder', amendments: [] });
    await refusal.scrollIntoViewIfNeeded();
    await h.screenshot('violation-edit-03-amend-refused');

    // With the reason: saved, and the history shows who, when, why, old → new.
    await amendModal.getByLabel('Lý do đính chính').fill('Ghi nhầm địa điểm; Hội đồng thống nhất phê bình');
    await amendModal.getByRole('button', { name: 'Lưu sửa đổi' }).click();
    await amendModal.waitFor({ state: 'detached' });
    const amendment = drawer.getByTestId('violation-amendment');
    await amendment.waitFor();
    const history = await amendment.innerText();
    expect(history).toContain('Nguyễn Văn An: sửa đổi, bổ sung (đính chính)');
    expect(history).toMatch(/\d{2}\/\d{2}\/\d{4} \d{2}:\d{2}/);
    expect(history).toContain('Lý do: Ghi nhầm địa điểm; Hội đồng thống nhất phê bình');
    expect(history).toContain('Địa điểm: Sảnh Bộ phận Một cửa → Phòng tiếp công dân tầng 1');
    expect(history).toContain('Biện pháp xử lý: Nhắc nhở → Phê bình');
    expect(await drawer.getByTestId('violation-facts').innerText()).toContain('Phòng tiếp công dân tầng 1');
    const amended = storedViolations(h)[0]!;
    expect(amended).toMatchObject({ state: 'concluded', place: 'Phòng tiếp công dân tầng 1', measure: 'criticism' });
    expect(amended.amendments).toHaveLength(1);
    expect(amended.amendments[0]!.by).toBe('Nguyễn Văn An');
    expect(Object.keys(amended.amendments[0]!.changes).sort()).toEqual(['measure', 'place']);
    await amendment.scrollIntoViewIfNeeded();
    await h.screenshot('violation-edit-04-history');
    await page.keyboard.press('Escape');
    await drawer.waitFor({ state: 'hidden' });

    // A commendation: added, then its reason reworded with the same form filled in.
    await page.getByRole('tab', { name: 'Biểu dương, khen thưởng' }).click();
    const tab = page.getByTestId('commendations-tab');
    await tab.getByRole('button', { name: 'Thêm biểu dương, khen thưởng' }).click();
    const commendationModal = page.locator('.ant-modal', { has: page.getByTestId('commendation-modal') });
    await commendationModal.waitFor();
    const person = commendationModal.getByRole('combobox', { name: 'Cá nhân' });
    await person.click();
    await person.fill('le van cuong');
    await option('Lê Văn Cường (CB0003)').click();
    await page.keyboard.press('Escape');
    await commendationModal.getByLabel('Lý do', { exact: true }).fill('Hướng dẫn tận tình người dân');
    await commendationModal.getByRole('button', { name: 'Lưu' }).click();
    await commendationModal.waitFor({ state: 'detached' });
    const commendationRows = tab.locator('tr.ant-table-row');
    await expect.poll(() => commendationRows.count()).toBe(1);
    const id = storedCommendations(h)[0]!.id;

    await commendationRows.first().getByRole('button', { name: 'Sửa' }).click();
    await commendationModal.waitFor();
    expect(await page.locator('.ant-modal-title', { hasText: 'Sửa biểu dương, khen thưởng' }).count()).toBe(1);
    expect(await commendationModal.getByLabel('Lý do', { exact: true }).inputValue()).toBe('Hướng dẫn tận tình người dân');
    expect(await commendationModal.innerText()).toContain('Lê Văn Cường (CB0003)');
    await commendationModal.getByLabel('Lý do', { exact: true }).fill('Hướng dẫn tận tình người dân làm thủ tục, được gửi thư cảm ơn');
    await waitForAnimations(page);
    await h.screenshot('violation-edit-05-commendation-form');
    await commendationModal.getByRole('button', { name: 'Lưu' }).click();
    await commendationModal.waitFor({ state: 'detached' });
    await expect.poll(() => commendationRows.first().innerText()).toContain('được gửi thư cảm ơn');
    expect(await commendationRows.count()).toBe(1);
    expect(storedCommendations(h)).toHaveLength(1);
    expect(storedCommendations(h)[0]).toMatchObject({ id, reason: 'Hướng dẫn tận tình người dân làm thủ tục, được gửi thư cảm ơn', form: 'praise' });
    expect(storedCommendations(h)[0]!.staffIds).toHaveLength(1);
    await h.screenshot('violation-edit-06-commendations');
    expect(h.pageErrors).toEqual([]);
  });
});
