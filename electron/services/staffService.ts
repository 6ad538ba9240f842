/** The roster: list, read, add, edit staff; mark commitments. Leavers keep their history. */
import type { z } from 'zod';
import { ServiceError } from '../../shared/api/result';
import type { markCommitments, staffFields, staffListFilter } from '../../shared/api/staffSchemas';
import { filterRoster, indexRoster, type RosterRowView } from '../../shared/domain/rosterQuery';
import type { Staff } from '../../shared/schema/staff';
import type { StaffDetail } from '../../shared/api/rosterTypes';
import { maskIdNumber } from '../../shared/domain/idNumber';
import { applyChanges, newRecord } from './records';
import { maskedHistory } from './staffIdNumber';
import type { Session } from './session';

type StaffFields = z.output<typeof staffFields>;

function liveStaff(session: Session): Staff[] {
  return session.store.collection('staff').records.filter((s) => !s.deletedAt);
}

function unitNames(session: Session): Map<string, string> {
  return new Map(session.store.collection('units').records.map((u) => [u.id, u.name] as const));
}

export function toRowView(staff: Staff, units: Map<string, string>): RosterRowView {
  return {
    id: staff.id, code: staff.code, fullName: staff.fullName, gender: staff.gender, birthDate: staff.birthDate,
    category: staff.category, position: staff.position, title: staff.title, unitId: staff.unitId,
    unitName: staff.unitId ? (units.get(staff.unitId) ?? '') : '', phone: staff.phone, email: staff.email,
    status: staff.status, statusDate: staff.statusDate, commitmentSignedAt: staff.commitmentSignedAt,
    isHeadOfUnit: staff.isHeadOfUnit, isPartyMember: staff.isPartyMember,
  };
}

export function listStaff(session: Session, filter: z.output<typeof staffListFilter>): RosterRowView[] {
  const units = unitNames(session);
  return filterRoster(indexRoster(liveStaff(session).map((s) => toRowView(s, units))), filter);
}

export function getStaff(session: Session, id: string): StaffDetail {
  const staff = liveStaff(session).find((s) => s.id === id);
  if (!staff) throw new ServiceError('NOT_FOUND', 'Không tìm thấy cán bộ này.');
  return {
    ...toRowView(staff, unitNames(session)), startDate: staff.startDate, notes: staff.notes, idNumberMasked: maskIdNumber(staff.idNumber),
    history: maskedHistory(staff.history), createdAt: staff.createdAt, updatedAt: staff.updatedAt,
  };
}

function checkFields(session: Session, fields: StaffFields, selfId: string | null): void {
  const clash = liveStaff(session).find((s) => s.code === fields.code && s.id !== selfId);
  if (clash) throw new ServiceError('CONFLICT', `Mã cán bộ ${fields.code} đã dùng cho ${clash.fullName}.`);
  if (fields.unitId && !session.store.collection('units').records.some((u) => u.id === fields.unitId && !u.deletedAt)) {
    throw new ServiceError('INVALID_INPUT', 'Đơn vị đã chọn không còn tồn tại.');
  }
}

export async function createStaff(session: Session, fields: StaffFields): Promise<StaffDetail> {
  checkFields(session, fields, null);
  const store = session.store;
  const record = newRecord(fields, store.operator, store.now());
  await store.mutateCollection('staff', null, (file) => {
    file.records.push(record);
  });
  return getStaff(session, record.id);
}

export async function updateStaff(session: Session, id: string, fields: StaffFields): Promise<StaffDetail> {
  checkFields(session, fields, id);
  const store = session.store;
  await store.mutateCollection('staff', null, (file) => {
    const target = file.records.find((s) => s.id === id && !s.deletedAt);
    if (!target) throw new ServiceError('NOT_FOUND', 'Không tìm thấy cán bộ này.');
    applyChanges(target, fields, store.operator, store.now());
  });
  return getStaff(session, id);
}

export async function markCommitmentsSigned(session: Session, input: z.output<typeof markCommitments>): Promise<{ marked: number }> {
  const store = session.store;
  const ids = new Set(input.ids);
  const known = new Set(liveStaff(session).map((s) => s.id));
  const unknown = input.ids.filter((id) => !known.has(id));
  if (unknown.length > 0) throw new ServiceError('NOT_FOUND', `Không tìm thấy ${unknown.length} người trong danh sách đã chọn.`);
  return store.mutateCollection('staff', null, (file) => {
    let marked = 0;
    for (const staff of file.records) {
      if (!ids.has(staff.id) || staff.deletedAt) continue;
      const changes = applyChanges(staff, { commitmentSignedAt: input.date }, store.operator, store.now());
      if (Object.keys(changes).length > 0) marked += 1;
    }
    return { marked };
  });
}
