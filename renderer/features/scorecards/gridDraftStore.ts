/**
 * The scoring grid's drafts outside React state: a keystroke updates one row's cells here, and only what
 * subscribed to that row (the row itself) redraws at once; the save bar and the page's "unsaved" count
 * follow through their own subscriptions. Kept by the Thi đua page for its life, by period and set.
 */
import { useSyncExternalStore } from 'react';
import { countCells, type GridDrafts, type GridEdits } from './gridDraft';

const NO_EDITS: GridEdits = {};

export class GridDraftStore {
  private drafts: GridDrafts = {};
  private readonly listeners = new Set<() => void>();

  /** The unsaved cells of one grid (period|set); the same object until they change. */
  get(key: string): GridEdits {
    return this.drafts[key] ?? NO_EDITS;
  }

  /** Every unsaved cell of every grid. */
  count(): number {
    return Object.values(this.drafts).reduce((n, d) => n + countCells(d), 0);
  }

  update(key: string, change: (edits: GridEdits) => GridEdits): void {
    const next = change(this.get(key));
    if (next === this.drafts[key]) return;
    this.drafts = { ...this.drafts, [key]: next };
    for (const listener of this.listeners) listener();
  }

  /** One cell typed: only that row's cells object is new. */
  setCell(key: string, subjectId: string, criterionId: string, text: string): void {
    this.update(key, (e) => ({ ...e, [subjectId]: { ...e[subjectId], [criterionId]: text } }));
  }

  readonly subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };
}

/** The typed cells of one row (undefined when none): the row redraws when they change, not otherwise. */
export function useRowCells(store: GridDraftStore, key: string, subjectId: string): Record<string, string> | undefined {
  return useSyncExternalStore(store.subscribe, () => store.get(key)[subjectId]);
}

/** The unsaved cells of one grid. */
export function useGridEdits(store: GridDraftStore, key: string): GridEdits {
  return useSyncExternalStore(store.subscribe, () => store.get(key));
}

/** How many cells are unsaved over every grid. */
export function useUnsavedCount(store: GridDraftStore): number {
  return useSyncExternalStore(store.subscribe, () => store.count());
}
