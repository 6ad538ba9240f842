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

interface OwnWords {
  description: string;
  place: string;
  decision: string;
  folded: string;
  /** The record's rule references and their keys, in order. */
  refs: RuleRef[];
  keys: string[];
}

const ownWords = new WeakMap<Violation, OwnWords>();

/**
 * The record's own words (description, place, decision number) folded, and its references' keys; made
 * again when any of those words or the reference list changes (an edit writes new values, so a kept entry
 * is compared with the record's current ones, never trusted blindly).
 */
function ownWordsOf(v: Violation): OwnWords {
  const decision = v.decision?.number ?? '';
  const kept = ownWords.get(v);
  if (kept && kept.description === v.description && kept.place === v.place && kept.decision === decision && kept.refs === v.ruleRefs) return kept;
  const entry: OwnWords = {
    description: v.description, place: v.place, decision,
    folded: foldVietnamese(`${v.description} ${v.place} ${decision}`),
    refs: v.ruleRefs,
    keys: v.ruleRefs.map(refKey),
  };
  ownWords.set(v, entry);
  return entry;
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
  // Every filter but the search words, which the word checks test without building a text per record.
  const test = violationMatcher<LightRow>({ ...query, search: undefined }, () => '');
  const checks = foldVietnamese(query.search ?? '').split(' ').filter(Boolean).map((word) => wordCheck(word, labels));
  const out: Violation[] = [];
  // One row object, refilled per record (the matcher keeps nothing): 50,000 rows per search made garbage.
  const row: LightRow = { record: records[0] as Violation, date: '', state: 'recorded', measure: null, people: NONE, rules: NONE };
  for (const record of records) {
    row.record = record;
    row.date = record.date;
    row.state = record.state;
    row.measure = record.measure;
    row.people = needsLabels ? record.staffIds.map(labels.person) : NONE;
    row.rules = needsLabels ? record.ruleRefs.map(labels.rule) : NONE;
    if (!test(row)) continue;
    if (checks.length > 0) {
      const own = ownWordsOf(record);
      if (!checks.every((check) => check(record, own))) continue;
    }
    out.push(record);
  }
  return out;
}

/** Whether a record holds one searched word: in its own words, a person's or a rule's (each person and rule tested once per search). */
function wordCheck(word: string, labels: RowLabels): (record: Violation, own: OwnWords) => boolean {
  const people = new Map<string, boolean>();
  const rules = new Map<string, boolean>();
  const personHas = (id: string): boolean => {
    let hit = people.get(id);
    if (hit === undefined) {
      hit = labels.personText(id).includes(word);
      people.set(id, hit);
    }
    return hit;
  };
  const ruleHas = (own: OwnWords): boolean => {
    for (let i = 0; i < own.keys.length; i += 1) {
      const key = own.keys[i] as string;
      let hit = rules.get(key);
      if (hit === undefined) {
        hit = labels.ruleText(own.refs[i] as RuleRef).includes(word);
        rules.set(key, hit);
      }
      if (hit) return true;
    }
    return false;
  };
  return (record, own) => own.folded.includes(word) || record.staffIds.some(personHas) || ruleHas(own);
}
