/**
 * Tổng quan as a to-do list: what is overdue or missing today, each with a count, a few examples and
 * the screen that fixes it. The CLI's `todo` and the overview screen call this one function.
 */
import type { TodoItem, TodoView } from '../../../shared/api/reportTypes';
import { localDay } from '../../../shared/domain/dates';
import { countArticles } from '../../../shared/domain/ruleNodes';
import type { RuleSetVersion } from '../../../shared/schema/ruleSet';
import type { Staff } from '../../../shared/schema/staff';
import type { Violation } from '../../../shared/schema/violation';
import { listBackups } from '../../store/backups';
import { allRuleSetEntries, defaultRulesDir } from '../ruleSources';
import type { Session } from '../session';
import { scoringTodo } from './todoScoring';

const EXAMPLES = 3;
const dmy = (iso: string) => iso.slice(0, 10).split('-').reverse().join('/');

async function violationsOf(session: Session, year: number): Promise<Violation[]> {
  const out: Violation[] = [];
  for (const y of [year - 1, year]) {
    await session.store.loadPartition('violations', String(y));
    out.push(...session.store.collection('violations', String(y)).records.filter((v) => !v.deletedAt));
  }
  return out;
}

function staffName(staff: Map<string, Staff>, ids: string[]): string {
  return ids.map((id) => staff.get(id)).filter((s): s is Staff => Boolean(s)).map((s) => `${s.code} ${s.fullName}`).join(', ') || 'không rõ người';
}

export async function todoView(session: Session, rulesDir: string = defaultRulesDir()): Promise<TodoView> {
  const store = session.store;
  const now = store.now();
  const today = localDay(now);
  const staff = new Map(store.collection('staff').records.filter((s) => !s.deletedAt).map((s) => [s.id, s] as const));
  const violations = await violationsOf(session, now.getFullYear());
  const overdue = violations.filter((v) => v.state === 'awaitingExplanation' && v.explanationDue !== null && v.explanationDue < today && !v.explanationDate);
  const open = violations.filter((v) => v.state === 'recorded' || v.state === 'awaitingExplanation' || v.state === 'underReview');
  const unsigned = [...staff.values()].filter((s) => s.status === 'active' && !s.commitmentSignedAt);
  const latest = new Map<string, RuleSetVersion>();
  for (const { ruleSet } of await allRuleSetEntries(session, rulesDir)) latest.set(ruleSet.id, ruleSet);
  const gaps = [...latest.values()].map((set) => ({ set, gaps: countArticles(set).gapArticles })).filter((g) => g.gaps > 0);
  const backups = await listBackups(store.paths.backups, store.disk);
  const newest = backups.map((b) => b.createdAt).sort().pop() ?? null;
  const isBackupOld = newest === null || now.getTime() - new Date(newest).getTime() > 24 * 3600 * 1000;
  const items: TodoItem[] = [
    { key: 'explanationsOverdue', label: 'Giải trình quá hạn', count: overdue.length, examples: overdue.slice(0, EXAMPLES).map((v) => `${staffName(staff, v.staffIds)} — hạn ${dmy(v.explanationDue ?? '')}`), route: 'violations', action: 'Xem vi phạm' },
    { key: 'violationsAwaitingConclusion', label: 'Vi phạm chờ kết luận', count: open.length, examples: open.slice(0, EXAMPLES).map((v) => `${staffName(staff, v.staffIds)} — ngày ${dmy(v.date)}`), route: 'violations', action: 'Xem vi phạm' },
    ...(await scoringTodo(session, today)),
    { key: 'withoutCommitment', label: 'Người chưa ký cam kết', count: unsigned.length, examples: unsigned.slice(0, EXAMPLES).map((s) => `${s.code} ${s.fullName}`), route: 'staff', action: 'Đến danh sách cán bộ' },
    { key: 'ruleSetGaps', label: 'Bộ quy tắc còn điều chưa có văn bản chính thức', count: gaps.length, examples: gaps.slice(0, EXAMPLES).map((g) => `${g.set.shortName}: ${g.gaps} điều`), route: 'rules', action: 'Nhập văn bản chính thức' },
    { key: 'backupOld', label: 'Bản sao lưu gần nhất đã quá một ngày', count: isBackupOld ? 1 : 0, examples: [newest ? `Gần nhất: ${dmy(localDay(new Date(newest)))}` : 'Chưa có bản sao lưu nào'], route: 'settings', action: 'Sao lưu ngay' },
  ];
  return { today, items };
}
