/** Exports a period's scorecard as .xlsx: builds the workbook model from the computed scores. */
import { ServiceError } from '../../shared/api/result';
import { criterionLeaves } from '../../shared/domain/criteria';
import { labelOfKey } from '../../shared/domain/period';
import { formatPoints } from '../../shared/domain/scoringMath';
import { buildScorecardWorkbook } from '../documents/xlsx/scorecardWorkbook';
import type { ScorecardModel, ScorecardRow } from '../documents/xlsx/scorecardModel';
import { computePeriod, groupByUnit, type SubjectResult } from './scoringCompute';
import { loadPeriod } from './scoringData';
import { getScoringSettings } from './scoringSettings';
import type { Session } from './session';

function dm(iso: string): string {
  return `${iso.slice(8, 10)}/${iso.slice(5, 7)}`;
}

export function scorecardRow(result: SubjectResult, criteriaIds: string[]): ScorecardRow {
  const b = result.breakdown;
  const byId = new Map((b?.criteria ?? []).map((c) => [c.criterionId, c] as const));
  const notes = (b?.criteria ?? []).flatMap((c) => [
    ...c.deductions.map((d) => `${c.name}: −${formatPoints(d.points)} (${d.measure.toLowerCase()} ${dm(d.date)})`),
    ...c.bonuses.map((x) => `${c.name}: +${formatPoints(x.points)} (${x.form.toLowerCase()} ${dm(x.date)})`),
  ]);
  const trigger = result.triggers[0];
  return {
    code: result.subject.code, name: result.subject.name, position: result.subject.position,
    bases: criteriaIds.map((id) => byId.get(id)?.base ?? null),
    adjustments: criteriaIds.map((id) => {
      const c = byId.get(id);
      return c ? c.bonuses.reduce((s, x) => s + x.points, 0) - c.deductions.reduce((s, d) => s + d.points, 0) : 0;
    }),
    autoNote: notes.join('\n'),
    monthTotals: result.months.map((m) => m.breakdown.total),
    trigger: trigger ? `${trigger.label}: ${trigger.explanation}` : '',
    forcedRating: trigger?.forceRating ?? null,
    total: result.total, rating: result.rating, rank: result.rank,
    remark: result.months.length === 1 ? (result.months[0]?.record?.councilNote ?? '') : '',
  };
}

export async function scorecardModel(session: Session, input: { period: string; setId: string; unitIds?: string[] }): Promise<ScorecardModel> {
  const data = await loadPeriod(session, input.period, input.setId);
  const settings = getScoringSettings(session);
  let results = computePeriod(data, settings.rollupMethod);
  if (input.unitIds && input.unitIds.length > 0) results = results.filter((r) => input.unitIds?.includes(r.subject.unitId ?? ''));
  if (results.length === 0) throw new ServiceError('INVALID_INPUT', 'Không có người nào để xuất trong kỳ và đơn vị đã chọn.');
  const criteria = criterionLeaves(data.set.criteria).map((c) => ({ id: c.id, name: c.name, maxPoints: c.maxPoints }));
  const ids = criteria.map((c) => c.id);
  const isUnitSet = data.set.subject === 'unit';
  const groups = isUnitSet ? [results] : [...groupByUnit(results).values()];
  const store = session.store;
  return {
    wardName: store.meta.ward.name || 'Phường', chairman: store.meta.ward.chairman, date: store.now(), period: data.info.key, periodLabel: labelOfKey(data.info.key),
    isRollup: data.info.kind !== 'month', rollupMethod: settings.rollupMethod, setId: data.set.setId, setVersion: data.set.version, setName: data.set.name,
    subjectLabel: isUnitSet ? 'Người đứng đầu' : 'Chức vụ', criteria, bands: data.set.bands, excellentCapOfGood: isUnitSet ? null : data.set.excellentCapOfGood,
    months: data.months,
    units: groups.map((group) => {
      const first = group[0]?.subject;
      const name = isUnitSet ? 'Các đơn vị' : (first?.unitName ?? '');
      return { name, shortName: isUnitSet ? name : (first?.unitShortName ?? name), rows: group.map((r) => scorecardRow(r, ids)) };
    }),
  };
}

export async function exportScorecard(session: Session, input: { period: string; setId: string; unitIds?: string[] }): Promise<{ bytes: Uint8Array; fileName: string; count: number }> {
  const model = await scorecardModel(session, input);
  const bytes = await buildScorecardWorkbook(model);
  const count = model.units.reduce((n, u) => n + u.rows.length, 0);
  return { bytes, fileName: `bang-cham-diem-${model.period}-${model.setId}.xlsx`, count };
}
