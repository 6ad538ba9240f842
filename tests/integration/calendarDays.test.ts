/**
 * Issue 17, defect 6: every date field is a real calendar day. The clerk types 31/02 for a birth
 * date, 31/06 for a status change, 2026-99-99 for a decision's effective date or "hôm qua" for an
 * initiative: each is refused in Vietnamese naming the field, and nothing is stored to be shifted
 * silently later.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createHandlers } from '../../electron/services/handlers';
import { dispatch } from '../../electron/services/dispatch';
import { Session } from '../../electron/services/session';
import type { Handlers, MethodName } from '../../shared/api/contract';
import { isCalendarDay } from '../../shared/schema/isoDate';
import { changedEntries, folderState } from '../fixtures/hostile/folderState';
import { fixedClock, tempFolder } from './helpers';

let folder: string;
let session: Session;
let handlers: Handlers;
let staffId: string;

beforeEach(async () => {
  folder = await tempFolder('dates');
  session = new Session(folder, { app: 'test', now: fixedClock('2026-11-26T09:00:00+07:00').now });
  await session.open();
  handlers = createHandlers(session);
  expect((await dispatch(handlers, 'updateProfile', { wardName: 'Phường Hoàn Kiếm', operatorName: 'Nguyễn Thị Văn Thư' })).ok).toBe(true);
  const created = await dispatch(handlers, 'createStaff', { code: 'CB0001', fullName: 'Nguyễn Văn Đức', category: 'civilServant', birthDate: '1980-02-29' });
  if (!created.ok) throw new Error(created.error.message);
  staffId = created.data.id;
});

afterEach(async () => {
  await session.close();
});

async function refused(name: MethodName, input: unknown): Promise<string> {
  // The day's backup of the setup's first change is written in the background: let it finish first.
  await session.store.idle();
  const before = await folderState(folder);
  const result = await dispatch(handlers, name, input, () => undefined);
  expect(changedEntries(before, await folderState(folder))).toEqual([]);
  if (result.ok) throw new Error(`${name} stored an impossible date`);
  expect(result.error.code).toBe('INVALID_INPUT');
  return result.error.message;
}

describe('impossible dates are refused at the door', () => {
  it('knows which days exist', () => {
    expect(['2028-02-29', '2026-12-31', '1980-02-29', '2026-04-30'].every(isCalendarDay)).toBe(true);
    expect(['2026-02-29', '2026-02-31', '2026-06-31', '2026-99-99', '2026-00-10', '2026-1-5', 'hôm qua', '2026-05-31T00:00'].some(isCalendarDay)).toBe(false);
  });

  it('refuses a birth date of 31/02', async () => {
    const message = await refused('createStaff', { code: 'CB0002', fullName: 'Trần Thị Mai', category: 'worker', birthDate: '2026-02-31' });
    expect(message).toMatch(/Ngày sinh: ngày không có thật/);
  });

  it('refuses a status change on 31/06', async () => {
    const message = await refused('updateStaff', { id: staffId, fields: { code: 'CB0001', fullName: 'Nguyễn Văn Đức', category: 'civilServant', status: 'transferred', statusDate: '2026-06-31' } });
    expect(message).toMatch(/Ngày thay đổi trạng thái: ngày không có thật/);
  });

  it('refuses commitments signed on 30/02', async () => {
    expect(await refused('markCommitments', { ids: [staffId], date: '2026-02-30' })).toMatch(/Ngày ký cam kết: ngày không có thật/);
  });

  it('refuses a rule set that takes effect on 2026-99-99', async () => {
    const tree = [{ kind: 'article', number: '1', title: 'Phạm vi', text: 'Nội dung', verified: false, source: 'Nhập tay', children: [] }];
    const decision = { number: '01/2026/QĐ-UBND', date: '2026-01-15', issuer: 'UBND phường Hoàn Kiếm' };
    const message = await refused('saveRuleImport', { tree, asNewRuleSet: { id: 'qd-01-2026', title: 'Quy tắc ứng xử', shortName: 'QĐ 01', decision, effectiveDate: '2026-99-99' } });
    expect(message).toMatch(/Ngày có hiệu lực: ngày không có thật/);
  });

  it('refuses an initiative recognised "hôm qua"', async () => {
    const message = await refused('saveInitiative', { year: 2026, staffId, initiative: { name: 'Số hóa hồ sơ một cửa', recognisedBy: 'UBND phường', date: 'hôm qua' } });
    expect(message).toMatch(/Ngày công nhận: ngày không có thật/);
  });

  it('refuses a violation on 29/02 of a common year', async () => {
    const ref = { ruleSetId: 'qd-522-2017', version: 1, article: '5' };
    const message = await refused('createViolation', { date: '2026-02-29', staffIds: [staffId], ruleRefs: [ref], description: 'Đi muộn họp giao ban' });
    expect(message).toMatch(/Ngày vi phạm: ngày không có thật/);
  });

  it('keeps a real 29/02 as written', async () => {
    const staff = await dispatch(handlers, 'getStaff', { id: staffId });
    expect(staff.ok && staff.data.birthDate).toBe('1980-02-29');
  });
});
