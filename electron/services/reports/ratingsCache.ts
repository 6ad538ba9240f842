/**
 * The ratings a report reads (one line per person or unit: who, which unit, which rating), kept per
 * criteria set and period between reports. Computing a year's ratings means scoring every month of
 * every person (tens of thousands of score breakdowns at 2,000 staff); the clerk opens Báo cáo, then
 * saves it as Word and as PDF — each would recompute the same thing. An entry is used only while the
 * data it was computed from is unchanged: the store gives every record it changes a new entry in its
 * `history` (store/audit.ts), so the count of records and of history entries of each file read (and the
 * file objects themselves, replaced by a restore) are a fingerprint that moves with every change.
 */
import type { Rating } from '../../../shared/schema/criteria';
import type { CollectionKind } from '../../../shared/schema/kinds';
import type { BaseRecord } from '../../../shared/schema/records';
import { loadYear, SCORED_FROM } from '../scoringData';
import { getScoringSettings } from '../scoringSettings';
import type { Session } from '../session';

export interface RatedSubject {
  id: string;
  unitId: string | null;
  unitName: string;
  rating: Rating | null;
}

const fileIds = new WeakMap<object, number>();
let nextFileId = 1;

function fileId(file: object): number {
  let id = fileIds.get(file);
  if (id === undefined) fileIds.set(file, (id = nextFileId++));
  return id;
}

const SINGLE_FILES: CollectionKind[] = ['staff', 'units', 'periods', 'evaluationRecords', 'criteriaSets', 'scoringSettings'];

/** What the ratings of a year's periods are computed from, as a short string that changes with any change. */
export async function ratingsFingerprint(session: Session, year: number): Promise<string> {
  await loadYear(session, year);
  const store = session.store;
  const files = [
    ...SINGLE_FILES.map((kind) => store.collection(kind)),
    ...(Object.entries(SCORED_FROM) as [keyof typeof SCORED_FROM, readonly number[]][]).flatMap(([kind, offsets]) => offsets.map((offset) => store.collection(kind, String(year + offset)))),
  ];
  return files
    .map((file) => {
      let entries = 0;
      for (const r of file.records as BaseRecord[]) entries += r.history?.length ?? 0;
      return `${fileId(file)}:${file.records.length}:${entries}`;
    })
    .join(',') + `|${JSON.stringify(getScoringSettings(session))}`;
}

interface Entry {
  fingerprint: string;
  subjects: RatedSubject[];
}

const cache = new WeakMap<object, Map<string, Entry>>();

/** The cached ratings of a set and period, when computed from the same data; else null. */
export function cachedRatings(session: Session, setId: string, periodKey: string, fingerprint: string): RatedSubject[] | null {
  const entry = cache.get(session.store)?.get(`${setId}|${periodKey}`);
  return entry && entry.fingerprint === fingerprint ? entry.subjects : null;
}

export function keepRatings(session: Session, setId: string, periodKey: string, fingerprint: string, subjects: RatedSubject[]): void {
  let entries = cache.get(session.store);
  if (!entries) cache.set(session.store, (entries = new Map()));
  entries.set(`${setId}|${periodKey}`, { fingerprint, subjects });
}
