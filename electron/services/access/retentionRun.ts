/**
 * The retention run (Cài đặt → Thời hạn lưu giữ; CLI `retention run [--dry-run]`): records past the
 * period set for their kind are anonymised in place, access-log entries are removed. A preview (dry run)
 * lists them first and changes nothing.
 *
 * Closed periods keep their totals: an anonymised record keeps every figure it carries (dates, states,
 * measures, points, the person and unit it belongs to) and only loses its free text and its change
 * history; a person's profile keeps its code, unit and category and only loses the name and contact
 * details. Nothing is deleted that a total counts, and the PDF snapshots of closed periods are not touched
 * (their hashes still verify). Evidence files of an anonymised violation stay in the folder (not yet removed).
 */
import type { RetentionItem, RetentionRun } from '../../../shared/api/retentionContract';
import { formatIsoDay } from '../../../shared/domain/violationDates';
import { ANONYMISED_TEXT, ANONYMOUS_PREFIX, RETENTION_KINDS, isPastRetention, type RetentionKind } from '../../../shared/domain/retention';
import type { AuditEntry, BaseRecord } from '../../../shared/schema/records';
import type { Staff } from '../../../shared/schema/staff';
import type { ScoreRecord } from '../../../shared/schema/scoring';
import type { Commendation, Violation } from '../../../shared/schema/violation';
import type { Store } from '../../store/dataStore';
import { retentionYears } from './retentionSettings';

const yearOf = (day: string | null | undefined): number => Number((day ?? '').slice(0, 4)) || 0;

function anonymisedEntry(at: string, by: string): AuditEntry[] {
  return [{ at, by, action: 'update', changes: { 'ẩn danh': { from: null, to: 'Ẩn danh theo thời hạn lưu giữ' } } }];
}

function hasText(v: Violation): boolean {
  return v.description !== ANONYMISED_TEXT;
}

function anonymiseViolation(v: Violation, history: AuditEntry[]): void {
  Object.assign(v, { description: ANONYMISED_TEXT, place: '', explanation: '', conclusion: '', cancelReason: '', history });
  v.workflow = v.workflow.map((w) => ({ ...w, note: '' }));
  v.amendments = v.amendments.map((a) => ({ ...a, reason: ANONYMISED_TEXT, changes: {} }));
}

function scoreHasText(r: ScoreRecord): boolean {
  return Boolean(r.councilNote || r.selfScore?.note || r.headScore?.note || r.councilScore?.note || r.amendments?.some((a) => a.reason !== ANONYMISED_TEXT));
}

function anonymiseScore(r: ScoreRecord, history: AuditEntry[]): void {
  // Points, totals and ratings stay: closed periods' figures are computed from them.
  for (const step of ['selfScore', 'headScore', 'councilScore'] as const) {
    const value = r[step];
    if (value) r[step] = { ...value, note: '' };
  }
  if (r.councilNote) r.councilNote = '';
  // Amendments keep their figures (from → to points): only the reason, in words, goes.
  if (r.amendments) r.amendments = r.amendments.map((a) => ({ ...a, reason: ANONYMISED_TEXT }));
  r.history = history;
}

interface Plan {
  items: RetentionItem[];
  apply: Array<() => Promise<void>>;
}

function describePeople(staff: Map<string, Staff>, ids: string[]): string {
  return ids.map((id) => staff.get(id)?.code ?? '?').join(', ');
}

async function planYearly(store: Store, kind: 'violations' | 'commendations' | 'scores', years: number | null, thisYear: number, staff: Map<string, Staff>, plan: Plan, history: AuditEntry[]): Promise<void> {
  if (years === null) return;
  for (const partition of await store.loadAllPartitions(kind)) {
    const ids: string[] = [];
    for (const record of store.collection(kind, partition).records as BaseRecord[]) {
      if (record.deletedAt) continue;
      if (kind === 'violations') {
        const v = record as Violation;
        if (!isPastRetention(yearOf(v.date), years, thisYear) || !hasText(v)) continue;
        plan.items.push({ kind, what: `Vi phạm ngày ${formatIsoDay(v.date)} (${describePeople(staff, v.staffIds)})`, year: yearOf(v.date), action: 'anonymise', count: 1 });
      } else if (kind === 'commendations') {
        const c = record as Commendation;
        if (!isPastRetention(yearOf(c.date), years, thisYear) || c.reason === ANONYMISED_TEXT) continue;
        plan.items.push({ kind, what: `Khen thưởng ngày ${formatIsoDay(c.date)} (${describePeople(staff, c.staffIds)})`, year: yearOf(c.date), action: 'anonymise', count: 1 });
      } else {
        const r = record as ScoreRecord;
        if (!isPastRetention(yearOf(r.period), years, thisYear) || !scoreHasText(r)) continue;
        plan.items.push({ kind, what: `Phiếu chấm điểm kỳ ${r.period} (${r.staffId ? describePeople(staff, [r.staffId]) : 'tập thể'})`, year: yearOf(r.period), action: 'anonymise', count: 1 });
      }
      ids.push(record.id);
    }
    if (ids.length === 0) continue;
    const chosen = new Set(ids);
    plan.apply.push(() =>
      store.mutateCollection(kind, partition, (file) => {
        for (const record of file.records as BaseRecord[]) {
          if (!chosen.has(record.id)) continue;
          if (kind === 'violations') anonymiseViolation(record as Violation, history);
          else if (kind === 'commendations') Object.assign(record, { reason: ANONYMISED_TEXT, history });
          else anonymiseScore(record as ScoreRecord, history);
        }
      }),
    );
  }
}

async function planAccess(store: Store, years: number | null, thisYear: number, plan: Plan): Promise<void> {
  if (years === null) return;
  for (const partition of store.partitions('access')) {
    if (!isPastRetention(Number(partition), years, thisYear)) continue;
    await store.loadPartition('access', partition);
    const count = store.collection('access', partition).records.length;
    if (count === 0) continue;
    plan.items.push({ kind: 'access', what: `Nhật ký truy cập năm ${partition}`, year: Number(partition), action: 'remove', count });
    plan.apply.push(() => store.mutateCollection('access', partition, (file) => { file.records = []; }));
  }
}

function planStaffLeft(store: Store, years: number | null, thisYear: number, plan: Plan, history: AuditEntry[]): void {
  if (years === null) return;
  const staff = store.collection('staff').records;
  const chosen = staff.filter((s) => s.status !== 'active' && !s.deletedAt && !s.fullName.startsWith(ANONYMOUS_PREFIX) && isPastRetention(yearOf(s.statusDate ?? s.updatedAt), years, thisYear));
  if (chosen.length === 0) return;
  let n = staff.filter((s) => s.fullName.startsWith(ANONYMOUS_PREFIX)).length;
  const names = new Map(chosen.map((s) => [s.id, `${ANONYMOUS_PREFIX}${(n += 1)}`] as const));
  for (const s of chosen) plan.items.push({ kind: 'staffLeft', what: `${s.code} ${s.fullName} (nghỉ từ ${formatIsoDay(s.statusDate ?? s.updatedAt.slice(0, 10))})`, year: yearOf(s.statusDate ?? s.updatedAt), action: 'anonymise', count: 1 });
  plan.apply.push(() =>
    store.mutateCollection('staff', null, (file) => {
      for (const s of file.records) {
        const name = names.get(s.id);
        // Code, unit, category and status stay: reports and closed totals count the person under them.
        if (name) Object.assign(s, { fullName: name, birthDate: null, gender: null, phone: '', email: '', notes: '', idNumber: '', history });
      }
    }),
  );
}

export async function runRetention(store: Store, dryRun: boolean): Promise<RetentionRun> {
  const at = store.now();
  const thisYear = at.getFullYear();
  const years = retentionYears(store);
  const history = anonymisedEntry(at.toISOString(), store.actor());
  const staff = new Map(store.collection('staff').records.map((s) => [s.id, s] as const));
  const plan: Plan = { items: [], apply: [] };
  await planYearly(store, 'violations', years.violations, thisYear, staff, plan, history);
  await planYearly(store, 'commendations', years.commendations, thisYear, staff, plan, history);
  await planYearly(store, 'scores', years.scores, thisYear, staff, plan, history);
  await planAccess(store, years.access, thisYear, plan);
  planStaffLeft(store, years.staffLeft, thisYear, plan, history);
  if (!dryRun) for (const step of plan.apply) await step();
  const counts = Object.fromEntries(RETENTION_KINDS.map((k) => [k, plan.items.filter((i) => i.kind === k).reduce((sum, i) => sum + i.count, 0)])) as Record<RetentionKind, number>;
  return { applied: !dryRun, at: at.toISOString(), items: plan.items, counts };
}
