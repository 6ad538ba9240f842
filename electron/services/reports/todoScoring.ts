/**
 * The scoring lines of Tổng quan's to-do list, read from the results each save caches on the score
 * records (ScoreRecord.total/rating) instead of recomputing every month of every set: the list must
 * paint fast at 2,000 people. The Thi đua screen recomputes and is the authority; after a change of
 * rules without a save the cached result can lag until the next save.
 */
import type { TodoItem } from '../../../shared/api/reportTypes';
import { checkExcellentCap } from '../../../shared/domain/rating';
import { parsePeriodKey, periodLabel, periodRange, periodsContaining } from '../../../shared/domain/period';
import type { ScoreRecord } from '../../../shared/schema/scoring';
import { listCriteriaSets } from '../criteriaService';
import { subjectsOf } from '../scoringData';
import { getScoringSettings } from '../scoringSettings';
import type { Session } from '../session';
import { ratingsFingerprint } from './ratingsCache';

const EXAMPLES = 3;

/** Months (or quarters, for a quarterly ward) ended by today, this year; December of last year in January. */
export function endedPeriods(today: string, cadence: 'month' | 'quarter'): string[] {
  const year = Number(today.slice(0, 4));
  const month = Number(today.slice(5, 7));
  if (cadence === 'quarter') {
    const ended = Math.floor((month - 1) / 3);
    return ended === 0 ? [`${year - 1}-Q4`] : Array.from({ length: ended }, (_, i) => `${year}-Q${i + 1}`);
  }
  if (month === 1) return [`${year - 1}-12`];
  return Array.from({ length: month - 1 }, (_, i) => `${year}-${String(i + 1).padStart(2, '0')}`);
}

// The lines last computed, with what they were computed from (ratingsCache.ts: the fingerprint moves with any change).
const computed = new WeakMap<object, { key: string; items: TodoItem[] }>();

export async function scoringTodo(session: Session, today: string): Promise<TodoItem[]> {
  const keys = endedPeriods(today, getScoringSettings(session).cadence);
  const key = `${today}|${await ratingsFingerprint(session, Number((keys[keys.length - 1] ?? today).slice(0, 4)))}`;
  const known = computed.get(session.store);
  if (known && known.key === key) return known.items;
  const items = await scoringTodoNow(session, keys);
  computed.set(session.store, { key, items });
  return items;
}

async function scoringTodoNow(session: Session, keys: string[]): Promise<TodoItem[]> {
  const store = session.store;
  const years = [...new Set(keys.map((k) => k.slice(0, 4)))];
  for (const y of years) await store.loadPartition('scores', y);
  // One pass over the scores: "set|period" → subject → record.
  const scored = new Map<string, Map<string, ScoreRecord>>();
  for (const y of years) {
    for (const r of store.collection('scores', y).records) {
      if (r.deletedAt) continue;
      const key = `${r.criteriaSetId ?? ''}|${r.period}`;
      let bySubject = scored.get(key);
      if (bySubject === undefined) {
        bySubject = new Map<string, ScoreRecord>();
        scored.set(key, bySubject);
      }
      bySubject.set(r.staffId ?? r.unitId ?? '', r);
    }
  }
  const periods = store.collection('periods').records.filter((p) => !p.deletedAt && p.status === 'closed');
  const notScored: string[] = [];
  const notClosed: string[] = [];
  const over: string[] = [];
  const last = keys[keys.length - 1];
  const first = parsePeriodKey(keys[0] ?? '');
  const lastInfo = parsePeriodKey(last ?? '');
  if (!first || !lastInfo) return [];
  const span = { from: periodRange(first).from, to: periodRange(lastInfo).to };
  for (const set of listCriteriaSets(session).filter((s) => s.isActive)) {
    // Everyone on staff at some time of the span, once; each period keeps those on staff during it (as subjectsOf does).
    const everyone = subjectsOf(session, set, span, { sorted: false });
    for (const key of keys) {
      const bySubject = scored.get(`${set.setId}|${key}`) ?? new Map<string, ScoreRecord>();
      const info = parsePeriodKey(key);
      if (!info) continue;
      const range = periodRange(info);
      const subjects = everyone.filter((s) => (!s.activeFrom || s.activeFrom <= range.to) && (!s.activeTo || s.activeTo > range.from));
      if (subjects.length === 0) continue;
      const results = subjects.map((s) => ({ subject: s, record: bySubject.get(s.id) }));
      const missing = results.filter((r) => !r.record || r.record.total === null).length;
      const label = periodLabel(info);
      if (missing > 0) notScored.push(`${label} — ${set.shortName}: ${missing} ${set.subject === 'unit' ? 'đơn vị' : 'người'} chưa chấm đủ`);
      const containing = periodsContaining(key);
      if (!periods.some((p) => p.criteriaSetId === set.setId && containing.includes(p.key))) notClosed.push(`${label} — ${set.shortName}`);
      if (key === last && set.excellentCapOfGood !== null && set.subject !== 'unit') {
        const byUnit = new Map<string, typeof results>();
        for (const r of results) {
          const group = byUnit.get(r.subject.unitName);
          if (group) group.push(r);
          else byUnit.set(r.subject.unitName, [r]);
        }
        for (const [unitName, rs] of byUnit) {
          const check = checkExcellentCap(rs.filter((r) => r.record?.total !== null && r.record?.total !== undefined).map((r) => r.record?.rating ?? null), set.excellentCapOfGood, unitName);
          if (check.isOver) over.push(`${unitName} (${label}, ${set.shortName}): ${check.excellent} "xuất sắc", tối đa ${check.allowed}`);
        }
      }
    }
  }
  return [
    { key: 'monthsNotScored', label: 'Kỳ đã qua còn người chưa chấm điểm', count: notScored.length, examples: notScored.slice(0, EXAMPLES), route: 'scorecards', action: 'Chấm điểm' },
    { key: 'periodsNotClosed', label: 'Kỳ đã qua chưa khóa', count: notClosed.length, examples: notClosed.slice(0, EXAMPLES), route: 'scorecards', action: 'Khóa kỳ' },
    { key: 'unitsOverCap', label: 'Đơn vị vượt tỷ lệ 20% "hoàn thành xuất sắc" (kỳ vừa qua)', count: over.length, examples: over.slice(0, EXAMPLES), route: 'scorecards', action: 'Xem lại xếp loại' },
  ];
}
