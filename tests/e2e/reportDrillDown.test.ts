/**
 * Báo cáo's drill-down: a figure of the report opens the list of the records it counts, and a row opens
 * the record — a unit's violations open the violation, the people on the roster open the person page.
 */
import { describe, expect, it } from 'vitest';
import { createHandlers } from '../../electron/services/handlers';
import { dispatch } from '../../electron/services/dispatch';
import { seedDemoWard } from './support/demoWard';
import { useWardHarness } from './support/wardHarness';

const silent = () => undefined;

describe('Báo cáo: every figure lists the records it counts', () => {
  const openWard = useWardHarness('report-drill');

  it("opens a unit's violations of the year from the table, then one violation, at 1093×574", async () => {
    const { harness: h } = await openWard({ seed: seedDemoWard });
    const { page } = h;
    const year = new Date().getFullYear();
    const report = await dispatch(createHandlers(h.session), 'getReport', { kind: 'tong-ket', year }, silent);
    if (!report.ok) throw new Error(report.error.message);
    const row = report.data.figures.violationsByUnit.find((r) => r.current.value > 0)!;
    expect(row).toBeDefined();
    await page.setViewportSize({ width: 1093, height: 574 });
    await page.getByRole('menuitem', { name: 'Báo cáo' }).click();
    await page.getByRole('tab', { name: 'Theo đơn vị' }).click();
    const table = page.getByTestId('report-table-unit');
    await table.locator('.ant-table-row', { hasText: row.label }).getByTestId('report-figure').first().click();
    const drawer = page.getByTestId('report-sources');
    await drawer.getByTestId('report-sources-violations').locator('.ant-table-row').first().waitFor();
    expect(await drawer.locator('.ant-drawer-title').innerText()).toContain(`${row.current.value} bản ghi`);
    const shown = await drawer.locator('.ant-table-row').count();
    expect(shown).toBe(Math.min(row.current.value, 20));
    await h.screenshot('report-drill-01-unit-violations');
    await drawer.locator('.ant-table-row').first().click();
    await page.getByTestId('violation-facts').waitFor();
    await h.screenshot('report-drill-02-violation');
    expect(h.pageErrors).toEqual([]);
  });

  it('opens the people on the roster from the coverage table, then a person page, at 1920×1080', async () => {
    const { harness: h } = await openWard({ seed: seedDemoWard });
    const { page } = h;
    const year = new Date().getFullYear();
    const report = await dispatch(createHandlers(h.session), 'getReport', { kind: 'tong-ket', year }, silent);
    if (!report.ok) throw new Error(report.error.message);
    const unit = report.data.figures.coverage.find((r) => r.staff.value > 0)!;
    await page.setViewportSize({ width: 1920, height: 1080 });
    await page.getByRole('menuitem', { name: 'Báo cáo' }).click();
    const table = page.getByTestId('report-table-coverage');
    await table.locator('.ant-table-row', { hasText: unit.unitName }).getByTestId('report-figure').first().click();
    const drawer = page.getByTestId('report-sources');
    const people = drawer.getByTestId('report-sources-people').locator('.ant-table-row');
    await people.first().waitFor();
    expect(await people.count()).toBe(Math.min(unit.staff.value, 20));
    const first = h.session.store.collection('staff').records.find((s) => s.id === unit.staff.ids[0])!;
    expect(await drawer.innerText()).toContain(first.fullName);
    await h.screenshot('report-drill-03-unit-people');
    await people.first().click();
    await page.getByTestId('staff-details').waitFor();
    expect(h.pageErrors).toEqual([]);
  });
});
