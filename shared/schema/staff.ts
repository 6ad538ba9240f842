/** Roster records: units (phòng/ban/bộ phận) and staff (cán bộ, công chức, viên chức, người lao động). */
import type { BaseRecord } from './records';

export const STAFF_CATEGORIES = ['official', 'civilServant', 'publicEmployee', 'worker'] as const;
export type StaffCategory = (typeof STAFF_CATEGORIES)[number];

export const STAFF_STATUSES = ['active', 'transferred', 'retired', 'resigned'] as const;
export type StaffStatus = (typeof STAFF_STATUSES)[number];

export type Gender = 'male' | 'female' | 'other';

export const CATEGORY_LABELS: Record<StaffCategory, string> = {
  official: 'Cán bộ',
  civilServant: 'Công chức',
  publicEmployee: 'Viên chức',
  worker: 'Người lao động',
};

export const STATUS_LABELS: Record<StaffStatus, string> = {
  active: 'Đang công tác',
  transferred: 'Chuyển công tác',
  retired: 'Nghỉ hưu',
  resigned: 'Thôi việc',
};

export const GENDER_LABELS: Record<Gender, string> = { male: 'Nam', female: 'Nữ', other: 'Khác' };

export interface Unit extends BaseRecord {
  name: string;
  shortName: string;
  order: number;
  headId: string | null;
  isActive: boolean;
}

export interface Staff extends BaseRecord {
  code: string;
  fullName: string;
  gender: Gender | null;
  birthDate: string | null;
  category: StaffCategory;
  position: string;
  title: string;
  unitId: string | null;
  isHeadOfUnit: boolean;
  isPartyMember: boolean;
  phone: string;
  email: string;
  startDate: string | null;
  status: StaffStatus;
  statusDate: string | null;
  commitmentSignedAt: string | null;
  notes: string;
  /** Số CCCD (12 digits) or CMND (9); '' or absent: none recorded (files written before the field stay valid). */
  idNumber?: string;
}
