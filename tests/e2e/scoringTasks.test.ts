import { describe, expect, it } from 'vitest';
import { Store } from '../../electron/store/dataStore';
import { criterionLeaves } from '../../shared/domain/criteria';
import { ND335_SET } from '../../shared/domain/criteriaNd335';
import { formatPoints, round2 } from '../../shared/domain/scoringMath';
import { taskResultPoints } from '../../shared/domain/scoringTasks';
import type { ScoreRecord, TaskProduct } from '../../shared/schema/scoring';
import { person, unit } from '../fixtures/scoring/wardScores';
import { useWardHarness } from './support/wardHarness';

/** The month the Thi đua screen opens on: the one before today. */
function lastMonth(): string {
  const d = new Date();
  d.setDate(1);
  d.setMonth(d.getMonth() - 1);
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}`;
}

async function seed(folder: string): Promise<void> {
  const store = await Store.open({ folder, app: 'E2E setup' });
  try {
    await store.mutateCollection('units', null, (f) => {
      f.records = [unit('kt', 'Phòng Kinh tế, Hạ tầng và Đô thị', 'KT-HT-ĐT', 1)];
    });
    await store.mutateCollection('staff', null, (f) => {
      f.records = [person('h', 'KT01', 'Phạm Thu Hằng', 'kt')];
    });
  } finally {
    await store.close();
  }
}

const PRODUCTS: TaskProduct[] = [
  { name: 'Báo cáo cải cách hành chính tháng', weight: 1, isCompleted: true, qualityFailures: 0, delays: 0, excusedDelays: 0, excusedQualityFailures: 0 },
  { name: 'Tờ trình dự toán ngân sách phường', weight: 1, isCompleted: true, qualityFailures: 1, delays: 0, excusedDelays: 0, excusedQualityFailures: 0 },
  { name: 'Hồ sơ cấp phép sửa chữa nhà ở', weight: 1, isCompleted: true, qualityFailures: 0, delays: 1, excusedDelays: 0, excusedQualityFailures: 0 },
];
const POLL = { timeout: 15_000 };
const GENERAL = { 'pham-chat': 9, 'trach-nhiem': 9, 'doi-moi': 8 };

describe('a công chức\'s products of the month, the rating bands and a correction after closing', () => {
  const openWard = useWardHarness('scoring-tasks', { wardName: 'Phường Ba Đình', seed });

  it('enters 3 products with one failed check and one delay, raises the "tốt" band as version 2, and amends the closed month with a reason', async () => {
    const month = lastMonth();
    const { harness: h } = await openWard();
    const { page } = h;
    const taskLeaf = criterionLeaves(ND335_SET.criteria).find((c) => c.input === 'taskProducts')!;
    const expected = taskResultPoints(PRODUCTS, taskLeaf.maxPoints, ND335_SET.taskRules!)!;

    await page.getByRole('menuitem', { name: 'Thi đua' }).click();
    await page.getByTestId('score-grid').waitFor();
    for (const [id, value] of Object.entries(GENERAL)) await page.getByTestId(`cell-KT01-${id}`).fill(String(value));
    await page.getByTestId('save-scores').click();
    await expect.poll(async () => page.getByTestId('total-KT01').innerText(), POLL).toBe('—');

    // Keyboard only: Tab across a row, Enter on the last row adds the next one.
    await page.getByTestId('products-KT01').click();
    const modal = page.getByTestId('task-products-modal');
    await modal.getByLabel('Tên sản phẩm 1').waitFor();
    await modal.getByLabel('Tên sản phẩm 1').click();
    for (const [i, p] of PRODUCTS.entries()) {
      await page.keyboard.type(p.name);
      await page.keyboard.press('Tab'); // đã hoàn thành (ticked)
      await page.keyboard.press('Tab'); // trọng số
      await page.keyboard.press('Tab'); // không đạt chất lượng
      if (p.qualityFailures > 0) await page.keyboard.type(String(p.qualityFailures));
      await page.keyboard.press('Tab'); // chậm tiến độ
      if (p.delays > 0) await page.keyboard.type(String(p.delays));
      if (i < PRODUCTS.length - 1) await page.keyboard.press('Enter');
    }
    await expect.poll(async () => modal.getByTestId('task-points').innerText(), POLL).toBe(formatPoints(expected.points));
    const deductions = expected.products.flatMap((p) => p.deductions.map((d) => `Trừ ${d.text}`));
    expect(deductions).toHaveLength(2);
    expect(await modal.getByTestId('task-deduction').allInnerTexts()).toEqual(deductions);
    await h.screenshot('scoring-tasks-01-products');
    await page.getByTestId('save-task-products').click();
    await modal.waitFor({ state: 'detached' });
    const record = (): ScoreRecord | undefined => h.session.store.collection('scores', month.slice(0, 4)).records.find((r) => r.period === month);
    await expect.poll(async () => record()?.products?.length, POLL).toBe(3);
    expect(record()?.products).toEqual(PRODUCTS);
    const total = round2(Object.values(GENERAL).reduce((s, v) => s + v, 0) + expected.points);
    await expect.poll(async () => page.getByTestId('total-KT01').innerText(), POLL).toBe(formatPoints(total));

    // Bộ tiêu chí: an overlapping band is refused in Vietnamese; "tốt" from 75 is saved as version 2.
    await page.getByRole('tab', { name: 'Bộ tiêu chí' }).click();
    const good = page.getByLabel('Điểm từ Hoàn thành tốt nhiệm vụ');
    await good.fill('50');
    await expect.poll(async () => page.getByTestId('criteria-problems').innerText(), POLL).toContain('Hai khung cùng bắt đầu từ 50 điểm (chồng lấn).');
    await page.getByTestId('save-criteria-set').click();
    await expect.poll(async () => page.locator('.ant-message').innerText(), POLL).toContain('Hai khung cùng bắt đầu từ 50 điểm');
    await good.fill('75');
    await page.getByTestId('criteria-problems').waitFor({ state: 'detached' });
    await page.getByTestId('save-criteria-set').click();
    await expect.poll(async () => page.getByTestId('criteria-versions').locator('.ant-tag').allInnerTexts(), POLL).toEqual(['1', '2']);
    const saved = h.session.store.collection('criteriaSets').records.find((r) => r.setId === 'nd335-2025' && r.version === 2);
    expect(saved?.bands.find((b) => b.rating === 'good')?.minPoints).toBe(75);
    expect(await page.getByTestId('band-range-good').innerText()).toBe('75 – dưới 90 điểm');
    await h.screenshot('scoring-tasks-02-bands');

    // The month already scored keeps version 1.
    await page.getByRole('tab', { name: 'Chấm điểm' }).click();
    await expect.poll(async () => page.getByTestId('scoring-tab').innerText(), POLL).toContain('phiên bản 1');

    await page.getByRole('tab', { name: 'Kỳ đánh giá' }).click();
    await page.getByTestId(`close-${month}`).click();
    await page.getByRole('button', { name: 'Khóa kỳ' }).last().click();
    await expect.poll(async () => page.getByTestId('periods-tab').innerText(), POLL).toContain('Đã khóa');

    await page.getByRole('tab', { name: 'Chấm điểm' }).click();
    await page.getByTestId('lock-notice').waitFor();
    await page.getByTestId('grid-row-KT01').getByRole('button', { name: 'Giải trình' }).click();
    const drawer = page.getByTestId('breakdown-drawer');
    await drawer.getByTestId('breakdown-products').waitFor();
    await drawer.getByTestId('amend-after-close').click();
    const amend = page.getByTestId('amend-modal');
    await amend.getByLabel('Điểm mới Năng lực đổi mới sáng tạo, dám nghĩ, dám làm').fill('10');
    await amend.getByTestId('save-amendment').click();
    expect(await amend.getByTestId('amend-problem').innerText()).toContain('lý do');
    const reason = 'Hội đồng bổ sung sáng kiến được UBND phường công nhận';
    await amend.getByLabel('Lý do điều chỉnh').fill(reason);
    await amend.getByTestId('save-amendment').click();
    await amend.waitFor({ state: 'detached' });
    const line = drawer.getByTestId('amendment-line');
    await line.waitFor();
    expect(await line.innerText()).toContain(reason);
    expect(await line.innerText()).toContain('Năng lực đổi mới sáng tạo, dám nghĩ, dám làm: 8 → 10');
    await expect.poll(async () => drawer.getByTestId('breakdown-total').innerText(), POLL).toBe(formatPoints(round2(total + 2)));
    await h.screenshot('scoring-tasks-03-amended');
    expect(record()?.amendments?.[0]?.reason).toBe(reason);
    expect(h.pageErrors).toEqual([]);
  });
});
