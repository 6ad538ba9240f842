/** The scoring grid of a period and the three scoring steps (tự chấm → thủ trưởng → Hội đồng), each with who and when. */
import { ServiceError } from '../../shared/api/result';
import type { GridRow, ScoreGrid } from '../../shared/api/scoringTypes';
import { criterionLeaves } from '../../shared/domain/criteria';
import { labelOfKey } from '../../shared/domain/period';
import type { BaseRecord } from '../../shared/schema/records';
import { SCORE_STEPS, type ScoreRecord, type ScoreStepName, type TaskProduct } from '../../shared/schema/scoring';
import { newRecord } from './records';
import { capChecks } from './scoringCaps';
import { computePeriod, lockReason, type SubjectResult } from './scoringCompute';
import { loadPeriod, recordKey, type PeriodData } from './scoringData';
import { namedScorer, scorerFor } from './scoringScorer';
import { getScoringSettings } from './scoringSettings';
import type { Session } from './session';
import { cachedScore } from '../../shared/domain/scoreStatus';
import { formatPoints, round2 } from '../../shared/domain/scoringMath';

function gridRow(session: Session, result: SubjectResult, isRollup: boolean, isUnit: boolean): GridRow {
  const b = result.breakdown;
  const record = result.months[0]?.record ?? null;
  const steps: GridRow['steps'] = {};
  for (const name of SCORE_STEPS) {
    const step = record?.[name];
    if (step) steps[name] = { by: step.by, at: step.at, scorerName: (step.scorer ?? scorerFor(session, result.subject.id, name, isUnit)).name };
  }
  return {
    subjectId: result.subject.id, code: result.subject.code, name: result.subject.name, position: result.subject.position,
    unitId: result.subject.unitId, unitName: result.subject.unitName,
    bases: Object.fromEntries((b?.criteria ?? []).map((c) => [c.criterionId, c.base])),
    points: Object.fromEntries((b?.criteria ?? []).map((c) => [c.criterionId, c.points])),
    autoChange: Object.fromEntries((b?.criteria ?? []).map((c) => [c.criterionId, c.autoChange])),
    autoNet: Object.fromEntries((b?.criteria ?? []).map((c) => [c.criterionId, round2(c.bonuses.reduce((s, x) => s + x.points, 0) - c.deductions.reduce((s, x) => s + x.points, 0))])),
    deductionCount: (b?.criteria ?? []).reduce((n, c) => n + c.deductions.length, 0),
    monthTotals: isRollup ? result.months.map((m) => m.breakdown.total) : [],
    total: result.total, rating: result.rating, rank: result.rank,
    triggers: result.triggers.map((t) => `${t.label}: ${t.explanation}`),
    steps, hasProducts: (record?.products?.length ?? 0) > 0, isAmended: (record?.amendments?.length ?? 0) > 0,
    missing: isRollup ? result.missing : [], leaderLabel: result.subject.leader?.label ?? '',
  };
}

export async function scoreGrid(session: Session, input: { period: string; setId: string; unitId?: string }): Promise<ScoreGrid> {
  const data = await loadPeriod(session, input.period, input.setId);
  const settings = getScoringSettings(session);
  if (data.months.length === 0) throw new ServiceError('INVALID_INPUT', 'Phường chấm điểm theo quý (cài đặt): hãy chọn quý, 6 tháng hoặc năm.');
  const all = computePeriod(data, settings.rollupMethod);
  const results = input.unitId ? all.filter((r) => r.subject.unitId === input.unitId) : all;
  const isRollup = data.info.kind !== data.cadence;
  const reason = lockReason(data, data.info.key);
  const units = [...new Map(all.map((r) => [r.subject.unitId ?? '', r.subject.unitName] as const)).entries()].map(([id, name]) => ({ id, name }));
  return {
    period: data.info.key, periodLabel: labelOfKey(data.info.key), kind: data.info.kind, setId: data.set.setId, setVersion: data.set.version, setName: data.set.name,
    subject: data.set.subject,
    criteria: criterionLeaves(data.set.criteria).map((c) => ({ id: c.id, name: c.name, path: c.path, maxPoints: c.maxPoints, input: c.input, note: c.note })),
    months: data.months, rows: results.map((r) => gridRow(session, r, isRollup, data.set.subject === 'unit')), isLocked: reason !== '', lockReason: reason, isRollup,
    rollupMethod: settings.rollupMethod, units, capChecks: await capChecks(session, data, all, settings), cadence: data.cadence,
  };
}

export interface ScoreEntry {
  subjectId: string;
  points: Record<string, number | null>;
}

function checkEntries(data: PeriodData, entries: ScoreEntry[]): void {
  const leaves = new Map(criterionLeaves(data.set.criteria).map((c) => [c.id, c] as const));
  const known = new Set(data.subjects.map((s) => s.id));
  for (const entry of entries) {
    if (!known.has(entry.subjectId)) throw new ServiceError('INVALID_INPUT', 'Có người không thuộc danh sách chấm điểm của kỳ này.');
    for (const [id, value] of Object.entries(entry.points)) {
      const leaf = leaves.get(id);
      if (!leaf) throw new ServiceError('INVALID_INPUT', `Tiêu chí "${id}" không có trong bộ tiêu chí.`);
      if (value !== null && (value < 0 || value > leaf.maxPoints)) throw new ServiceError('INVALID_INPUT', `${leaf.name}: điểm phải từ 0 đến ${formatPoints(leaf.maxPoints)}.`);
    }
  }
}

/** Finds or creates the month's record for a subject inside a mutation. */
export function ensureRecord(records: ScoreRecord[], data: PeriodData, subjectId: string, session: Session): ScoreRecord {
  const isUnit = data.set.subject === 'unit';
  const found = records.find((r) => !r.deletedAt && r.criteriaSetId === data.set.setId && r.period === data.info.key && (isUnit ? r.unitId === subjectId : r.staffId === subjectId));
  if (found) return found;
  const record = newRecord<Omit<ScoreRecord, keyof BaseRecord>>(
    { staffId: isUnit ? null : subjectId, unitId: isUnit ? subjectId : null, period: data.info.key, criteriaSetId: data.set.setId, criteriaSetVersion: data.set.version, selfScore: null, headScore: null, councilScore: null, products: [], councilNote: '', amendments: [], total: null, rating: null },
    session.store.operator, session.store.now(),
  );
  records.push(record);
  return record;
}

/** Recomputes and caches total and rating on the records of a period (what lists and the demo read). */
export async function refreshCachedTotals(session: Session, period: string, setId: string): Promise<void> {
  const data = await loadPeriod(session, period, setId);
  const results = computePeriod(data, getScoringSettings(session).rollupMethod);
  await session.store.mutateCollection('scores', String(data.info.year), (file) => {
    for (const r of results) {
      const record = file.records.find((x) => x === data.records.get(recordKey(r.subject.id, data.info.key)));
      if (record) Object.assign(record, cachedScore(r));
    }
  });
}

function requireOpenMonth(data: PeriodData): void {
  if (data.info.kind !== data.cadence) {
    throw new ServiceError('INVALID_INPUT', data.cadence === 'month' ? 'Chỉ chấm điểm theo tháng; quý, 6 tháng và năm được tính từ các tháng.' : 'Phường chấm điểm theo quý (cài đặt): chỉ chấm theo quý; 6 tháng và năm được tính từ các quý.');
  }
  const reason = lockReason(data, data.info.key);
  if (reason) throw new ServiceError('CONFLICT', reason);
}

export async function saveScores(session: Session, input: { period: string; setId: string; step: ScoreStepName; entries: ScoreEntry[]; note?: string; scorerId?: string }): Promise<ScoreGrid> {
  const data = await loadPeriod(session, input.period, input.setId);
  requireOpenMonth(data);
  checkEntries(data, input.entries);
  const chosen = input.scorerId ? namedScorer(session, input.scorerId) : null;
  if (input.scorerId && !chosen) throw new ServiceError('INVALID_INPUT', 'Người chấm không có trong danh sách cán bộ.');
  const isUnit = data.set.subject === 'unit';
  const store = session.store;
  const at = store.now().toISOString();
  await store.mutateCollection('scores', String(data.info.year), (file) => {
    for (const entry of input.entries) {
      const record = ensureRecord(file.records, data, entry.subjectId, session);
      const points = { ...(record[input.step]?.points ?? {}) };
      for (const [id, value] of Object.entries(entry.points)) {
        if (value === null) delete points[id];
        else points[id] = value;
      }
      const scorer = input.step === 'councilScore' ? scorerFor(session, entry.subjectId, input.step, isUnit) : (chosen ?? scorerFor(session, entry.subjectId, input.step, isUnit));
      record[input.step] = { points, by: store.operator, at, note: input.note ?? record[input.step]?.note ?? '', scorer };
      record.updatedAt = at;
      record.updatedBy = store.operator;
    }
  });
  await refreshCachedTotals(session, input.period, input.setId);
  return scoreGrid(session, { period: input.period, setId: input.setId });
}

export async function saveTaskProducts(session: Session, input: { period: string; setId: string; subjectId: string; products: TaskProduct[] }): Promise<void> {
  const data = await loadPeriod(session, input.period, input.setId);
  requireOpenMonth(data);
  checkEntries(data, [{ subjectId: input.subjectId, points: {} }]);
  await session.store.mutateCollection('scores', String(data.info.year), (file) => {
    const record = ensureRecord(file.records, data, input.subjectId, session);
    record.products = input.products;
    record.updatedAt = session.store.now().toISOString();
  });
  await refreshCachedTotals(session, input.period, input.setId);
}
