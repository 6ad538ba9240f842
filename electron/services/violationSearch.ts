/**
 * Filtering tens of thousands of violations quickly: the search words are tested on the kept index's folded
 * texts (violationIndex.ts), other filters on a light row (people and rule labels built once per call and
 * shared), and full rows are built only for the records a list shows.
 */
import type { PersonLabel, RuleRefLabel } from '../../shared/api/violationsTypes';
import type { RuleRef } from '../../shared/domain/ruleNodes';
import { foldVietnamese } from '../../shared/domain/text';
import { compareNewestFirst, violationMatcher, type FilterableRow, type ViolationQuery } from '../../shared/domain/violationQuery';
import type { Violation } from '../../shared/schema/violation';
import { personLabel, ruleLabel, type ViolationContext } from './violationDeps';
import { isInOrder, type YearIndex } from './violationIndex';

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

interface LightRow extends FilterableRow {
  record: Violation;
}

const NONE: never[] = [];

/** Whether the query filters on anything besides its search words. */
function hasOtherFilters(query: ViolationQuery): boolean {
  return Boolean(query.from || query.to || query.month || query.unitId || query.staffId || query.ruleSetId || query.article || query.state || query.measure);
}

/**
 * The records of the years' indexes (newest year first) that match the query — the same filter as
 * filterViolations over full rows — newest first. A searched word is looked for in the record's folded
 * search text; people and rule labels are looked up only when a filter needs them.
 */
export function matchRecords(indexes: YearIndex[], query: ViolationQuery, labels: RowLabels): Violation[] {
  const needsLabels = Boolean(query.unitId || query.staffId || query.ruleSetId || query.article);
  // Every filter but the search words, which are tested on the index's texts.
  const test = hasOtherFilters(query) ? violationMatcher<LightRow>({ ...query, search: undefined }, () => '') : null;
  const words = foldVietnamese(query.search ?? '').split(' ').filter(Boolean);
  const out: Violation[] = [];
  // One row object, refilled per record (the matcher keeps nothing).
  const row: LightRow = { record: null as unknown as Violation, date: '', state: 'recorded', measure: null, people: NONE, rules: NONE };
  for (const { records, texts } of indexes) {
    for (let i = 0; i < records.length; i += 1) {
      const record = records[i] as Violation;
      if (words.length > 0 && !hasEvery(texts[i] as string, words)) continue;
      if (test) {
        row.record = record;
        row.date = record.date;
        row.state = record.state;
        row.measure = record.measure;
        row.people = needsLabels ? record.staffIds.map(labels.person) : NONE;
        row.rules = needsLabels ? record.ruleRefs.map(labels.rule) : NONE;
        if (!test(row)) continue;
      }
      out.push(record);
    }
  }
  return isInOrder(indexes) ? out : out.sort(compareNewestFirst);
}

function hasEvery(text: string, words: string[]): boolean {
  for (const word of words) if (!text.includes(word)) return false;
  return true;
}
