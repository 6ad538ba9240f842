/** Filtering and searching the roster. Pure, so the renderer searches as you type without a round trip. */
import { compareVietnameseNames } from './names';
import { foldVietnamese } from './text';
import type { StaffCategory, StaffStatus } from '../schema/staff';

export interface RosterRowView {
  id: string;
  code: string;
  fullName: string;
  gender: 'male' | 'female' | 'other' | null;
  birthDate: string | null;
  category: StaffCategory;
  position: string;
  title: string;
  unitId: string | null;
  unitName: string;
  phone: string;
  email: string;
  status: StaffStatus;
  statusDate: string | null;
  commitmentSignedAt: string | null;
  isHeadOfUnit: boolean;
  isPartyMember: boolean;
}

export interface RosterFilter {
  search?: string;
  unitId?: string | null;
  category?: StaffCategory | null;
  /** 'current' = đang công tác only (the default lists); 'all' includes leavers. */
  status?: StaffStatus | 'current' | 'all' | null;
  commitment?: 'signed' | 'unsigned' | null;
}

export interface IndexedRow<T extends RosterRowView = RosterRowView> {
  row: T;
  key: string;
}

/** Folded search key: name, code and phone (digits only as well). */
export function searchKey(row: RosterRowView): string {
  return `${foldVietnamese(row.fullName)} | ${row.code.toLowerCase()} | ${row.phone.replace(/\D/g, '')}`;
}

export function indexRoster<T extends RosterRowView>(rows: T[]): IndexedRow<T>[] {
  return [...rows].sort((a, b) => compareVietnameseNames(a.fullName, b.fullName)).map((row) => ({ row, key: searchKey(row) }));
}

export function filterRoster<T extends RosterRowView>(index: IndexedRow<T>[], filter: RosterFilter): T[] {
  const terms = foldVietnamese(filter.search ?? '').split(' ').filter(Boolean);
  const status = filter.status ?? 'current';
  const out: T[] = [];
  for (const { row, key } of index) {
    if (status === 'current' && row.status !== 'active') continue;
    if (status !== 'current' && status !== 'all' && row.status !== status) continue;
    if (filter.unitId && row.unitId !== filter.unitId) continue;
    if (filter.category && row.category !== filter.category) continue;
    if (filter.commitment === 'signed' && !row.commitmentSignedAt) continue;
    if (filter.commitment === 'unsigned' && row.commitmentSignedAt) continue;
    if (terms.length > 0 && !terms.every((t) => key.includes(t))) continue;
    out.push(row);
  }
  return out;
}
