import dayjs from 'dayjs';
import type { FormInstance } from 'antd';
import { describe, expect, it } from 'vitest';
import {
  checkWithContract, detailToFields, toDayjs, toFields, toFormValues, toIsoDay, type StaffFieldsInput, type StaffFormValues,
} from '../../renderer/features/staff/staffFormValues';
import { BINH, DUNG, staffDetail } from '../fixtures/renderer/wardRecords';

type FieldErrors = { name: keyof StaffFormValues; errors: string[] }[];

/** Stands in for the antd form: keeps what checkWithContract shows on the fields. */
function recordingForm(): { form: FormInstance<StaffFormValues>; shown: FieldErrors[] } {
  const shown: FieldErrors[] = [];
  const form = { setFields: (fields: FieldErrors) => shown.push(fields) };
  return { form: form as unknown as FormInstance<StaffFormValues>, shown };
}

describe('the staff form moves a person between the record and the date pickers', () => {
  it('opens empty for a new person: at work, no unit, not head of a unit, not a party member', () => {
    expect(toFormValues(null)).toEqual({ status: 'active', gender: null, unitId: null, isHeadOfUnit: false, isPartyMember: false });
  });

  it('opens Trần Thị Bình with her days in the date pickers', () => {
    const values = toFormValues(staffDetail(BINH));

    expect(values.birthDate?.format('DD/MM/YYYY')).toBe('12/04/1988');
    expect(values.startDate?.format('DD/MM/YYYY')).toBe('01/09/2012');
    expect(values.commitmentSignedAt?.format('DD/MM/YYYY')).toBe('06/01/2025');
    expect(values.statusDate).toBeNull();
    expect(values).toMatchObject({ code: 'CB0002', fullName: 'Trần Thị Bình', unitId: 'u-kt', notes: 'Phụ trách cấp phép xây dựng', isPartyMember: true });
  });

  it('takes only the contract\'s fields from a record, leaving out its id, unit name and history', () => {
    const fields = detailToFields(staffDetail(DUNG));

    expect(Object.keys(fields).sort()).toEqual([
      'birthDate', 'category', 'code', 'commitmentSignedAt', 'email', 'fullName', 'gender', 'isHeadOfUnit', 'isPartyMember',
      'notes', 'phone', 'position', 'startDate', 'status', 'statusDate', 'title', 'unitId',
    ]);
    expect(fields).toMatchObject({ status: 'retired', statusDate: '2024-12-31' });
  });

  it('saves Dung\'s record unchanged when the form is saved as it opened', () => {
    const detail = staffDetail(DUNG);

    expect(toFields(toFormValues(detail) as StaffFormValues)).toEqual(detailToFields(detail));
  });

  it('sends the texts the clerk left blank as empty, and the days cleared as none', () => {
    const values = { ...toFormValues(staffDetail(BINH)), phone: undefined, notes: undefined, birthDate: null, commitmentSignedAt: null } as unknown as StaffFormValues;

    expect(toFields(values)).toMatchObject({ phone: '', notes: '', birthDate: null, commitmentSignedAt: null, startDate: '2012-09-01' });
  });

  it('reads and writes days as yyyy-mm-dd, and nothing as nothing', () => {
    expect(toIsoDay(toDayjs('2025-01-06'))).toBe('2025-01-06');
    expect(toIsoDay(dayjs('2024-02-29'))).toBe('2024-02-29');
    expect(toDayjs('')).toBeNull();
    expect(toDayjs(null)).toBeNull();
    expect(toIsoDay(null)).toBeNull();
  });

  it('accepts Bình\'s record as the contract does, showing nothing', () => {
    const { form, shown } = recordingForm();

    expect(checkWithContract(form, detailToFields(staffDetail(BINH)))).toBe(true);
    expect(shown).toEqual([]);
  });

  it('shows each of the contract\'s messages on its own field: a bad phone, a bad email, a leaver without a day', () => {
    const { form, shown } = recordingForm();
    const fields: StaffFieldsInput = { ...detailToFields(staffDetail(BINH)), phone: '09123', email: 'binh.kt@', status: 'transferred', statusDate: null };

    expect(checkWithContract(form, fields)).toBe(false);
    expect(shown).toEqual([[
      { name: 'phone', errors: ['Điện thoại: chỉ gồm 8–12 chữ số'] },
      { name: 'email', errors: ['Email không hợp lệ'] },
      { name: 'statusDate', errors: ['Người đã nghỉ/chuyển cần có ngày thay đổi trạng thái'] },
    ]]);
  });
});
