/**
 * The report's counts of violations, commendations and commitments — pure functions over records.
 * Counted: violations of the period not deleted and not cancelled (every state, so a clerk sees what
 * is still open); a violation of several people counts once in the ward's totals and once in each
 * unit it touches; by article, once per article it cites. Commendations: not deleted.
 */
import type { ComparedRow, CoverageRow, Figure } from '../../../shared/api/reportTypes';
import { MEASURE_LABELS, COMMENDATION_FORMS, COMMENDATION_FORM_LABELS, HANDLING_MEASURES, type Commendation, type Violation } from '../../../shared/schema/violation';
import type { Staff, Unit } from '../../../shared/schema/staff';
import type { RuleRef } from '../../../shared/domain/ruleNodes';
import { isOnRosterOn } from './reportScope';

export const NO_UNIT = 'Chưa xếp đơn vị';
export const NOT_CONCLUDED = 'Chưa kết luận';

export function figure(ids: string[]): Figure {
  return { value: ids.length, ids };
}

class Tally {
  private readonly current = new Map<string, string[]>();
  private readonly previous = new Map<string, string[]>();
  readonly labels = new Map<string, string>();

  add(key: string, label: string, id: string, isCurrent: boolean): void {
    this.labels.set(key, label);
    const map = isCurrent ? this.current : this.previous;
    const list = map.get(key);
    if (list) list.push(id);
    else map.set(key, [id]);
  }

  rows(order: string[] | null): ComparedRow[] {
    const keys = order ?? [...this.labels.keys()].sort((a, b) => (this.current.get(b)?.length ?? 0) - (this.current.get(a)?.length ?? 0) || a.localeCompare(b));
    return keys.map((key) => ({ key, label: this.labels.get(key) ?? key, current: figure(this.current.get(key) ?? []), previous: figure(this.previous.get(key) ?? []) }));
  }
}

export interface CountContext {
  months: string[];
  range: { from: string; to: string };
  previous: { from: string; to: string };
  staffById: Map<string, Staff>;
  units: Unit[];
  /** Only violations/commendations touching this unit count (a unit report); null for the ward. */
  unitId: string | null;
  articleLabel: (ref: RuleRef) => string;
}

function inRange(day: string, range: { from: string; to: string }): boolean {
  return day >= range.from && day <= range.to;
}

function unitIdsOf(ctx: CountContext, staffIds: string[]): (string | null)[] {
  return [...new Set(staffIds.map((id) => ctx.staffById.get(id)?.unitId ?? null))];
}

function countedViolations(ctx: CountContext, all: Violation[]): { v: Violation; isCurrent: boolean }[] {
  const out: { v: Violation; isCurrent: boolean }[] = [];
  for (const v of all) {
    if (v.deletedAt || v.state === 'cancelled') continue;
    const isCurrent = inRange(v.date, ctx.range);
    if (!isCurrent && !inRange(v.date, ctx.previous)) continue;
    if (ctx.unitId && !unitIdsOf(ctx, v.staffIds).includes(ctx.unitId)) continue;
    out.push({ v, isCurrent });
  }
  return out;
}

export function violationCounts(ctx: CountContext, all: Violation[]) {
  const rows = countedViolations(ctx, all);
  const unitNames = new Map(ctx.units.map((u) => [u.id, u.name] as const));
  const byMonth = new Tally();
  const byUnit = new Tally();
  const byArticle = new Tally();
  const byMeasure = new Tally();
  const total = new Tally();
  const pending: string[] = [];
  for (const { v, isCurrent } of rows) {
    total.add('all', 'Tổng số vụ việc vi phạm', v.id, isCurrent);
    const month = `${ctx.range.from.slice(0, 4)}${v.date.slice(4, 7)}`;
    byMonth.add(month, month, v.id, isCurrent);
    for (const unitId of unitIdsOf(ctx, v.staffIds)) {
      if (ctx.unitId && unitId !== ctx.unitId) continue;
      byUnit.add(unitId ?? '', unitId ? (unitNames.get(unitId) ?? NO_UNIT) : NO_UNIT, v.id, isCurrent);
    }
    const articles = new Map<string, string>();
    for (const ref of v.ruleRefs) {
      const articleRef: RuleRef = { ruleSetId: ref.ruleSetId, version: ref.version, ...(ref.article !== undefined ? { article: ref.article } : ref.chapter !== undefined ? { chapter: ref.chapter } : {}) };
      const label = ctx.articleLabel(articleRef);
      articles.set(`${ref.ruleSetId}|${ref.article ?? ref.chapter ?? ''}`, label);
    }
    for (const [key, label] of articles) byArticle.add(key, label, v.id, isCurrent);
    const measureKey = v.state === 'concluded' && v.measure ? v.measure : 'pending';
    byMeasure.add(measureKey, measureKey === 'pending' ? NOT_CONCLUDED : MEASURE_LABELS[v.measure ?? 'reminder'], v.id, isCurrent);
    if (isCurrent && v.state !== 'concluded') pending.push(v.id);
  }
  const measureOrder = [...HANDLING_MEASURES, 'pending'].filter((m) => byMeasure.labels.has(m));
  const unitOrder = [...ctx.units.map((u) => u.id), ''].filter((id) => byUnit.labels.has(id));
  return {
    byMonth: byMonth.rows(ctx.months).map((r) => ({ ...r, label: `Tháng ${Number(r.key.slice(5))}` })),
    byUnit: byUnit.rows(unitOrder),
    byArticle: byArticle.rows(null),
    byMeasure: byMeasure.rows(measureOrder),
    total: total.rows(['all'])[0] ?? { key: 'all', label: 'Tổng số vụ việc vi phạm', current: figure([]), previous: figure([]) },
    pending: figure(pending),
  };
}

export function commendationCounts(ctx: CountContext, all: Commendation[]) {
  const byForm = new Tally();
  const total = new Tally();
  for (const c of all) {
    if (c.deletedAt) continue;
    const isCurrent = inRange(c.date, ctx.range);
    if (!isCurrent && !inRange(c.date, ctx.previous)) continue;
    if (ctx.unitId && c.unitId !== ctx.unitId && !unitIdsOf(ctx, c.staffIds).includes(ctx.unitId)) continue;
    byForm.add(c.form, COMMENDATION_FORM_LABELS[c.form], c.id, isCurrent);
    total.add('all', 'Tổng số lượt biểu dương, khen thưởng', c.id, isCurrent);
  }
  return {
    byForm: byForm.rows(COMMENDATION_FORMS.filter((f) => byForm.labels.has(f))),
    total: total.rows(['all'])[0] ?? { key: 'all', label: 'Tổng số lượt biểu dương, khen thưởng', current: figure([]), previous: figure([]) },
  };
}

/** Per unit: who is on the roster at the end of the period and who had signed the commitment by then. */
export function coverageCounts(ctx: CountContext, staff: Staff[]): { rows: CoverageRow[]; total: CoverageRow } {
  const onRoster = staff.filter((s) => isOnRosterOn(s, ctx.range.to));
  const hasSigned = (s: Staff) => s.commitmentSignedAt !== null && s.commitmentSignedAt.slice(0, 10) <= ctx.range.to;
  const row = (unitId: string | null, unitName: string, people: Staff[]): CoverageRow => ({
    unitId,
    unitName,
    staff: figure(people.map((s) => s.id)),
    signed: figure(people.filter(hasSigned).map((s) => s.id)),
  });
  const rows = ctx.units.map((u) => row(u.id, u.name, onRoster.filter((s) => s.unitId === u.id)));
  const known = new Set(ctx.units.map((u) => u.id));
  const loose = onRoster.filter((s) => !s.unitId || !known.has(s.unitId));
  if (loose.length > 0 && !ctx.unitId) rows.push(row(null, NO_UNIT, loose));
  return { rows, total: row(null, 'Tổng cộng', onRoster) };
}
