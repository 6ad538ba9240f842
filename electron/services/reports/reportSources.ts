/**
 * The drill-down of Báo cáo: the records a figure counts (its ids), as the rows the rest of the app shows —
 * people (the person page opens), violations (the violation opens), commendations (the record opens).
 * Violations and commendations are looked up in the report's year and the year before (the "cùng kỳ").
 */
import type { ReportSourceKind, ReportSources } from '../../../shared/api/reportTypes';
import { TITLE_LABELS } from '../../../shared/domain/titles';
import type { Staff } from '../../../shared/schema/staff';
import { toRow as toCommendationRow } from '../commendationService';
import { loadContext, type ViolationDeps } from '../violationDeps';
import { toViolationRow } from '../violationViews';

async function yearly<K extends 'violations' | 'commendations'>(deps: ViolationDeps, kind: K, year: number, ids: Set<string>) {
  const store = deps.session.store;
  const out = [];
  for (const y of [year, year - 1]) {
    await store.loadPartition(kind, String(y));
    for (const r of store.collection(kind, String(y)).records) if (ids.has(r.id) && !r.deletedAt) out.push(r);
  }
  return out;
}

export async function reportSources(deps: ViolationDeps, input: { source: ReportSourceKind; ids: string[]; year: number }): Promise<ReportSources> {
  const ids = new Set(input.ids);
  const ctx = await loadContext(deps);
  const store = deps.session.store;
  const units = ctx.units;
  const person = (s: Staff, note = '') => ({ id: s.id, code: s.code, fullName: s.fullName, unitName: (s.unitId ? units.get(s.unitId)?.name : '') ?? '', position: s.position, note });
  const out: ReportSources = { people: [], violations: [], commendations: [], missing: 0 };
  if (input.source === 'staff') {
    out.people = store.collection('staff').records.filter((s) => ids.has(s.id) && !s.deletedAt).map((s) => person(s));
    out.missing = ids.size - out.people.length;
  } else if (input.source === 'titleProposals') {
    const proposals = store.collection('titleProposals').records.filter((r) => ids.has(r.id) && !r.deletedAt);
    for (const p of proposals) {
      const s = ctx.staff.get(p.subjectId);
      const title = p.title ? TITLE_LABELS[p.title] : '';
      if (s) out.people.push(person(s, title));
      else out.people.push({ id: p.subjectId, code: '', fullName: units.get(p.subjectId)?.name ?? p.subjectId, unitName: '', position: 'Tập thể', note: title });
    }
    out.missing = ids.size - proposals.length;
  } else if (input.source === 'grantedTitles') {
    const grants = store.collection('grantedTitles').records.filter((r) => ids.has(r.id) && !r.deletedAt);
    for (const g of grants) {
      const s = ctx.staff.get(g.subjectId);
      const note = `${TITLE_LABELS[g.title as keyof typeof TITLE_LABELS] ?? ''} — Quyết định số ${g.decisionNumber}`;
      if (s) out.people.push(person(s, note));
      else out.people.push({ id: g.subjectId, code: '', fullName: units.get(g.subjectId)?.name ?? g.name, unitName: '', position: 'Tập thể', note });
    }
    out.missing = ids.size - grants.length;
  } else if (input.source === 'violations') {
    out.violations = (await yearly(deps, 'violations', input.year, ids)).map((v) => toViolationRow(ctx, v)).sort((a, b) => b.date.localeCompare(a.date));
    out.missing = ids.size - out.violations.length;
  } else {
    out.commendations = (await yearly(deps, 'commendations', input.year, ids)).map((c) => toCommendationRow(ctx, c)).sort((a, b) => b.date.localeCompare(a.date));
    out.missing = ids.size - out.commendations.length;
  }
  return out;
}
