/**
 * The fields a roster spreadsheet column can hold, with their Vietnamese labels (the Excel reader
 * recognises them; the import screen lets a person map a column by hand), and the labels of the
 * staff record's own fields (the audit trail shows them).
 */
export const ROSTER_FIELDS = [
  'seq', 'code', 'fullName', 'familyName', 'middleName', 'givenName', 'idNumber', 'gender', 'birthDate', 'maleColumn', 'femaleColumn', 'category', 'position', 'title',
  'unit', 'phone', 'email', 'startDate', 'isPartyMember', 'status', 'statusDate', 'commitmentSignedAt', 'notes',
] as const;
export type RosterField = (typeof ROSTER_FIELDS)[number];

export const FIELD_LABELS: Record<RosterField, string> = {
  seq: 'STT', code: 'Mã cán bộ', fullName: 'Họ và tên', familyName: 'Họ (họ đệm)', middleName: 'Tên đệm',
  givenName: 'Tên', idNumber: 'Số CCCD', gender: 'Giới tính', birthDate: 'Ngày sinh',
  maleColumn: 'Nam', femaleColumn: 'Nữ', category: 'Loại cán bộ', position: 'Chức vụ',
  title: 'Chức danh/ngạch', unit: 'Đơn vị', phone: 'Điện thoại', email: 'Email', startDate: 'Ngày vào cơ quan',
  isPartyMember: 'Đảng viên', status: 'Trạng thái', statusDate: 'Ngày thay đổi trạng thái',
  commitmentSignedAt: 'Ngày ký cam kết', notes: 'Ghi chú',
};

/** Labels of the staff record's fields, as the audit trail names them. */
export const STAFF_FIELD_LABELS: Record<string, string> = {
  code: FIELD_LABELS.code, fullName: FIELD_LABELS.fullName, gender: FIELD_LABELS.gender, birthDate: FIELD_LABELS.birthDate,
  category: FIELD_LABELS.category, position: FIELD_LABELS.position, title: FIELD_LABELS.title, unitId: FIELD_LABELS.unit,
  isHeadOfUnit: 'Người đứng đầu đơn vị', isPartyMember: FIELD_LABELS.isPartyMember, phone: FIELD_LABELS.phone,
  email: FIELD_LABELS.email, startDate: FIELD_LABELS.startDate, status: FIELD_LABELS.status,
  statusDate: FIELD_LABELS.statusDate, commitmentSignedAt: FIELD_LABELS.commitmentSignedAt, notes: FIELD_LABELS.notes,
  idNumber: FIELD_LABELS.idNumber,
};
