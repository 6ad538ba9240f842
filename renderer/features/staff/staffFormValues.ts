/** Between a person's record and the staff form: dayjs for the date pickers, the contract's shape for the services. */
import dayjs, { type Dayjs } from 'dayjs';
import type { FormInstance } from 'antd';
import type { MethodInput } from '../../../shared/api/contract';
import type { StaffDetail } from '../../../shared/api/rosterTypes';
import { staffFields } from '../../../shared/api/staffSchemas';

export type StaffFieldsInput = MethodInput<'createStaff'>;

const DATE_FIELDS = ['birthDate', 'startDate', 'statusDate', 'commitmentSignedAt'] as const;
type DateField = (typeof DATE_FIELDS)[number];

export type StaffFormValues = Omit<Required<StaffFieldsInput>, DateField> & Record<DateField, Dayjs | null>;

export const ISO_DAY = 'YYYY-MM-DD';
export const VI_DAY = 'DD/MM/YYYY';

export function toDayjs(day: string | null | undefined): Dayjs | null {
  return day ? dayjs(day) : null;
}

export function toIsoDay(value: Dayjs | null | undefined): string | null {
  return value ? value.format(ISO_DAY) : null;
}

/**
 * The contract's input from a record (for status changes made outside the form). Số CCCD is left
 * out: the record keeps its number (the page has only the masked form).
 */
export function detailToFields(detail: StaffDetail): Omit<Required<StaffFieldsInput>, 'idNumber'> {
  return {
    code: detail.code, fullName: detail.fullName, gender: detail.gender, birthDate: detail.birthDate, category: detail.category,
    position: detail.position, title: detail.title, unitId: detail.unitId, isHeadOfUnit: detail.isHeadOfUnit,
    isPartyMember: detail.isPartyMember, phone: detail.phone, email: detail.email, startDate: detail.startDate,
    status: detail.status, statusDate: detail.statusDate, commitmentSignedAt: detail.commitmentSignedAt, notes: detail.notes,
  };
}

export function toFormValues(detail: StaffDetail | null): Partial<StaffFormValues> {
  if (!detail) return { status: 'active', gender: null, unitId: null, isHeadOfUnit: false, isPartyMember: false };
  const fields = detailToFields(detail);
  return {
    ...fields,
    birthDate: toDayjs(fields.birthDate),
    startDate: toDayjs(fields.startDate),
    statusDate: toDayjs(fields.statusDate),
    commitmentSignedAt: toDayjs(fields.commitmentSignedAt),
  };
}

export function toFields(values: StaffFormValues): StaffFieldsInput {
  const dates = Object.fromEntries(DATE_FIELDS.map((f) => [f, toIsoDay(values[f])])) as Record<DateField, string | null>;
  return {
    ...values,
    ...dates,
    code: values.code ?? '',
    fullName: values.fullName ?? '',
    position: values.position ?? '',
    title: values.title ?? '',
    phone: values.phone ?? '',
    email: values.email ?? '',
    notes: values.notes ?? '',
    gender: values.gender ?? null,
    unitId: values.unitId ?? null,
    isHeadOfUnit: values.isHeadOfUnit ?? false,
    isPartyMember: values.isPartyMember ?? false,
    // Absent unless typed or revealed: an edit that never showed the number keeps it as it is.
    idNumber: values.idNumber,
  };
}

/** Checks the whole input with the contract's schema; shows each message on its field. True when valid. */
export function checkWithContract(form: FormInstance<StaffFormValues>, fields: StaffFieldsInput): boolean {
  const parsed = staffFields.safeParse(fields);
  if (parsed.success) return true;
  const byField = new Map<string, string[]>();
  for (const issue of parsed.error.issues) {
    const name = String(issue.path[0] ?? 'fullName');
    byField.set(name, [...(byField.get(name) ?? []), issue.message]);
  }
  form.setFields([...byField].map(([name, errors]) => ({ name: name as keyof StaffFormValues, errors })));
  return false;
}
