/**
 * Internal notes stay internal: the clerk walks every screen of the demo ward (and the drawers and
 * tooltips a clerk opens) and never reads a research note ("VERBATIM", "QUOTED-PRESS", "lawnet.vn,
 * S7: …"), a raw period key ("Kỳ 2026-10"), an ISO date or time, or a backup's file name with its UTC time.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import type { Harness } from './harness';
import { seedDemoWard } from './support/demoWard';
import { useWardHarness } from './support/wardHarness';

/** What a person must never read; each with the reason, so a failure says what slipped through. */
const FORBIDDEN: { pattern: RegExp; what: string }[] = [
  { pattern: /VERBATIM/i, what: 'research note "VERBATIM"' },
  { pattern: /QUOTED-PRESS/i, what: 'research note "QUOTED-PRESS"' },
  { pattern: /lawnet|luatsubinh|giaoducthoidai|vietnamplus|laodongthudo|\b[a-z]+\.(?:com\.)?vn\b/i, what: 'a web source' },
  { pattern: /\bS\d+\s*[:,)]/, what: 'a research source key like "S7:"' },
  { pattern: /CHƯA ĐƯỢC KIỂM CHỨNG|confidence|độ tin cậy/i, what: 'a confidence label' },
  { pattern: /\d{4}-\d{2}-\d{2}/, what: 'an ISO date' },
  { pattern: /T\d\d:\d\d/, what: 'an ISO time' },
  { pattern: /Kỳ \d{4}-(?:\d\d|Q\d|H\d)/, what: 'a raw period key' },
  { pattern: /[^\s(]+\.wcbak|\d{8}T\d{6}Z|\d{6}Z\b/i, what: 'a backup file name with its UTC time' }, // the kind of file ("tệp .wcbak") may be named
];

/** Everything on the page a person can read: its text, tooltips' titles and placeholders. */
async function readableText(page: Page): Promise<string> {
  return page.evaluate(() => {
    const extra = [...document.querySelectorAll('[title], [placeholder]')].map((el) => `${el.getAttribute('title') ?? ''} ${el.getAttribute('placeholder') ?? ''}`);
    return `${document.body.innerText}\n${extra.join('\n')}`;
  });
}

/** The forbidden things on the page now, with the line they were in. */
async function findForbidden(page: Page, where: string): Promise<string[]> {
  const lines = (await readableText(page)).split('\n');
  const found: string[] = [];
  for (const { pattern, what } of FORBIDDEN) {
    const line = lines.find((l) => pattern.test(l));
    if (line) found.push(`${where}: ${what} — «${line.trim().slice(0, 160)}»`);
  }
  return found;
}

async function open(page: Page, menu: string, testId: string): Promise<void> {
  await page.getByRole('menuitem', { name: menu }).click();
  await page.getByTestId(testId).waitFor();
}

/** Hovers every tag and heading that carries a tooltip on the rule set shown, and reads the tooltips. */
async function readRuleTooltips(page: Page, where: string): Promise<string[]> {
  const found: string[] = [];
  for (const testId of ['rule-unverified', 'rule-gap']) {
    const marks = page.getByTestId(testId);
    const count = Math.min(await marks.count(), 3);
    for (let i = 0; i < count; i += 1) {
      await marks.nth(i).hover();
      const tip = page.locator('.ant-tooltip:visible').last();
      await tip.waitFor();
      const text = await tip.innerText();
      for (const { pattern, what } of FORBIDDEN) if (pattern.test(text)) found.push(`${where}, chú thích ${testId} ${i + 1}: ${what} — «${text.slice(0, 160)}»`);
      await page.mouse.move(0, 0);
      await tip.waitFor({ state: 'hidden' });
    }
  }
  return found;
}

async function tour(h: Harness): Promise<string[]> {
  const { page } = h;
  const found: string[] = [];
  const check = async (where: string) => found.push(...(await findForbidden(page, where)));

  await page.getByTestId('ward-name').waitFor();
  await check('Tổng quan');

  await open(page, 'Cán bộ', 'roster-table');
  await page.getByTestId('roster-table').locator('.roster-row').first().waitFor();
  await check('Cán bộ');
  for (const tab of ['Đơn vị', 'Cam kết', 'Nhập từ Excel']) {
    await page.getByRole('tab', { name: tab }).click();
    await page.waitForTimeout(300);
    await check(`Cán bộ › ${tab}`);
  }

  await open(page, 'Quy tắc ứng xử', 'rule-set-table');
  await page.getByTestId('rule-set-table').locator('.ant-table-row').first().waitFor();
  await check('Quy tắc ứng xử');
  const openButtons = page.getByTestId('rule-set-table').getByRole('button', { name: /^Xem / });
  const setCount = await openButtons.count();
  for (let i = 0; i < setCount; i += 1) {
    await page.getByRole('tab', { name: 'Các bộ quy tắc' }).click();
    const label = (await openButtons.nth(i).getAttribute('aria-label')) ?? `bộ ${i + 1}`;
    await openButtons.nth(i).click();
    await page.getByTestId('rule-set-info').waitFor();
    await page.getByTestId('rule-node').first().waitFor();
    await check(`Quy tắc › ${label}`);
    await h.screenshot(`plain-words-rules-${i + 1}`);
    found.push(...(await readRuleTooltips(page, `Quy tắc › ${label}`)));
  }

  await open(page, 'Vi phạm', 'violation-table');
  await page.getByTestId('violation-table').locator('.ant-table-row').first().waitFor();
  await check('Vi phạm');
  await page.getByTestId('violation-table').locator('.ant-table-row').first().click();
  await page.getByTestId('violation-drawer').waitFor();
  await page.waitForTimeout(400);
  await check('Vi phạm › hồ sơ');
  await page.getByTestId('violation-drawer').locator('.ant-drawer-close').click();
  await page.getByTestId('violation-drawer').waitFor({ state: 'detached' });
  for (const tab of ['Biểu dương, khen thưởng', 'Biên bản sinh hoạt tháng']) {
    await page.getByRole('tab', { name: tab }).click();
    await page.waitForTimeout(400);
    await check(`Vi phạm › ${tab}`);
  }

  await open(page, 'Thi đua', 'score-grid');
  await check('Thi đua › Chấm điểm');
  await page.getByTestId('unit-summary-toggle').click();
  await page.getByTestId('unit-summary-detail').waitFor();
  await check('Thi đua › tổng hợp đơn vị');
  await page.getByTestId('unit-summary-toggle').click();
  for (const tab of ['Kỳ đánh giá', 'Nhập từ Excel', 'Danh hiệu cuối năm', 'Bộ tiêu chí']) {
    await page.getByRole('tab', { name: tab }).click();
    await page.waitForTimeout(600);
    await check(`Thi đua › ${tab}`);
  }

  await open(page, 'Bảng niêm yết', 'posters-page');
  await page.waitForTimeout(600);
  await check('Bảng niêm yết');

  await page.getByRole('menuitem', { name: 'Cài đặt' }).click();
  await page.getByRole('button', { name: 'Sao lưu ngay' }).click();
  await page.locator('.ant-message-notice').first().waitFor();
  await check('Cài đặt (sau khi sao lưu)');
  return found;
}

describe('the clerk reads plain Vietnamese, never an internal note', () => {
  const openWard = useWardHarness('plain-words');

  // A long walk (every screen, every rule set, tooltips): more time than one screen's test.
  it('walks every screen of the demo ward at 1093×574 and reads no source note, key, ISO date or backup file name', { timeout: 300_000 }, async () => {
    const { harness: h } = await openWard({ seed: seedDemoWard });
    await h.page.setViewportSize({ width: 1093, height: 574 });
    const found = await tour(h);
    expect(found).toEqual([]);
    expect(h.pageErrors).toEqual([]);
  });
});
