/**
 * Reads of discipline records and personal data are logged: who, when, which method, which people
 * (ND 13/2023 on personal data protection asks the controller to be able to show who processed what).
 * One file per year (access-<yyyy>.json); only when the store has users, since before that there is no "who".
 */
import { randomUUID } from 'node:crypto';
import type { MethodName } from '../../../shared/api/contract';
import type { AccessLogEntry, SignedInUser } from '../../../shared/api/accessContract';
import type { FileOutput } from '../../../shared/api/rosterContract';
import { ROLE_LABELS } from '../../../shared/api/permissions';
import { formatDateTimeVi } from '../../../shared/domain/dates';
import type { AccessRecord } from '../../../shared/schema/user';
import type { Store } from '../../store/dataStore';

type Extract = (input: Record<string, unknown>, output: unknown, store: Store) => string[];

const none: Extract = () => [];
const byCode: Extract = (input, _output, store) => store.collection('staff').records.filter((s) => s.code === input.code).map((s) => s.id);

/** The methods that read personal data, what they are called in the log, and whose data they read. */
const LOGGED: Partial<Record<MethodName, { what: string; people: Extract }>> = {
  getStaff: { what: 'Xem hồ sơ cán bộ', people: (input) => [String(input.id)] },
  exportStaff: { what: 'Xuất danh sách cán bộ ra Excel', people: none },
  listViolations: { what: 'Xem danh sách vi phạm', people: (_i, output) => ((output as { rows?: { people: { id: string }[] }[] }).rows ?? []).flatMap((r) => r.people.map((p) => p.id)) },
  getViolation: { what: 'Xem hồ sơ vi phạm', people: (_i, output) => (output as { record?: { staffIds?: string[] } }).record?.staffIds ?? [] },
  getEvidence: { what: 'Xem tệp chứng cứ vi phạm', people: none },
  exportViolations: { what: 'Xuất sổ vi phạm ra Excel', people: none },
  printMeetingSheet: { what: 'In danh sách họp kiểm điểm', people: none },
  printViolationDocument: { what: 'In văn bản xử lý vi phạm', people: none },
  evaluateStaff: { what: 'Xem đánh giá, xếp loại cán bộ', people: byCode },
  listEvaluationRecords: { what: 'Xem kết luận, xếp loại', people: (input) => (input.staffId ? [String(input.staffId)] : []) },
  getTitles: { what: 'Xem danh hiệu thi đua', people: none },
  exportScorecard: { what: 'Xuất bảng điểm thi đua', people: none },
  exportPersonData: { what: 'Xuất toàn bộ dữ liệu cá nhân', people: (input) => [String(input.staffId)] },
};

export function isLoggedRead(name: MethodName): boolean {
  return name in LOGGED;
}

export async function logPersonalRead(store: Store, user: SignedInUser, name: MethodName, input: unknown, output: unknown): Promise<void> {
  const entry = LOGGED[name];
  if (!entry) return;
  const at = store.now();
  const iso = at.toISOString();
  const staffIds = [...new Set(entry.people((input ?? {}) as Record<string, unknown>, output, store))];
  const detail = (input as { id?: string } | null)?.id;
  const record: AccessRecord = {
    id: randomUUID(), createdAt: iso, updatedAt: iso, createdBy: user.name, updatedBy: user.name, deletedAt: null,
    by: user.name, role: user.role, method: name, what: detail && name !== 'getStaff' ? `${entry.what} (${detail})` : entry.what, staffIds,
  };
  await store.mutateCollection('access', String(at.getFullYear()), (file) => {
    file.records.push(record);
  });
}

export async function listAccessLog(store: Store, year: number | undefined, staffId?: string): Promise<AccessLogEntry[]> {
  const partition = String(year ?? store.now().getFullYear());
  if (!store.partitions('access').includes(partition)) return [];
  await store.loadPartition('access', partition);
  const names = new Map(store.collection('staff').records.map((s) => [s.id, `${s.fullName} (${s.code})`] as const));
  return store
    .collection('access', partition)
    .records.filter((r) => !r.deletedAt && (!staffId || r.staffIds.includes(staffId)))
    .map((r) => ({ at: r.createdAt, by: r.by, role: r.role, method: r.method, what: r.what, staffIds: r.staffIds, staffNames: r.staffIds.map((id) => names.get(id) ?? id) }))
    .reverse();
}

function csvCell(value: string): string {
  return /[",\n;]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

/** The log as a CSV any spreadsheet opens (UTF-8 with BOM), in Vietnamese. */
export async function exportAccessLog(store: Store, year: number | undefined): Promise<FileOutput> {
  const entries = await listAccessLog(store, year);
  const header = ['Thời điểm', 'Người dùng', 'Vai trò', 'Thao tác', 'Người có dữ liệu được xem'];
  const lines = entries.map((e) => [formatDateTimeVi(e.at), e.by, ROLE_LABELS[e.role as keyof typeof ROLE_LABELS] ?? e.role, e.what, e.staffNames.join('; ')].map(csvCell).join(','));
  const text = `\uFEFF${[header.join(','), ...lines].join('\r\n')}\r\n`.normalize('NFC');
  const suffix = year ?? store.now().getFullYear();
  return { fileName: `nhat-ky-truy-cap-${suffix}.csv`, dataBase64: Buffer.from(text, 'utf8').toString('base64'), count: entries.length };
}
