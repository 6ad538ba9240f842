/**
 * The violation list's search index, kept between calls: per yearly file, its live records newest first
 * and each one's folded search text (the words searchText gives a full row: description, place, people,
 * rules, decision number). A search then tests one string per record, and needs no sort.
 *
 * An index is kept with the store's generation of its file (every change to the file, a reload or a
 * restore changes it) and of the files its people and rule labels come from (staff, units, imported rule
 * sets): a violation added, edited, moved or deleted, or a person renamed, makes it again on the next call.
 */
import type { Store } from '../store/dataStore';
import { foldVietnamese } from '../../shared/domain/text';
import { compareNewestFirst } from '../../shared/domain/violationQuery';
import type { Violation } from '../../shared/schema/violation';
import type { RowLabels } from './violationSearch';

export interface YearIndex {
  year: string;
  /** Live records, newest first. */
  records: Violation[];
  /** Each record's folded search text (same order). */
  texts: string[];
}

interface KeptIndex extends YearIndex {
  generation: number;
  labelsKey: string;
  /** Each record's own words folded (description, place, decision number): kept when only the labels change. */
  own: string[];
}

const kept = new WeakMap<Store, Map<string, KeptIndex>>();

/** What the people and rule labels are made from: when it changes, the texts are made again (the own words are kept). */
export function labelsKeyOf(store: Store, rulesDir: string): string {
  return `${store.generation('staff')}|${store.generation('units')}|${store.generation('ruleSets')}|${rulesDir}`;
}

/** The folded own words of a record: the parts of searchText that are the record's, not its people's or rules'. */
function ownText(v: Violation): string {
  return foldVietnamese(`${v.description} ${v.place} ${v.decision?.number ?? ''}`);
}

/**
 * The whole folded search text from the folded parts, joined by spaces: a searched word holds no space,
 * so it is found here exactly when it is found in searchText of the record's full row.
 */
function fullText(v: Violation, own: string, labels: RowLabels): string {
  let text = own;
  for (const id of v.staffIds) text += ` ${labels.personText(id)}`;
  for (const ref of v.ruleRefs) text += ` ${labels.ruleText(ref)}`;
  return text;
}

/** The index of one loaded year (made again when the file or the labels changed since it was kept). */
export function yearIndex(store: Store, year: string, labels: RowLabels, labelsKey: string): YearIndex {
  let byYear = kept.get(store);
  if (!byYear) {
    byYear = new Map();
    kept.set(store, byYear);
  }
  const generation = store.generation('violations', year);
  const before = byYear.get(year);
  if (before && before.generation === generation && before.labelsKey === labelsKey) return before;
  let records: Violation[];
  let own: string[];
  if (before && before.generation === generation) {
    ({ records, own } = before);
  } else {
    records = store.collection('violations', year).records.filter((r) => !r.deletedAt).sort(compareNewestFirst);
    own = records.map(ownText);
  }
  const texts = records.map((v, i) => fullText(v, own[i] as string, labels));
  const index: KeptIndex = { year, records, texts, own, generation, labelsKey };
  byYear.set(year, index);
  return index;
}

/**
 * Whether the years' records, one year after another (newest year first), are already newest first as a
 * whole: each year's oldest record comes before the next year's newest (true unless a record sits in
 * another year's file).
 */
export function isInOrder(indexes: YearIndex[]): boolean {
  const years = indexes.filter((index) => index.records.length > 0);
  for (let i = 1; i < years.length; i += 1) {
    const newer = (years[i - 1] as YearIndex).records;
    const older = (years[i] as YearIndex).records;
    const last = newer[newer.length - 1];
    const first = older[0];
    if (last && first && compareNewestFirst(last, first) > 0) return false;
  }
  return true;
}
