/**
 * The rows of a long grid worth drawing: those in sight in its scroll area, a few either side, and the row
 * holding the focus. A 280-person grid drawn whole costs the browser ~100 ms of layout and compositing
 * per keystroke (every cell, every pinned cell a layer); drawn this way a keystroke lays out a few dozen
 * rows. Rows above and below are stood in for by two spacer rows of their measured (or estimated) height,
 * so the scroll bar, the sticky header and the pinned columns behave as for the whole table.
 * Short grids (≤ WINDOW_FROM rows) are drawn whole.
 */
import { useCallback, useLayoutEffect, useMemo, useRef, useState, type RefObject } from 'react';

/** Grids up to this many rows are drawn whole. */
export const WINDOW_FROM = 60;
const ESTIMATE = 34;
const OVERSCAN = 400;

export interface RowWindow {
  start: number;
  end: number;
  /** Heights of the spacer rows above and below the drawn rows. */
  before: number;
  after: number;
}

interface Options {
  scroller: RefObject<HTMLElement | null>;
  body: RefObject<HTMLTableSectionElement | null>;
  keys: string[];
  /** Pixels drawn beyond the visible area on either side (default 400). */
  overscan?: number;
  /** The height of a row not measured yet (px). */
  estimate?: number;
  /** Lists up to this many rows are drawn whole (default WINDOW_FROM). */
  windowFrom?: number;
  /** Every row is `estimate` px high (fixed by CSS): rows are not measured, which saves a forced layout a drawing. */
  isFixedHeight?: boolean;
}

/** The first index whose row ends below `y` (offsets[i] is the top of row i, offsets[n] the end). */
function rowAt(offsets: number[], y: number): number {
  let lo = 0;
  let hi = offsets.length - 2;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (offsets[mid + 1]! <= y) lo = mid + 1;
    else hi = mid;
  }
  return Math.max(0, lo);
}

export function useRowWindow({ scroller, body, keys, overscan = OVERSCAN, estimate = ESTIMATE, isFixedHeight = false, windowFrom = WINDOW_FROM }: Options): { range: RowWindow; onFocusRow: (row: number) => void } {
  const isWindowed = keys.length > windowFrom;
  const heights = useRef(new Map<string, number>());
  const [measured, setMeasured] = useState(0);
  const [view, setView] = useState({ top: 0, height: 600 });
  const [focused, setFocused] = useState<number | null>(null);

  useLayoutEffect(() => {
    const element = scroller.current;
    if (!isWindowed || !element) return undefined;
    const update = () => {
      const head = body.current?.offsetTop ?? 0;
      setView((v) => {
        const next = { top: Math.max(0, element.scrollTop - head), height: element.clientHeight };
        return v.top === next.top && v.height === next.height ? v : next;
      });
    };
    update();
    element.addEventListener('scroll', update, { passive: true });
    const observer = new ResizeObserver(update);
    observer.observe(element);
    return () => {
      element.removeEventListener('scroll', update);
      observer.disconnect();
    };
  }, [scroller, body, isWindowed]);

  const offsets = useMemo(() => {
    const out = [0];
    for (const key of keys) out.push(out[out.length - 1]! + (heights.current.get(key) ?? estimate));
    return out;
    // `measured` counts the height updates: the offsets follow them.
  }, [keys, measured, estimate]); // eslint-disable-line react-hooks/exhaustive-deps

  const range = useMemo<RowWindow>(() => {
    const n = keys.length;
    if (!isWindowed) return { start: 0, end: n, before: 0, after: 0 };
    let start = rowAt(offsets, view.top - overscan);
    let end = Math.min(n, rowAt(offsets, view.top + view.height + overscan) + 1);
    if (focused !== null && focused < n) {
      start = Math.min(start, focused);
      end = Math.max(end, focused + 1);
    }
    return { start, end, before: offsets[start]!, after: offsets[n]! - offsets[end]! };
  }, [keys.length, isWindowed, offsets, view, focused, overscan]);

  // The drawn rows' real heights (a row with a tag or an automatic change is taller), once per new range.
  useLayoutEffect(() => {
    if (!isWindowed || isFixedHeight || !body.current) return;
    let isChanged = false;
    for (const row of body.current.querySelectorAll<HTMLTableRowElement>('tr[data-key]')) {
      const key = row.dataset.key!;
      const h = row.offsetHeight;
      if (h > 0 && Math.abs((heights.current.get(key) ?? estimate) - h) > 1) {
        heights.current.set(key, h);
        isChanged = true;
      }
    }
    if (isChanged) setMeasured((m) => m + 1);
  }, [isWindowed, isFixedHeight, body, range.start, range.end, keys, estimate]);

  const onFocusRow = useCallback((row: number) => setFocused((f) => (f === row ? f : row)), []);
  return { range, onFocusRow };
}
