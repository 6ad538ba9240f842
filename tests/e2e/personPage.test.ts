/**
 * The person page as a clerk uses it: she opens a colleague from the roster and finds their violations,
 * commendations, scores by month with the rating, and the commitment — each opening its own record.
 */
import { describe, expect, it } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import { createHandlers } from '../../electron/services/handlers';
import { dispatch } from '../../electron/services/dispatch';
import { seedDemoWard } from './support/demoWard';
import { useWardHarness } from './support/wardHarness';

const silent = () => undefined;

const TABS = ['Thông tin', 'Vi phạm', 'Khen thưởng', 'Điểm thi đua', 'Cam kết', 'Trạng thái công tác', 'Lịch sử thay đổi'];

/** Every tab of the person page shows in the tab bar itself: none is folded into the "…" menu. */
async function expectEveryTabInSight(page: Page, drawer: Locator): Promise<void> {
  const tabs = drawer.getByTestId('staff-record-tabs');
  const bar = await tabs.locator('.ant-tabs-nav-wrap').first().boundingBox();
  expect(bar).not.toBeNull();
  for (const name of TABS) {
    const tab = drawer.getByRole('tab', { name, exact: true });
    await expect.poll(() => tab.isVisible()).toBe(true);
    const box = (await tab.boundingBox())!;
    expect(box.x, name).toBeGreaterThanOrEqual(bar!.x - 0.5);
    expect(box.x + box.width, name).toBeLessThanOrEqual(bar!.x + bar!.width + 0.5);
  }
  // The "…" button antd shows for folded tabs stays hidden.
  expect(await tabs.locator('.ant-tabs-nav-operations:not(.ant-tabs-nav-operations-hidden)').count()).toBe(0);
  expect(await page.locator('.ant-tabs-dropdown:visible').count()).toBe(0);
}

describe("a colleague's page in Cán bộ", () => {
  const openWard = useWardHarness('person-page');

  it('lists their violations, commendations, scores and commitment, and each row opens its record', async () => {
    const { harness: h } = await openWard({ seed: seedDemoWard });
    const { page } = h;
    await page.setViewportSize({ width: 1093, height: 574 });
    // Someone the demo ward recorded both a violation and a commendation for.
    const handlers = createHandlers(h.session);
    const violations = await dispatch(handlers, 'listViolations', {}, silent);
    const commendations = await dispatch(handlers, 'listCommendations', {}, silent);
    if (!violations.ok || !commendations.ok) throw new Error('demo ward not listed');
    const praised = new Set(commendations.data.flatMap((c) => c.people.map((p) => p.id)));
    const person = violations.data.rows.flatMap((v) => v.people).find((p) => praised.has(p.id))!;
    expect(person).toBeDefined();
    // The list sends the newest 500 rows: ask for this person's own to count them all.
    const theirs = await dispatch(handlers, 'listViolations', { staffId: person.id }, silent);
    if (!theirs.ok) throw new Error('their violations not listed');
    const theirViolations = theirs.data.rows;
    const theirCommendations = commendations.data.filter((c) => c.people.some((p) => p.id === person.id));

    await page.getByRole('menuitem', { name: 'Cán bộ' }).click();
    await page.getByLabel('Tìm cán bộ').fill(person.code);
    await page.getByTestId('roster-table').locator('.roster-row', { hasText: person.code }).click();
    const drawer = page.getByTestId('staff-drawer');
    await drawer.getByTestId('staff-details').waitFor();
    expect(await drawer.innerText()).not.toContain('đang được xây dựng');
    // At the office's 1093×574 window and at 1920×1080, all seven tabs are in sight.
    await page.waitForTimeout(400);
    await expectEveryTabInSight(page, drawer);
    await h.screenshot('person-00-tabs-1093');
    await page.setViewportSize({ width: 1920, height: 1080 });
    await expectEveryTabInSight(page, drawer);
    await h.screenshot('person-00-tabs-1920');
    await page.setViewportSize({ width: 1093, height: 574 });
    await drawer.getByRole('tab', { name: 'Vi phạm' }).click();

    // Vi phạm: as many rows as the ward recorded (five a page), newest first; a row opens the violation.
    const violationRows = drawer.getByTestId('staff-violations').locator('.ant-table-row');
    // The drawer may still be sliding in when the tab is first clicked: click again until the tab is shown.
    await expect.poll(async () => {
      if (!(await drawer.getByTestId('staff-violations').isVisible())) await drawer.getByRole('tab', { name: 'Vi phạm' }).click();
      return violationRows.count();
    }, { timeout: 30_000 }).toBeGreaterThan(0);
    expect(await violationRows.count()).toBe(Math.min(5, theirViolations.length));
    await h.screenshot('person-01-violations');
    await violationRows.first().click();
    const violationDrawer = page.getByTestId('violation-drawer');
    await violationDrawer.getByTestId('violation-facts').waitFor();
    expect(await violationDrawer.getByTestId('violation-facts').innerText()).toContain(theirViolations[0]!.description.slice(0, 30));
    expect(await violationDrawer.getByTestId('violation-facts').innerText()).toContain(person.fullName);
    await h.screenshot('person-02-violation-opened');
    await violationDrawer.locator('.ant-drawer-close').click();
    await violationDrawer.waitFor({ state: 'detached' });

    // Khen thưởng: a row opens the commendation's own form, with its reason.
    await drawer.getByRole('tab', { name: 'Khen thưởng' }).click();
    const praiseRows = drawer.getByTestId('staff-commendations').locator('.ant-table-row');
    await praiseRows.first().waitFor({ timeout: 30_000 });
    expect(await praiseRows.count()).toBe(Math.min(5, theirCommendations.length));
    await praiseRows.first().click();
    const praiseModal = page.getByTestId('commendation-modal');
    await praiseModal.waitFor();
    const reasons = await praiseModal.locator('textarea').evaluateAll((areas) => areas.map((a) => (a as HTMLTextAreaElement).value));
    expect(reasons).toContain(theirCommendations[0]!.reason);
    await h.screenshot('person-03-commendation-opened');
    await page.getByRole('dialog').filter({ has: praiseModal }).getByRole('button', { name: 'Thôi' }).click();
    await praiseModal.waitFor({ state: 'detached' });

    // Điểm thi đua: this year's months with total and rating, as the service computes them; a row explains the rating.
    await drawer.getByRole('tab', { name: 'Điểm thi đua' }).click();
    const year = new Date().getFullYear();
    const scores = await dispatch(handlers, 'listStaffScores', { staffId: person.id, year }, silent);
    if (!scores.ok) throw new Error(scores.error.message);
    const scoreRows = drawer.getByTestId('staff-scores').locator('.ant-table-row');
    await scoreRows.first().waitFor();
    const first = scores.data[0]!;
    const firstText = await scoreRows.first().innerText();
    expect(firstText).toContain(first.periodLabel);
    if (first.total !== null) expect(firstText).toContain(String(first.total).replace('.', ','));
    await h.screenshot('person-04-scores');
    await scoreRows.first().click();
    const breakdown = page.getByTestId('breakdown-drawer');
    await expect.poll(() => page.locator('.ant-drawer-title', { hasText: 'Giải trình xếp loại' }).innerText()).toBe(`Giải trình xếp loại — ${person.fullName}`);
    await h.screenshot('person-05-score-explained');
    await page.keyboard.press('Escape');
    await breakdown.waitFor({ state: 'detached' });

    // Cam kết: signed or not, and the person's form to read and print.
    await drawer.getByRole('tab', { name: 'Cam kết' }).click();
    const commitment = drawer.getByTestId('staff-commitment');
    await commitment.waitFor();
    const detail = await dispatch(handlers, 'getStaff', { id: person.id }, silent);
    if (!detail.ok) throw new Error(detail.error.message);
    expect(await commitment.innerText()).toContain(detail.data.commitmentSignedAt ? 'Đã ký ngày' : 'Chưa ký bản cam kết');
    await commitment.getByRole('button', { name: 'Xem bản cam kết' }).click();
    await page.getByTestId('pdf-preview').locator('canvas').first().waitFor();
    await h.screenshot('person-06-commitment-form');
    expect(h.pageErrors).toEqual([]);
  });
});
