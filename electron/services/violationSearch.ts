/**
 * Filtering tens of thousands of violations quickly: each record is tested as a light row (people and
 * rule labels built once per call and shared), its own words' folded search text is kept per record
 * object while those words are unchanged (a WeakMap checked against the words themselves, so an edit is
 * never missed), and full rows are built only for the records a list shows.
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

const ownWords = new WeakMap<Violation, { description: string; place: string; decision: string; folded: string }>();

/** The record's own words (description, place, decision number), folded; recomputed when any of them changes. */
function foldedOwnWords(v: Violation): string {
  const decision = v.decision?.number ?? '';
  const kept = ownWords.get(v);
  if (kept && kept.description === v.description && kept.place === v.place && kept.decision === decision) return kept.folded;
  const folded = foldVietnamese(`${v.description} ${v.place} ${decision}`);
  ownWords.set(v, { description: v.description, place: v.place, decision, folded });
  return folded;
}

interface LightRow extends FilterableRow {
  record: Violation;
}

const NONE: never[] = [];

/**
 * The records that match the query (the same filter as filterViolations over full rows), in stored order.
 * People and rule labels are looked up only when a filter needs them; a searched word is looked for in the
 * record's own words, then in each person's and each rule's (a word holds no space, so it cannot span two).
 */
export function matchRecords(records: Violation[], query: ViolationQuery, labels: RowLabels): Violation[] {
  const needsLabels = Boolean(query.unitId || query.staffId || query.ruleSetId || query.article);
  // Every filter but the search words, which hasEveryWord checks without building a text per record.
  const test = violationMatcher<LightRow>({ ...query, search: undefined }, () => '');
  const words = foldVietnamese(query.search ?? '').split(' ').filter(Boolean);
  const out: Violation[] = [];
  for (const record of records) {
    const row: LightRow = {
      record,
      date: record.date,
      state: record.state,
      measure: record.measure,
      people: needsLabels ? record.staffIds.map(labels.person) : NONE,
      rules: needsLabels ? record.ruleRefs.map(labels.rule) : NONE,
    };
    if (test(row) && (words.length === 0 || hasEveryWord(record, words, labels))) out.push(record);
  }
  return out;
}

function hasEveryWord(record: Violation, words: string[], labels: RowLabels): boolean {
  const own = foldedOwnWords(record);
  return words.every((word) => own.includes(word)
    || record.staffIds.some((id) => labels.personText(id).includes(word))
    || record.ruleRefs.some((ref) => labels.ruleText(ref).includes(word)));
}
