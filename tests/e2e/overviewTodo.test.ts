import { describe, expect, it } from 'vitest';
import { createHandlers } from '../../electron/services/handlers';
import { dispatch } from '../../electron/services/dispatch';
import type { MethodName } from '../../shared/api/contract';
import { useWardHarness } from './support/wardHarness';

describe('Tổng quan tells the clerk what still needs doing', () => {
  const openWard = useWardHarness('todo');

  it('counts people without a signed commitment, and the count drops when one signs; the link opens Cán bộ', async () => {
    const { harness } = await openWard();
    const { page } = harness;
    const session = harness.session;
    const handlers = createHandlers(session);
    const must = async (name: MethodName, input: unknown) => {
      const result = await dispatch(handlers, name, input, () => undefined);
      if (!result.ok) throw new Error(result.error.message);
      return result.data;
    };
    await must('createUnit', { name: 'Phòng Văn hóa - Xã hội', shortName: 'VH-XH' });
    const unitId = session.store.collection('units').records[0]!.id;
    for (const [code, fullName] of [['CB0001', 'Nguyễn Thị Lan'], ['CB0002', 'Trần Văn Nam']] as const) {
      await must('createStaff', { code, fullName, category: 'civilServant', position: 'Chuyên viên', unitId, isHeadOfUnit: false, birthDate: null, startDate: '2020-01-01', statusDate: null, commitmentSignedAt: null });
    }
    await page.reload();
    await page.getByTestId('overview').waitFor();
    const unsigned = page.getByTestId('todo-withoutCommitment');
    await expect.poll(() => unsigned.getAttribute('data-count')).toBe('2');
    await harness.screenshot('overview-todo');

    const lan = session.store.collection('staff').records.find((s) => s.code === 'CB0001')!;
    await must('markCommitments', { ids: [lan.id], date: '2026-01-05' });
    await page.getByRole('menuitem', { name: 'Cán bộ' }).click();
    await page.getByRole('menuitem', { name: 'Tổng quan' }).click();
    await expect.poll(() => unsigned.getAttribute('data-count')).toBe('1');
    expect(await unsigned.innerText()).toContain('CB0002 Trần Văn Nam');

    await unsigned.getByRole('button', { name: 'Đến danh sách cán bộ' }).click();
    await page.getByTestId('staff-page').waitFor();
    expect(harness.pageErrors).toEqual([]);
  });
});
