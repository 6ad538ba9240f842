/** How the Cán bộ screens show staff values: labels for codes, dd/mm/yyyy for days, unit names for ids. */
import type { UnitView } from '../../../shared/api/rosterTypes';
import { STAFF_FIELD_LABELS } from '../../../shared/domain/rosterFields';
import { CATEGORY_LABELS, GENDER_LABELS, STATUS_LABELS, type Gender, type StaffCategory, type StaffStatus } from '../../../shared/schema/staff';
import { formatDayVi } from '../../lib/format';

export const EMPTY_VALUE = '(trống)';

export function categoryLabel(value: string | null): string {
  return value ? (CATEGORY_LABELS[value as StaffCategory] ?? value) : '';
}

export function statusLabel(value: string | null): string {
  return value ? (STATUS_LABELS[value as StaffStatus] ?? value) : '';
}

export function genderLabel(value: string | null): string {
  return value ? (GENDER_LABELS[value as Gender] ?? value) : '';
}

export function fieldLabel(field: string): string {
  return STAFF_FIELD_LABELS[field] ?? field;
}

/** One value of an audit-trail change, as a person reads it. */
export function formatFieldValue(field: string, value: unknown, units: UnitView[]): string {
  if (value === null || value === undefined || value === '') return EMPTY_VALUE;
  if (typeof value === 'boolean') return value ? 'Có' : 'Không';
  const text = String(value);
  if (field === 'category') return categoryLabel(text);
  if (field === 'status') return statusLabel(text);
  if (field === 'gender') return genderLabel(text);
  if (field === 'unitId') return units.find((u) => u.id === text)?.name ?? '(đơn vị đã xóa)';
  if (/^\d{4}-\d{2}-\d{2}$/.test(text)) return formatDayVi(text);
  return text;
}

export const CATEGORY_OPTIONS = Object.entries(CATEGORY_LABELS).map(([value, label]) => ({ value, label }));
export const STATUS_OPTIONS = Object.entries(STATUS_LABELS).map(([value, label]) => ({ value, label }));
export const GENDER_OPTIONS = Object.entries(GENDER_LABELS).map(([value, label]) => ({ value, label }));

export function unitOptions(units: UnitView[]) {
  return units.map((u) => ({ value: u.id, label: u.isActive ? u.name : `${u.name} (ngừng hoạt động)` }));
}
