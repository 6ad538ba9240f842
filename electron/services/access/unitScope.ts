/** A head of unit (thủ trưởng đơn vị) scores and comments on their own unit only: the scope check. */
import type { MethodName } from '../../../shared/api/contract';
import type { SignedInUser } from '../../../shared/api/accessContract';
import { ServiceError } from '../../../shared/api/result';
import type { Unit } from '../../../shared/schema/staff';
import type { Store } from '../../store/dataStore';

function ownUnit(store: Store, user: SignedInUser): Unit {
  const staff = user.staffId ? store.collection('staff').records.find((s) => s.id === user.staffId) : undefined;
  const unit = staff?.unitId ? store.collection('units').records.find((u) => u.id === staff.unitId) : undefined;
  if (!unit) throw new ServiceError('FORBIDDEN', 'Tài khoản thủ trưởng đơn vị chưa gắn với cán bộ thuộc một đơn vị; hãy nhờ Quản trị liên kết. Không có gì bị thay đổi.');
  return unit;
}

function outside(unit: Unit): ServiceError {
  return new ServiceError('FORBIDDEN', `Thủ trưởng đơn vị chỉ xem và chấm điểm, nhận xét cho đơn vị của mình (${unit.name}). Không có gì bị thay đổi.`);
}

function isInUnit(store: Store, unit: Unit, subjectId: string): boolean {
  if (subjectId === unit.id) return true;
  return store.collection('staff').records.some((s) => s.id === subjectId && s.unitId === unit.id);
}

const SUBJECT_METHODS = new Set<MethodName>(['saveTaskProducts', 'getScoreBreakdown', 'printScoreBreakdown']);

export function checkUnitScope(store: Store, user: SignedInUser, name: MethodName, input: unknown): void {
  const value = (input ?? {}) as { unitId?: string; subjectId?: string; entries?: { subjectId: string }[] };
  if (name === 'getScoreGrid') {
    const unit = ownUnit(store, user);
    if (value.unitId !== unit.id) throw outside(unit);
  }
  if (name === 'saveScores') {
    const unit = ownUnit(store, user);
    if ((value.entries ?? []).some((e) => !isInUnit(store, unit, e.subjectId))) throw outside(unit);
  }
  if (SUBJECT_METHODS.has(name)) {
    const unit = ownUnit(store, user);
    if (!value.subjectId || !isInUnit(store, unit, value.subjectId)) throw outside(unit);
  }
}
