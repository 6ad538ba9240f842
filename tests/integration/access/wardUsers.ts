/** A ward with a user for each role, for the access tests: two units, three people, one violation under review. */
import { createHandlers } from '../../../electron/services/handlers';
import { dispatch } from '../../../electron/services/dispatch';
import { Session } from '../../../electron/services/session';
import type { Handlers, MethodName } from '../../../shared/api/contract';
import type { Role } from '../../../shared/api/permissions';
import type { Result } from '../../../shared/api/result';
import { fixedClock, tempFolder } from '../helpers';

export const PINS: Record<Role, string> = { 'quan-tri': '2468', 'van-phong': '1357', 'thu-truong': '8642', 'lanh-dao': '9753', 'hoi-dong': '1122' };
export const NAMES: Record<Role, string> = { 'quan-tri': 'Phạm Quản Trị', 'van-phong': 'Lê Thị Hường', 'thu-truong': 'Nguyễn Văn Đức', 'lanh-dao': 'Trần Văn Chủ', 'hoi-dong': 'Đỗ Thị Hội' };

export interface WardWithUsers {
  folder: string;
  session: Session;
  handlers: Handlers;
  call: <K extends MethodName>(name: K, input?: unknown) => Promise<Result<unknown>>;
  must: <T = unknown>(name: MethodName, input?: unknown) => Promise<T>;
  signInAs: (role: Role) => Promise<void>;
  ids: { office: string; culture: string; duc: string; mai: string; lan: string; violation: string };
}

export async function wardWithUsers(): Promise<WardWithUsers> {
  const folder = await tempFolder('access');
  const clock = fixedClock('2026-11-26T09:00:00+07:00');
  const session = new Session(folder, { app: 'test', now: clock.now });
  await session.open();
  const handlers = createHandlers(session);
  const call = (name: MethodName, input?: unknown) => dispatch(handlers, name, input ?? {}, () => undefined) as Promise<Result<unknown>>;
  const must = async <T,>(name: MethodName, input?: unknown): Promise<T> => {
    const result = await call(name, input);
    if (!result.ok) throw new Error(`${name}: ${result.error.message}`);
    return result.data as T;
  };
  await must('updateProfile', { wardName: 'Phường Hoàn Kiếm', operatorName: 'Lê Thị Hường' });
  const office = (await must<{ id: string }[]>('createUnit', { name: 'Văn phòng HĐND và UBND', shortName: 'VP', headId: null, isActive: true }))[0]!.id;
  const units = await must<{ id: string; shortName: string }[]>('createUnit', { name: 'Phòng Văn hóa - Xã hội', shortName: 'VHXH', headId: null, isActive: true });
  const culture = units.find((u) => u.shortName === 'VHXH')!.id;
  const duc = (await must<{ id: string }>('createStaff', { code: 'CB0001', fullName: 'Nguyễn Văn Đức', category: 'civilServant', unitId: office, isHeadOfUnit: true })).id;
  const mai = (await must<{ id: string }>('createStaff', { code: 'CB0002', fullName: 'Trần Thị Mai', category: 'civilServant', unitId: office })).id;
  const lan = (await must<{ id: string }>('createStaff', { code: 'CB0003', fullName: 'Hoàng Thị Lan', category: 'civilServant', unitId: culture })).id;
  const created = await must<{ record: { id: string } }>('createViolation', { date: '2026-11-20', staffIds: [mai], ruleRefs: [{ ruleSetId: 'qd-522-2017', version: 1, article: '5' }], description: 'Đi muộn họp giao ban' });
  const violation = created.record.id;
  await must('moveViolation', { id: violation, to: 'awaitingExplanation', fields: { explanationDue: '2026-11-25' } });
  await must('moveViolation', { id: violation, to: 'underReview', fields: { explanation: 'Xe hỏng trên đường.', explanationDate: '2026-11-24' } });
  // The first user is the administrator, who is then signed in and creates the others.
  await must('createUser', { name: NAMES['quan-tri'], role: 'quan-tri', pin: PINS['quan-tri'] });
  await must('createUser', { name: NAMES['van-phong'], role: 'van-phong', pin: PINS['van-phong'], staffId: mai });
  await must('createUser', { name: NAMES['thu-truong'], role: 'thu-truong', pin: PINS['thu-truong'], staffId: duc });
  await must('createUser', { name: NAMES['lanh-dao'], role: 'lanh-dao', pin: PINS['lanh-dao'] });
  await must('createUser', { name: NAMES['hoi-dong'], role: 'hoi-dong', pin: PINS['hoi-dong'] });
  const signInAs = async (role: Role) => {
    await must('signIn', { name: NAMES[role], pin: PINS[role] });
  };
  return { folder, session, handlers, call, must, signInAs, ids: { office, culture, duc, mai, lan, violation } };
}
