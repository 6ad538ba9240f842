/**
 * Sơ kết / tổng kết reports: the figures computed from the records every time, the clerk's narrative
 * kept in the `reports` file under the report's key — regenerating the figures never touches it.
 */
import type { ReportFigures, ReportView } from '../../../shared/api/reportTypes';
import { formatRuleRef, type RuleRef } from '../../../shared/domain/ruleNodes';
import { REPORT_SECTIONS, reportKey, type ReportNarrative, type ReportRecord } from '../../../shared/schema/report';
import type { Commendation, Violation } from '../../../shared/schema/violation';
import { newRecord } from '../records';
import { allRuleSetEntries, defaultRulesDir } from '../ruleSources';
import type { Session } from '../session';
import { commendationCounts, coverageCounts, violationCounts, type CountContext } from './reportCounts';
import { normalizeRequest, resolveScope, type ReportRequest } from './reportScope';
import { proposedTitles, scoringTables } from './reportScoring';
import { suggestedNarrative } from './reportNarrative';

async function yearly<T>(session: Session, kind: 'violations' | 'commendations', years: number[]): Promise<T[]> {
  const out: T[] = [];
  for (const y of years) {
    await session.store.loadPartition(kind, String(y));
    out.push(...(session.store.collection(kind, String(y)).records as unknown as T[]));
  }
  return out;
}

export async function reportFigures(session: Session, input: ReportRequest, rulesDir: string = defaultRulesDir()): Promise<ReportFigures> {
  const scope = resolveScope(session, input);
  const entries = await allRuleSetEntries(session, rulesDir);
  const sets = new Map(entries.map((e) => [`${e.ruleSet.id}@${e.ruleSet.version}`, e.ruleSet] as const));
  const latest = new Map(entries.map((e) => [e.ruleSet.id, e.ruleSet] as const));
  const articleLabel = (ref: RuleRef) => {
    const set = latest.get(ref.ruleSetId) ?? sets.get(`${ref.ruleSetId}@${ref.version}`);
    return set ? formatRuleRef(set, ref) : `${ref.ruleSetId}${ref.article ? ` · Điều ${ref.article}` : ''}`;
  };
  const everyone = session.store.collection('staff').records.filter((s) => !s.deletedAt);
  const ctx: CountContext = {
    months: scope.months,
    range: { from: scope.from, to: scope.to },
    previous: scope.previous,
    staffById: new Map(everyone.map((s) => [s.id, s] as const)),
    units: scope.units,
    unitId: scope.unitId,
    articleLabel,
  };
  const years = [scope.year - 1, scope.year];
  const violations = violationCounts(ctx, await yearly<Violation>(session, 'violations', years));
  const commendations = commendationCounts(ctx, await yearly<Commendation>(session, 'commendations', years));
  const coverage = coverageCounts(ctx, scope.staff);
  const { periodKey, previous: _previous, units: _units, staff: _staff, ...view } = scope;
  return {
    scope: view,
    wardName: session.store.meta.ward.name || 'Phường',
    coverage: coverage.rows,
    coverageTotal: coverage.total,
    violationsByMonth: violations.byMonth,
    violationsByUnit: violations.byUnit,
    violationsByArticle: violations.byArticle,
    violationsByMeasure: violations.byMeasure,
    violationsTotal: violations.total,
    violationsPending: violations.pending,
    commendationsByForm: commendations.byForm,
    commendationsTotal: commendations.total,
    scoring: await scoringTables(session, periodKey, scope.unitId),
    titles: scope.kind === 'tong-ket' ? proposedTitles(session, scope.year, scope.unitId) : [],
  };
}

function savedRecord(session: Session, input: ReportRequest): ReportRecord | null {
  const key = reportKey(normalizeRequest(session, input));
  return session.store.collection('reports').records.find((r) => !r.deletedAt && reportKey(r) === key) ?? null;
}

export async function reportView(session: Session, input: ReportRequest, rulesDir?: string): Promise<ReportView> {
  const figures = await reportFigures(session, input, rulesDir);
  const saved = savedRecord(session, input);
  return {
    figures,
    narrative: saved ? saved.narrative : suggestedNarrative(figures),
    savedAt: saved?.updatedAt ?? null,
    savedBy: saved?.updatedBy ?? null,
  };
}

/** Keeps the clerk's text of the four sections with the report (one record per kind/year/half/unit). */
export async function saveReportNarrative(session: Session, input: ReportRequest & { narrative: ReportNarrative }, rulesDir?: string): Promise<ReportView> {
  const request = normalizeRequest(session, input);
  const key = reportKey(request);
  const store = session.store;
  const narrative = Object.fromEntries(REPORT_SECTIONS.map((s) => [s, input.narrative[s].normalize('NFC')])) as ReportNarrative;
  await store.mutateCollection('reports', null, (file) => {
    const existing = file.records.find((r) => !r.deletedAt && reportKey(r) === key);
    const at = store.now().toISOString();
    if (existing) {
      existing.history = [...(existing.history ?? []), { at, by: store.operator, action: 'update', changes: { narrative: { from: existing.narrative, to: narrative } } }];
      existing.narrative = narrative;
      existing.updatedAt = at;
      existing.updatedBy = store.operator;
    } else {
      file.records.push(newRecord({ ...request, narrative }, store.operator, store.now()));
    }
  });
  return reportView(session, input, rulesDir);
}
