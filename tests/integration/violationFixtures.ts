/** A small ward for violation tests: two units, a chuyên viên, a trưởng phòng, a cán bộ and a contract driver. */
import { Session } from '../../electron/services/session';
import { createHandlers } from '../../electron/services/handlers';
import { dispatch } from '../../electron/services/dispatch';
import type { Handlers, MethodName, MethodOutput } from '../../shared/api/contract';
import type { Result } from '../../shared/api/result';
import { fixedClock, tempFolder, type FixedClock } from './helpers';

export interface Ward {
  folder: string;
  clock: FixedClock;
  session: Session;
  handlers: Handlers;
  call<K extends MethodName>(name: K, input: unknown): Promise<Result<MethodOutput<K>>>;
  /** Like call, but fails the test on a refused call. */
  must<K extends MethodName>(name: K, input: unknown): Promise<MethodOutput<K>>;
  ids: { binh: string; cuong: string; an: string; dung: string; kinhTe: string; vanHoa: string };
  close(): Promise<void>;
}

const PEOPLE = [
  { key: 'binh', code: 'CB0002', fullName: 'Trần Thị Bình', category: 'civilServant', position: 'Chuyên viên', unit: 'kinhTe' },
  { key: 'cuong', code: 'CB0003', fullName: 'Lê Văn Cường', category: 'civilServant', position: 'Trưởng phòng', unit: 'kinhTe' },
  { key: 'an', code: 'CB0001', fullName: 'Nguyễn Văn An', category: 'official', position: 'Chủ tịch UBND', unit: 'vanHoa' },
  { key: 'dung', code: 'CB0004', fullName: 'Vũ Văn Dũng', category: 'worker', position: 'Lái xe', unit: 'vanHoa' },
] as const;

export async function openWard(todayIso = '2026-03-20T02:00:00.000Z'): Promise<Ward> {
  const folder = await tempFolder('violations');
  const clock = fixedClock(todayIso);
  const session = new Session(folder, { app: 'test', now: clock.now });
  await session.open();
  const handlers = createHandlers(session);
  const call = <K extends MethodName>(name: K, input: unknown) => dispatch(handlers, name, input, () => undefined);
  const must = async <K extends MethodName>(name: K, input: unknown) => {
    const result = await call(name, input);
    if (!result.ok) throw new Error(`${name} refused: ${result.error.message}`);
    return result.data;
  };
  await must('updateProfile', { wardName: 'Phường Hoàn Kiếm', operatorName: 'Nguyễn Thị Hoa' });
  const units = await must('createUnit', { name: 'Phòng Kinh tế, Hạ tầng và Đô thị', shortName: 'KT-HT-ĐT' });
  const all = await must('createUnit', { name: 'Phòng Văn hóa - Xã hội', shortName: 'VH-XH' });
  const unitIds = { kinhTe: units[0]!.id, vanHoa: all.find((u) => u.shortName === 'VH-XH')!.id };
  const ids: Record<string, string> = { ...unitIds };
  for (const p of PEOPLE) {
    const staff = await must('createStaff', {
      code: p.code, fullName: p.fullName, category: p.category, position: p.position, unitId: unitIds[p.unit],
      isHeadOfUnit: p.position === 'Trưởng phòng', birthDate: null, startDate: '2020-01-01', statusDate: null, commitmentSignedAt: null,
    });
    ids[p.key] = staff.id;
  }
  return { folder, clock, session, handlers, call, must, ids: ids as Ward['ids'], close: () => session.close() };
}

export const SMOKING = { ruleSetId: 'qd-1665-2017', version: 1, article: '3', list: 'shouldNot', item: '5' } as const;
export const CLAUSE_2_1 = { ruleSetId: 'qd-1665-2017', version: 1, article: '2', clause: '1' } as const;
