/** Filtering violation rows: period, unit, person, rule set and article, state, measure, search without diacritics. */
import type { ViolationRow } from '../api/violationsTypes';
import { isDisciplineForm, type HandlingMeasure, type ViolationState } from '../schema/violation';
import { monthRange } from './violationDates';
import { foldVietnamese } from './text';

export interface ViolationQuery {
  from?: string;
  to?: string;
  /** 'yyyy-mm'; narrows from/to to that month. */
  month?: string;
  unitId?: string;
  staffId?: string;
  ruleSetId?: string;
  article?: string;
  state?: ViolationState;
  measure?: HandlingMeasure | 'discipline' | 'none';
  search?: string;
}

/** The day range a query covers (open ends stay undefined). */
export function queryRange(query: ViolationQuery): { from?: string; to?: string } {
  if (!query.month) return { from: query.from, to: query.to };
  const month = monthRange(query.month);
  return {
    from: query.from && query.from > month.from ? query.from : month.from,
    to: query.to && query.to < month.to ? query.to : month.to,
  };
}

/** What the filter looks at in a row (the service filters light rows of this shape before building full ones). */
export type FilterableRow = Pick<ViolationRow, 'date' | 'people' | 'rules' | 'state' | 'measure'>;

/** The words a search looks in, folded: description, place, people, rules, decision number. */
export function searchText(row: ViolationRow): string {
  const people = row.people.map((p) => `${p.fullName} ${p.code} ${p.unitName}`).join(' ');
  const rules = row.rules.map((r) => `${r.label} ${r.short}`).join(' ');
  return foldVietnamese(`${row.description} ${row.place} ${people} ${rules} ${row.decision?.number ?? ''}`);
}

function matchesMeasure(row: FilterableRow, measure: ViolationQuery['measure']): boolean {
  if (!measure) return true;
  if (measure === 'discipline') return isDisciplineForm(row.measure);
  if (measure === 'none') return row.measure === null;
  return row.measure === measure;
}

/**
 * The query as a test of one row. `textOf` gives the row's folded search text (the same words as
 * searchText, in any order: each searched word is looked for on its own); it runs last, only for rows
 * that pass every other filter.
 */
export function violationMatcher<R extends FilterableRow>(query: ViolationQuery, textOf: (row: R) => string): (row: R) => boolean {
  const { from, to } = queryRange(query);
  const words = foldVietnamese(query.search ?? '').split(' ').filter(Boolean);
  return (row) => {
    if (from && row.date < from) return false;
    if (to && row.date > to) return false;
    if (query.unitId && !row.people.some((p) => p.unitId === query.unitId)) return false;
    if (query.staffId && !row.people.some((p) => p.id === query.staffId)) return false;
    if (query.ruleSetId || query.article) {
      const hit = row.rules.some((r) => (!query.ruleSetId || r.ref.ruleSetId === query.ruleSetId) && (!query.article || r.ref.article === query.article));
      if (!hit) return false;
    }
    if (query.state && row.state !== query.state) return false;
    if (!matchesMeasure(row, query.measure)) return false;
    if (words.length > 0) {
      const haystack = textOf(row);
      if (!words.every((word) => haystack.includes(word))) return false;
    }
    return true;
  };
}

export function filterViolations(rows: ViolationRow[], query: ViolationQuery): ViolationRow[] {
  return rows.filter(violationMatcher(query, searchText));
}

/** Code-unit order: ISO days, HH:MM times and ids sort the same as with localeCompare, several times faster (50,000 rows per search). */
function ordinal(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Newest first: by date, then time, then id (so equal times keep one order everywhere). */
export function compareNewestFirst(a: Pick<ViolationRow, 'date' | 'time' | 'id'>, b: Pick<ViolationRow, 'date' | 'time' | 'id'>): number {
  return ordinal(b.date, a.date) || ordinal(b.time ?? '', a.time ?? '') || ordinal(a.id, b.id);
}
