/**
 * Filtering tens of thousands of violations quickly: each record is tested as a light row (people and
 * rule labels built once per call and shared), its own words' folded search text is kept per record
 * object while those words are unchanged (a WeakMap checked against the raw words, so an edit is never
 * missed), and full rows are built only for the records a list shows.
 */
import type { PersonLabel, RuleRefLabel } from '../../shared/api/violationsTypes';
import type { RuleRef } from '../../shared/domain/ruleNodes';
import { foldVietnamese } from '../../shared/domain/text';
import { violationMatcher, type FilterableRow, type ViolationQuery } from '../../shared/domain/violationQuery';
import type { Violation } from '../../shared/schema/violation';
import { personLabel, ruleLabel, type ViolationContext } from './violationDeps';

/** People and rule labels of one call, each built once (with its folded search words). */
export interface RowLabels {
  person: (id: string) => PersonLabel;
  rule: (ref: RuleRef) => RuleRefLabel;
  personText: (id: string) => string;
  ruleText: (ref: RuleRef) => string;
}

const refKey = (r: RuleRef) => `${r.ruleSetId}@${r.version}|${r.chapter ?? ''}|${r.article ?? ''}|${r.clause ?? ''}|${r.point ?? ''}|${r.list ?? ''}|${r.item ?? ''}`;

function memo<K, V>(key: (k: K) => string, make: (k: K) => V): (k: K) => V {
  const cache = new Map<string, V>();
  return (k) => {
    const id = key(k);
    let value = cache.get(id);
    if (value === undefined) {
      value = make(k);
      cache.set(id, value);
    }
    return value;
  };
}

export function rowLabels(ctx: ViolationContext): RowLabels {
  const person = memo((id: string) => id, (id) => personLabel(ctx, id));
  const rule = memo(refKey, (ref) => ruleLabel(ctx, ref));
  return {
    person,
    rule,
    personText: memo((id: string) => id, (id) => {
      const p = person(id);
      return foldVietnamese(`${p.fullName} ${p.code} ${p.unitName}`);
    }),
    ruleText: memo(refKey, (ref) => {
      const r = rule(ref);
      return foldVietnamese(`${r.label} ${r.short}`);
    }),
  };
}

const ownWords = new WeakMap<Violation, { raw: string; folded: string }>();

/** The record's own words (description, place, decision number), folded; recomputed when they change. */
function foldedOwnWords(v: Violation): string {
  const raw = `${v.description}\u0000${v.place}\u0000${v.decision?.number ?? ''}`;
  const kept = ownWords.get(v);
  if (kept && kept.raw === raw) return kept.folded;
  const folded = foldVietnamese(`${v.description} ${v.place} ${v.decision?.number ?? ''}`);
  ownWords.set(v, { raw, folded });
  return folded;
}

interface LightRow extends FilterableRow {
  record: Violation;
}

/** The records that match the query (same filter as filterViolations over full rows), in stored order. */
export function matchRecords(records: Violation[], query: ViolationQuery, labels: RowLabels): Violation[] {
  const test = violationMatcher<LightRow>(query, (row) =>
    `${foldedOwnWords(row.record)} ${row.record.staffIds.map(labels.personText).join(' ')} ${row.record.ruleRefs.map(labels.ruleText).join(' ')}`,
  );
  const out: Violation[] = [];
  for (const record of records) {
    const row: LightRow = { record, date: record.date, state: record.state, measure: record.measure, people: record.staffIds.map(labels.person), rules: record.ruleRefs.map(labels.rule) };
    if (test(row)) out.push(record);
  }
  return out;
}
