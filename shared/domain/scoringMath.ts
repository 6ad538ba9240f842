/** Number helpers for scores: two decimals, the way the Excel formulas ROUND(…, 2) them. */

/** Rounds half away from zero to 2 decimals, absorbing binary noise (89.99999999 → 90). */
export function round2(value: number): number {
  const sign = value < 0 ? -1 : 1;
  return (sign * Math.round(Math.abs(value) * 100 + 1e-7)) / 100;
}

export function clamp(value: number, min: number, max: number): number {
  return Math.min(max, Math.max(min, value));
}

/** "89,5" for people; integers without decimals. */
export function formatPoints(value: number | null): string {
  return value === null ? '—' : round2(value).toLocaleString('vi-VN', { maximumFractionDigits: 2 });
}
