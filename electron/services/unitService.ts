/** Units (phòng/ban/bộ phận): list with commitment progress, add, edit, order, choose the head. */
import type { z } from 'zod';
import { ServiceError } from '../../shared/api/result';
import type { unitFields } from '../../shared/api/staffSchemas';
import type { UnitView } from '../../shared/api/rosterTypes';
import { foldVietnamese } from '../../shared/domain/text';
import { applyChanges, newRecord } from './records';
import type { Session } from './session';

type UnitFields = z.output<typeof unitFields>;

export function listUnits(session: Session): UnitView[] {
  const staff = session.store.collection('staff').records.filter((s) => !s.deletedAt && s.status === 'active');
  const names = new Map(staff.map((s) => [s.id, s.fullName] as const));
  return session.store
    .collection('units')
    .records.filter((u) => !u.deletedAt)
    .sort((a, b) => a.order - b.order)
    .map((u) => {
      const members = staff.filter((s) => s.unitId === u.id);
      return {
        id: u.id, name: u.name, shortName: u.shortName, order: u.order, headId: u.headId,
        headName: u.headId ? (names.get(u.headId) ?? '') : '', isActive: u.isActive,
        staffCount: members.length, signedCount: members.filter((s) => s.commitmentSignedAt).length,
      };
    });
}

function checkUnit(session: Session, fields: UnitFields, selfId: string | null): void {
  const key = foldVietnamese(fields.name);
  const clash = session.store.collection('units').records.find((u) => !u.deletedAt && u.id !== selfId && foldVietnamese(u.name) === key);
  if (clash) throw new ServiceError('CONFLICT', `Đã có đơn vị tên "${clash.name}".`);
  if (fields.headId) {
    const head = session.store.collection('staff').records.find((s) => s.id === fields.headId && !s.deletedAt);
    if (!head) throw new ServiceError('INVALID_INPUT', 'Người đứng đầu đã chọn không có trong danh sách cán bộ.');
    if (selfId && head.unitId !== selfId) throw new ServiceError('INVALID_INPUT', `${head.fullName} không thuộc đơn vị này.`);
  }
}

/** Keeps staff.isHeadOfUnit in line with the unit's head. */
async function syncHead(session: Session, unitId: string, headId: string | null): Promise<void> {
  const store = session.store;
  await store.mutateCollection('staff', null, (file) => {
    for (const staff of file.records) {
      if (staff.deletedAt || staff.unitId !== unitId) continue;
      const isHead = staff.id === headId;
      if (staff.isHeadOfUnit !== isHead) applyChanges(staff, { isHeadOfUnit: isHead }, store.operator, store.now());
    }
  });
}

export async function createUnit(session: Session, fields: UnitFields): Promise<UnitView[]> {
  checkUnit(session, { ...fields, headId: null }, null);
  const store = session.store;
  await store.mutateCollection('units', null, (file) => {
    const order = file.records.reduce((m, u) => Math.max(m, u.order), 0) + 1;
    file.records.push(newRecord({ ...fields, headId: null, order }, store.operator, store.now()));
  });
  return listUnits(session);
}

export async function updateUnit(session: Session, id: string, fields: UnitFields): Promise<UnitView[]> {
  checkUnit(session, fields, id);
  const store = session.store;
  await store.mutateCollection('units', null, (file) => {
    const unit = file.records.find((u) => u.id === id && !u.deletedAt);
    if (!unit) throw new ServiceError('NOT_FOUND', 'Không tìm thấy đơn vị này.');
    applyChanges(unit, fields, store.operator, store.now());
  });
  await syncHead(session, id, fields.headId);
  return listUnits(session);
}

export async function reorderUnits(session: Session, ids: string[]): Promise<UnitView[]> {
  const store = session.store;
  await store.mutateCollection('units', null, (file) => {
    const live = file.records.filter((u) => !u.deletedAt);
    if (ids.length !== live.length || !live.every((u) => ids.includes(u.id))) {
      throw new ServiceError('CONFLICT', 'Danh sách đơn vị đã thay đổi; hãy tải lại rồi sắp xếp lại.');
    }
    ids.forEach((id, index) => {
      const unit = live.find((u) => u.id === id);
      if (unit && unit.order !== index + 1) applyChanges(unit, { order: index + 1 }, store.operator, store.now());
    });
  });
  return listUnits(session);
}
