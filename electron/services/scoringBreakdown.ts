/** "Why this rating": one person's (or unit's) breakdown for a period, and corrections after closing. */
import { ServiceError } from '../../shared/api/result';
import type { BreakdownView, StepView } from '../../shared/api/scoringTypes';
import { criterionLeaves } from '../../shared/domain/criteria';
import { labelOfKey, periodsContaining } from '../../shared/domain/period';
import { formatPoints } from '../../shared/domain/scoringMath';
import { SCORE_STEPS, SCORE_STEP_LABELS } from '../../shared/schema/scoring';
import { computePeriod, lockReason } from './scoringCompute';
import { loadPeriod } from './scoringData';
import { ensureRecord, refreshCachedTotals } from './scoringService';
import { scorerFor } from './scoringScorer';
import { getScoringSettings } from './scoringSettings';
import type { Session } from './session';

function taskCriterionOf(criteria: Parameters<typeof criterionLeaves>[0]): BreakdownView['taskCriterion'] {
  const leaf = criterionLeaves(criteria).find((c) => c.input === 'taskProducts');
  return leaf ? { id: leaf.id, name: leaf.name, maxPoints: leaf.maxPoints } : null;
}

export async function scoreBreakdown(session: Session, input: { period: string; setId: string; subjectId: string }): Promise<BreakdownView> {
  const data = await loadPeriod(session, input.period, input.setId);
  const result = computePeriod(data, getScoringSettings(session).rollupMethod).find((r) => r.subject.id === input.subjectId);
  if (!result) throw new ServiceError('NOT_FOUND', 'Người (hoặc đơn vị) này không có trong danh sách chấm điểm của kỳ.');
  const record = data.info.kind === data.cadence ? (result.months[0]?.record ?? null) : null;
  const isUnit = data.set.subject === 'unit';
  const steps: StepView[] = SCORE_STEPS.flatMap((step) => {
    const s = record?.[step];
    return s ? [{ step, label: SCORE_STEP_LABELS[step], by: s.by, at: s.at, points: s.points, note: s.note, scorerName: (s.scorer ?? scorerFor(session, result.subject.id, step, isUnit)).name }] : [];
  });
  return {
    period: data.info.key, periodLabel: labelOfKey(data.info.key), setId: data.set.setId, setName: data.set.name, setVersion: data.set.version,
    taskCriterion: taskCriterionOf(data.set.criteria),
    subjectId: result.subject.id, code: result.subject.code, name: result.subject.name, position: result.subject.position, unitName: result.subject.unitName,
    breakdown: result.breakdown,
    rollup: result.rollup
      ? {
        months: result.months.map((m) => ({ month: m.month, total: m.breakdown.total, rating: m.breakdown.rating, isApplicable: m.isApplicable })), total: result.rollup.total, rating: result.rollup.rating,
        explanation: result.rollup.explanation, triggers: result.rollup.triggers, isComplete: result.rollup.isComplete, missing: result.rollup.monthsMissing,
      }
      : null,
    leaderLabel: result.subject.leader?.label ?? '', subjectKind: data.set.subject,
    steps, products: record?.products ?? [], amendments: record?.amendments ?? [], isLocked: lockReason(data, data.info.key) !== '',
  };
}

/**
 * A correction to a closed month: the council's points change, with the reason kept on the score and on
 * every closed period that contains the month. The snapshot PDF stays as it was when closed.
 */
export async function amendScores(session: Session, input: { period: string; setId: string; entries: { subjectId: string; points: Record<string, number> }[]; reason: string }): Promise<number> {
  const data = await loadPeriod(session, input.period, input.setId);
  if (data.info.kind !== data.cadence) throw new ServiceError('INVALID_INPUT', data.cadence === 'month' ? 'Chỉ điều chỉnh điểm của một tháng.' : 'Chỉ điều chỉnh điểm của một quý.');
  if (!lockReason(data, data.info.key)) throw new ServiceError('CONFLICT', 'Kỳ chưa khóa: hãy sửa điểm trực tiếp, không cần điều chỉnh.');
  if (input.reason.trim().length < 5) throw new ServiceError('INVALID_INPUT', 'Hãy ghi lý do điều chỉnh (ít nhất 5 ký tự).');
  const leaves = new Map(criterionLeaves(data.set.criteria).map((c) => [c.id, c] as const));
  const known = new Map(data.subjects.map((s) => [s.id, s] as const));
  const store = session.store;
  const at = store.now().toISOString();
  const lines: string[] = [];
  await store.mutateCollection('scores', String(data.info.year), (file) => {
    for (const entry of input.entries) {
      const subject = known.get(entry.subjectId);
      if (!subject) throw new ServiceError('INVALID_INPUT', 'Có người không thuộc danh sách chấm điểm của kỳ này.');
      const record = ensureRecord(file.records, data, entry.subjectId, session);
      const changes: Record<string, { from: number | null; to: number | null }> = {};
      const council = { ...(record.councilScore?.points ?? {}) };
      for (const [id, to] of Object.entries(entry.points)) {
        const leaf = leaves.get(id);
        if (!leaf || to < 0 || to > leaf.maxPoints) throw new ServiceError('INVALID_INPUT', `${leaf?.name ?? id}: điểm phải từ 0 đến ${formatPoints(leaf?.maxPoints ?? 0)}.`);
        const from = record.councilScore?.points[id] ?? record.headScore?.points[id] ?? record.selfScore?.points[id] ?? null;
        if (from === to) continue;
        changes[id] = { from, to };
        council[id] = to;
        lines.push(`${subject.code} · ${leaf.name}: ${formatPoints(from)} → ${formatPoints(to)}`);
      }
      if (Object.keys(changes).length === 0) continue;
      record.councilScore = { points: council, by: store.operator, at, note: record.councilScore?.note ?? '', scorer: scorerFor(session, entry.subjectId, 'councilScore', data.set.subject === 'unit') };
      record.amendments = [...(record.amendments ?? []), { at, by: store.operator, reason: input.reason.trim(), changes }];
      record.updatedAt = at;
    }
  });
  if (lines.length > 0) {
    const containing = periodsContaining(data.info.key);
    await store.mutateCollection('periods', null, (file) => {
      for (const p of file.records.filter((r) => !r.deletedAt && r.status === 'closed' && r.criteriaSetId === input.setId && containing.includes(r.key))) {
        p.amendments = [...p.amendments, { at, by: store.operator, reason: input.reason.trim(), changes: lines }];
      }
    });
    await refreshCachedTotals(session, input.period, input.setId);
  }
  return lines.length;
}
