/**
 * Reads of discipline records and personal data are logged: who, when, which method, which people
 * (ND 13/2023 on personal data protection asks the controller to be able to show who processed what).
 * One file per year (access-<yyyy>.json); only when the store has users, since before that there is no "who".
 */
import { randomUUID } from 'node:crypto';
import type { MethodName } from '../../../shared/api/contract';
import type { AccessLogEntry, AccessLogFilter, SignedInUser } from '../../../shared/api/accessContract';
import type { FileOutput } from '../../../shared/api/rosterContract';
import { ROLE_LABELS } from '../../../shared/api/permissions';
import { formatDateTimeVi, localDay } from '../../../shared/domain/dates';
import type { AccessRecord } from '../../../shared/schema/user';
import type { Store } from '../../store/dataStore';

type Extract = (input: Record<string, unknown>, output: unknown, store: Store) => string[];

const none: Extract = () => [];
const byCode: Extract = (input, _output, store) => store.collection('staff').records.filter((s) => s.code === input.code).map((s) => s.id);

/** The methods that read personal data, what they are called in the log, and whose data they read. */
const LOGGED: Partial<Record<MethodName, { what: string; people: Extract }>> = {
  getStaff: { what: 'Xem hồ sơ cán bộ', people: (input) => [String(input.id)] },
  revealIdNumber: { what: 'Xem số CCCD', people: (input) => [String(input.staffId)] },
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

/** The yearly files the filter covers: the years of a day range, else the one year asked (default this year). */
function yearsOf(store: Store, filter: AccessLogFilter): string[] {
  const thisYear = store.now().getFullYear();
  if (!filter.from && !filter.to) return [String(filter.year ?? thisYear)];
  const first = filter.from ? Number(filter.from.slice(0, 4)) : Math.min(thisYear, ...store.partitions('access').map(Number));
  const last = filter.to ? Number(filter.to.slice(0, 4)) : thisYear;
  const years: string[] = [];
  for (let y = first; y <= last; y += 1) years.push(String(y));
  return years;
}

function matches(record: AccessRecord, filter: AccessLogFilter): boolean {
  if (record.deletedAt) return false;
  if (filter.staffId && !record.staffIds.includes(filter.staffId)) return false;
  if (filter.by && record.by !== filter.by) return false;
  // Days are the ward's local days (the screen shows local dd/mm/yyyy HH:mm).
  const day = localDay(new Date(record.createdAt));
  if (filter.from && day < filter.from) return false;
  if (filter.to && day > filter.to) return false;
  return true;
}

/** Newest first. */
export async function listAccessLog(store: Store, filter: AccessLogFilter = {}): Promise<AccessLogEntry[]> {
  const existing = new Set(store.partitions('access'));
  const names = new Map(store.collection('staff').records.map((s) => [s.id, `${s.fullName} (${s.code})`] as const));
  const entries: AccessLogEntry[] = [];
  for (const partition of yearsOf(store, filter).filter((y) => existing.has(y))) {
    await store.loadPartition('access', partition);
    for (const r of store.collection('access', partition).records) {
      if (matches(r, filter)) entries.push({ at: r.createdAt, by: r.by, role: r.role, method: r.method, what: r.what, staffIds: r.staffIds, staffNames: r.staffIds.map((id) => names.get(id) ?? id) });
    }
  }
  // Newest first; entries of the same instant in reverse order of writing (the sort is stable).
  return entries.reverse().sort((a, b) => (a.at < b.at ? 1 : a.at > b.at ? -1 : 0));
}

function csvCell(value: string): string {
  return /[",\n;]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

function fileSuffix(store: Store, filter: AccessLogFilter): string {
  if (filter.from || filter.to) return `${filter.from ?? 'dau'}-den-${filter.to ?? 'nay'}`;
  return String(filter.year ?? store.now().getFullYear());
}

/** The log (as filtered) as a CSV any spreadsheet opens (UTF-8 with BOM), in Vietnamese. */
export async function exportAccessLog(store: Store, filter: AccessLogFilter = {}): Promise<FileOutput> {
  const entries = await listAccessLog(store, filter);
  const header = ['Thời điểm', 'Người dùng', 'Vai trò', 'Thao tác', 'Người có dữ liệu được xem'];
  const lines = entries.map((e) => [formatDateTimeVi(e.at), e.by, ROLE_LABELS[e.role as keyof typeof ROLE_LABELS] ?? e.role, e.what, e.staffNames.join('; ')].map(csvCell).join(','));
  const text = `\uFEFF${[header.join(','), ...lines].join('\r\n')}\r\n`.normalize('NFC');
  return { fileName: `nhat-ky-truy-cap-${fileSuffix(store, filter)}.csv`, dataBase64: Buffer.from(text, 'utf8').toString('base64'), count: entries.length };
}
