/**
 * The window's size and place, remembered between runs, and a minimum that fits the smallest office
 * screen: 1366×768 at 125 % scaling leaves about 1093×582 DIPs of work area under the taskbar.
 */
export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface WindowState {
  bounds: Rect;
  isMaximized: boolean;
}

/** Fits inside 1093×574 (the maximised window there, title bar included). */
export const MIN_SIZE = { width: 1000, height: 540 } as const;
export const DEFAULT_SIZE = { width: 1280, height: 820 } as const;

function isRect(value: unknown): value is Rect {
  const r = value as Rect;
  return Boolean(r) && [r.x, r.y, r.width, r.height].every((n) => typeof n === 'number' && Number.isFinite(n));
}

/** Reads a saved state; anything unreadable is no state. */
export function parseWindowState(text: string | null): WindowState | null {
  if (!text) return null;
  try {
    const value = JSON.parse(text) as Partial<WindowState>;
    return isRect(value.bounds) ? { bounds: value.bounds, isMaximized: value.isMaximized === true } : null;
  } catch {
    return null;
  }
}

function overlap(a: Rect, b: Rect): number {
  const w = Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x);
  const h = Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y);
  return w > 0 && h > 0 ? w * h : 0;
}

/**
 * Where the window opens: the saved bounds when they still fall on a screen (a monitor may have been
 * unplugged), shrunk to that screen's work area and never below the minimum; else centred on the primary.
 */
export function initialBounds(saved: WindowState | null, workAreas: Rect[]): Rect {
  const primary = workAreas[0] ?? { x: 0, y: 0, width: DEFAULT_SIZE.width, height: DEFAULT_SIZE.height };
  const target = saved ? workAreas.reduce<Rect | null>((best, area) => (overlap(saved.bounds, area) > (best ? overlap(saved.bounds, best) : 0) ? area : best), null) : null;
  const area = target ?? primary;
  const wanted = target && saved ? saved.bounds : { ...DEFAULT_SIZE, x: 0, y: 0 };
  const width = Math.max(Math.min(wanted.width, area.width), Math.min(MIN_SIZE.width, area.width));
  const height = Math.max(Math.min(wanted.height, area.height), Math.min(MIN_SIZE.height, area.height));
  const x = target ? Math.min(Math.max(wanted.x, area.x), area.x + area.width - width) : area.x + Math.round((area.width - width) / 2);
  const y = target ? Math.min(Math.max(wanted.y, area.y), area.y + area.height - height) : area.y + Math.round((area.height - height) / 2);
  return { x, y, width, height };
}
