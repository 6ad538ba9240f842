/**
 * The year-end council in the app, from the eligible list to the decision: the Hội đồng tab of Thi đua,
 * a meeting created with its chairman, secretary and members, one member marked absent, ballots saved
 * as a PDF, the counts typed in, the meeting closed, the minutes and the decision saved and read back,
 * the titles recorded under the decision.
 */
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { Session } from '../../electron/services/session';
import { listGrantedTitles } from '../../electron/services/grantedTitles';
import { scoreTheYear } from '../fixtures/council/councilWard';
import { seedWard } from '../fixtures/scoring/wardScores';
import { SCREENSHOT_DIR } from './support/projectRoot';
import { useWardHarness } from './support/wardHarness';

const TODAY = new Date('2026-12-10T02:00:00Z');

async function seed(folder: string): Promise<void> {
  const session = new Session(folder, { app: 'E2E setup', now: () => TODAY });
  await session.open();
  try {
    await seedWard(session);
    await scoreTheYear(session);
  } finally {
    await session.close();
  }
}

const pdfText = (file: string) => execFileSync('pdftotext', ['-raw', file, '-'], { encoding: 'utf8' }).normalize('NFC').replace(/\s+/g, ' ');

describe('the ward holds its year-end Hội đồng thi đua – khen thưởng in the app', () => {
  const openWard = useWardHarness('council', { seed, harness: { now: () => TODAY } });

  it('creates the meeting, prints ballots, enters the counts, closes, prints minutes and decision, records the titles', async () => {
    const { harness: h } = await openWard();
    const { page } = h;
    await page.getByRole('menuitem', { name: 'Thi đua' }).click();
    await page.getByRole('tab', { name: 'Hội đồng' }).click();
    await page.getByTestId('council-create').click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('Ngày họp').fill('12/12/2026');
    await dialog.getByLabel('Địa điểm họp').fill('Phòng họp tầng 2');
    const pick = async (label: string, name: string) => {
      await dialog.getByLabel(label).click();
      await dialog.getByLabel(label).fill(name);
      await page.locator('.ant-select-dropdown:visible .ant-select-item-option').filter({ hasText: name }).first().click();
    };
    await pick('Chủ tịch Hội đồng', 'Nguyễn Văn An');
    await pick('Thư ký Hội đồng', 'Trần Thị Bình');
    for (const name of ['Lý Thị Oanh', 'Trịnh Văn Phúc', 'Mai Thị Quỳnh']) await pick('Ủy viên Hội đồng', name);
    await page.keyboard.press('Escape');
    await dialog.getByRole('button', { name: 'Tạo cuộc họp' }).click();
    const meeting = page.getByTestId('council-meeting');
    await meeting.waitFor();
    expect(await meeting.innerText()).toContain('Xét danh hiệu thi đua, khen thưởng năm 2026');
    await meeting.getByLabel('Mai Thị Quỳnh có mặt').click();
    await expect.poll(() => meeting.innerText(), { timeout: 15_000 }).toContain('4/5 thành viên');
    expect(await meeting.innerText()).toContain('Căn cứ: Do phường tự quy định');

    const [ballots] = await Promise.all([page.waitForEvent('download'), page.getByTestId('council-ballots').click()]);
    expect(ballots.suggestedFilename()).toBe('phieu-bau-hoi-dong-2026.pdf');
    const ballotsFile = path.join(SCREENSHOT_DIR, 'council-e2e-phieu-bau.pdf');
    await ballots.saveAs(ballotsFile);
    expect(pdfText(ballotsFile)).toContain('Phiếu số 005/005');

    // 4 present: issued 4, returned 4, one spoiled; everyone gets 3 except Bình's Chiến sĩ thi đua cơ sở (number 9) with 2.
    await meeting.getByLabel('Phiếu phát ra').fill('4');
    await meeting.getByLabel('Phiếu thu về').fill('4');
    await meeting.getByLabel('Phiếu không hợp lệ').fill('1');
    for (let no = 1; no <= 13; no += 1) await meeting.getByLabel(`Số phiếu đồng ý số ${no}`, { exact: true }).fill(no === 9 ? '2' : '3');
    await page.getByTestId('council-save-tally').click();
    // Chiến sĩ thi đua cơ sở: 3 of 5 members = 60 % < 70 %; Lao động tiên tiến: 3 of 4 present = 75 %.
    await expect.poll(() => page.getByTestId('council-tally').innerText(), { timeout: 15_000 }).toContain('Phiếu hợp lệ: 3');
    const tallyText = await page.getByTestId('council-tally').innerText();
    expect(tallyText).toContain('75% — Đạt');
    expect(tallyText).toContain('60% — Không đạt');
    await h.screenshot('council-tally');

    await page.getByTestId('council-close').click();
    await page.getByRole('button', { name: 'Kết thúc, khóa kết quả' }).click();
    await expect.poll(() => meeting.innerText(), { timeout: 15_000 }).toContain('Đã kết thúc — kết quả đã khóa');

    await page.getByTestId('council-print').click();
    const [minutes] = await Promise.all([page.waitForEvent('download'), page.getByRole('menuitem', { name: 'Biên bản họp Hội đồng (PDF)' }).click()]);
    const minutesFile = path.join(SCREENSHOT_DIR, 'council-e2e-bien-ban.pdf');
    await minutes.saveAs(minutesFile);
    const minutesText = pdfText(minutesFile);
    expect(minutesText).toContain('Vắng mặt: Mai Thị Quỳnh.');
    expect(minutesText).toContain('Số phiếu phát ra: 4; số phiếu thu về: 4; số phiếu không thu về: 0; số phiếu không hợp lệ: 1; số phiếu hợp lệ: 3.');

    await page.getByLabel('Số quyết định').fill('125/QĐ-UBND');
    await page.getByLabel('Ngày quyết định').fill('20/12/2026');
    await page.getByTestId('council-grant').click();
    await expect.poll(() => page.getByTestId('council-granted').innerText(), { timeout: 15_000 }).toContain('Đã ghi 8 danh hiệu');
    expect(listGrantedTitles(h.session, 2026).map((g) => g.decisionNumber)).toEqual(Array(8).fill('125/QĐ-UBND'));

    await page.getByTestId('council-print').click();
    const [decision] = await Promise.all([page.waitForEvent('download'), page.getByRole('menuitem', { name: 'Dự thảo quyết định công nhận (PDF)' }).click()]);
    const decisionFile = path.join(SCREENSHOT_DIR, 'council-e2e-quyet-dinh.pdf');
    await decision.saveAs(decisionFile);
    const decisionText = pdfText(decisionFile);
    expect(decisionText).toContain('Số: 125/QĐ-UBND');
    expect(decisionText).toContain('Công nhận danh hiệu “Lao động tiên tiến” năm 2026 cho 7 cá nhân; danh hiệu “Tập thể lao động tiên tiến” năm 2026 cho 1 tập thể');

    // The granted title shows on the person's page (Khen thưởng), with its decision.
    const granted = listGrantedTitles(h.session, 2026).find((g) => g.subjectKind === 'person')!;
    await page.getByRole('menuitem', { name: 'Cán bộ' }).click();
    await page.getByLabel('Tìm cán bộ').fill(granted.name);
    await page.getByTestId('roster-table').locator('.roster-row', { hasText: granted.name }).first().click();
    const drawer = page.getByTestId('staff-drawer');
    await drawer.getByTestId('staff-details').waitFor();
    await expect.poll(async () => {
      if (!(await drawer.getByTestId('staff-titles').isVisible())) await drawer.getByRole('tab', { name: 'Khen thưởng' }).click();
      return drawer.getByTestId('staff-titles').innerText();
    }, { timeout: 30_000 }).toContain('Số 125/QĐ-UBND ngày 20/12/2026');
    expect(await drawer.getByTestId('staff-titles').innerText()).toContain('Lao động tiên tiến');
    await h.screenshot('council-person-title');
    expect(h.pageErrors).toEqual([]);
  }, 240_000);
});
