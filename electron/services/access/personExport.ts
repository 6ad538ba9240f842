/**
 * Everything the data folder holds about one person, as one readable file on request (the data
 * subject's right to access their data, ND 13/2023 Điều 9 and the Personal Data Protection Law from
 * 1/1/2026 — UNVERIFIED wording, not quoted): the profile with its history, violations, commendations,
 * scores, evaluation records, titles, the linked user and the access log entries about the person.
 * A readable summary first, then every record in full (JSON) so nothing is left out.
 */
import { ServiceError } from '../../../shared/api/result';
import type { FileOutput } from '../../../shared/api/rosterContract';
import { formatDateTimeVi } from '../../../shared/domain/dates';
import { formatIsoDay } from '../../../shared/domain/violationDates';
import type { AuditEntry, BaseRecord, CollectionKind } from '../../../shared/schema/records';
import { FIELD_LABELS } from '../../../shared/api/fieldLabels';
import { ROLE_LABELS } from '../../../shared/api/permissions';
import type { RecordOf } from '../../../shared/schema/kinds';
import type { Staff } from '../../../shared/schema/staff';
import { COMMENDATION_FORM_LABELS, MEASURE_LABELS, VIOLATION_STATE_LABELS, type Commendation, type Violation } from '../../../shared/schema/violation';
import type { ScoreRecord } from '../../../shared/schema/scoring';
import type { AccessRecord, UserRecord } from '../../../shared/schema/user';
import type { Store } from '../../store/dataStore';

async function allRecords<K extends CollectionKind>(store: Store, kind: K, isYearly: boolean): Promise<RecordOf<K>[]> {
  if (!isYearly) return store.collection(kind).records;
  const partitions = await store.loadAllPartitions(kind);
  return partitions.flatMap((p) => store.collection(kind, p).records);
}

function section(title: string, lines: string[]): string[] {
  return [title, ...(lines.length > 0 ? lines.map((l) => `  ${l}`) : ['  (không có)']), ''];
}

const ACTION_WORDS: Record<AuditEntry['action'], string> = { create: 'tạo', update: 'sửa', delete: 'xóa', restore: 'khôi phục' };

function shown(value: unknown): string {
  if (value === null || value === undefined || value === '') return '(trống)';
  return typeof value === 'string' ? value : JSON.stringify(value);
}

/** Each change in words: when, who, what was done, and each field corrected from → to (the correction history). */
function historyLines(record: BaseRecord): string[] {
  return (record.history ?? []).map((h) => {
    const changes = Object.entries(h.changes ?? {}).map(([field, c]) => `${FIELD_LABELS[field] ?? field}: ${shown(c.from)} → ${shown(c.to)}`);
    return `    ${formatDateTimeVi(h.at)} · ${h.by} · ${ACTION_WORDS[h.action] ?? h.action}${changes.length > 0 ? ` · ${changes.join('; ')}` : ''}`;
  });
}

export interface PersonData {
  staff: Staff;
  violations: Violation[];
  commendations: Commendation[];
  scores: ScoreRecord[];
  evaluationRecords: BaseRecord[];
  titleProposals: BaseRecord[];
  users: Omit<UserRecord, 'secret'>[];
  accessLog: AccessRecord[];
}

export async function collectPersonData(store: Store, staffId: string): Promise<PersonData> {
  const staff = store.collection('staff').records.find((s) => s.id === staffId);
  if (!staff) throw new ServiceError('NOT_FOUND', 'Không tìm thấy cán bộ.');
  const about = (record: BaseRecord) => {
    const r = record as BaseRecord & { staffIds?: string[]; staffId?: string | null; subjectId?: string };
    return r.staffIds?.includes(staffId) || r.staffId === staffId || r.subjectId === staffId;
  };
  return {
    staff,
    violations: (await allRecords(store, 'violations', true)).filter(about),
    commendations: (await allRecords(store, 'commendations', true)).filter(about),
    scores: (await allRecords(store, 'scores', true)).filter(about),
    evaluationRecords: (await allRecords(store, 'evaluationRecords', false)).filter(about),
    titleProposals: (await allRecords(store, 'titleProposals', false)).filter(about),
    // The PIN's hash is not the person's data to carry away; it stays in the folder.
    users: (await allRecords(store, 'users', false)).filter((u) => u.type === 'user' && u.staffId === staffId).map(({ secret: _secret, ...rest }) => rest),
    accessLog: (await allRecords(store, 'access', true)).filter((r) => r.staffIds.includes(staffId)),
  };
}

export function renderPersonData(data: PersonData, exportedBy: string, at: Date): string {
  const s = data.staff;
  const lines = [
    `DỮ LIỆU CÁ NHÂN: ${s.fullName} (${s.code})`,
    `Xuất lúc ${formatDateTimeVi(at.toISOString())}, người xuất: ${exportedBy}.`,
    '',
    ...section('1. Hồ sơ', [
      `Họ và tên: ${s.fullName}`, `Mã: ${s.code}`, `Số CCCD: ${s.idNumber ?? ''}`, `Ngày sinh: ${s.birthDate ? formatIsoDay(s.birthDate) : ''}`, `Chức vụ: ${s.position}`, `Điện thoại: ${s.phone}`, `Thư điện tử: ${s.email}`,
      `Ngày vào làm: ${s.startDate ? formatIsoDay(s.startDate) : ''}`, `Ghi chú: ${s.notes}`, 'Lịch sử thay đổi:', ...historyLines(s),
    ]),
    ...section(`2. Vi phạm (${data.violations.length})`, data.violations.flatMap((v) => [
      `${formatIsoDay(v.date)} · ${VIOLATION_STATE_LABELS[v.state]} · ${v.description}${v.measure ? ` · ${MEASURE_LABELS[v.measure]}` : ''}${v.conclusion ? ` · Kết luận: ${v.conclusion}` : ''}`,
      ...historyLines(v),
    ])),
    ...section(`3. Khen thưởng, biểu dương (${data.commendations.length})`, data.commendations.map((c) => `${formatIsoDay(c.date)} · ${COMMENDATION_FORM_LABELS[c.form]} · ${c.reason}`)),
    ...section(`4. Chấm điểm thi đua (${data.scores.length})`, data.scores.map((r) => `Kỳ ${r.period}: ${(['selfScore', 'headScore', 'councilScore'] as const).filter((k) => r[k]).map((k) => `${k === 'selfScore' ? 'tự chấm' : k === 'headScore' ? 'thủ trưởng' : 'hội đồng'} (nhập bởi ${r[k]!.by})`).join(', ')}`)),
    ...section(`5. Kết luận, xếp loại (${data.evaluationRecords.length})`, data.evaluationRecords.map((r) => `${formatDateTimeVi(r.createdAt)} · ${JSON.stringify({ ...r, history: undefined })}`)),
    ...section(`6. Đề nghị danh hiệu (${data.titleProposals.length})`, data.titleProposals.map((r) => `${formatDateTimeVi(r.createdAt)} · ${JSON.stringify({ ...r, history: undefined })}`)),
    ...section('7. Tài khoản người dùng', data.users.map((u) => `${u.name} · ${ROLE_LABELS[u.role]} · ${u.isActive ? 'đang dùng' : 'đã khóa'}`)),
    ...section(`8. Nhật ký truy cập dữ liệu của người này (${data.accessLog.length})`, data.accessLog.map((r) => `${formatDateTimeVi(r.createdAt)} · ${r.by} · ${r.what}`)),
    'PHỤ LỤC: toàn bộ bản ghi (JSON)',
    JSON.stringify(data, null, 2),
    '',
  ];
  return lines.join('\r\n').normalize('NFC');
}

export async function exportPersonData(store: Store, staffId: string): Promise<FileOutput> {
  const data = await collectPersonData(store, staffId);
  const text = `\uFEFF${renderPersonData(data, store.operator, store.now())}`;
  const count = data.violations.length + data.commendations.length + data.scores.length + data.evaluationRecords.length + data.titleProposals.length;
  return { fileName: `du-lieu-ca-nhan-${data.staff.code}.txt`, dataBase64: Buffer.from(text, 'utf8').toString('base64'), count };
}
