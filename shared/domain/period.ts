/**
 * Period keys: '2026-05' (month), '2026-Q2' (quarter), '2026-H1' (6 months, sơ kết), '2026' (year, tổng kết).
 * Longer periods are made of months; their scores roll up from the months (rollup.ts).
 */
import type { PeriodKind } from '../schema/period';

export interface PeriodInfo {
  key: string;
  kind: PeriodKind;
  year: number;
  /** Month 1–12, quarter 1–4, half 1–2; 0 for a year. */
  index: number;
}

const ROMAN = ['I', 'II', 'III', 'IV'];

export function parsePeriodKey(raw: string): PeriodInfo | null {
  const key = raw.trim().toUpperCase();
  let match = /^(\d{4})-(\d{2})$/.exec(key);
  if (match) {
    const month = Number(match[2]);
    return month >= 1 && month <= 12 ? { key, kind: 'month', year: Number(match[1]), index: month } : null;
  }
  match = /^(\d{4})-Q([1-4])$/.exec(key);
  if (match) return { key, kind: 'quarter', year: Number(match[1]), index: Number(match[2]) };
  match = /^(\d{4})-H([12])$/.exec(key);
  if (match) return { key, kind: 'half', year: Number(match[1]), index: Number(match[2]) };
  match = /^(\d{4})$/.exec(key);
  if (match) return { key, kind: 'year', year: Number(match[1]), index: 0 };
  return null;
}

export function isPeriodKey(raw: string): boolean {
  return parsePeriodKey(raw) !== null;
}

function monthKey(year: number, month: number): string {
  return `${year}-${String(month).padStart(2, '0')}`;
}

/** The months a period is made of, in order. */
export function monthsOf(info: PeriodInfo): string[] {
  const span = { month: [info.index, info.index], quarter: [info.index * 3 - 2, info.index * 3], half: [info.index * 6 - 5, info.index * 6], year: [1, 12] }[info.kind];
  const months: string[] = [];
  for (let m = span[0] ?? 1; m <= (span[1] ?? 12); m += 1) months.push(monthKey(info.year, m));
  return months;
}

function lastDayOf(month: string): string {
  const [y, m] = month.split('-').map(Number);
  const day = new Date(Date.UTC(y ?? 2000, m ?? 1, 0)).getUTCDate();
  return `${month}-${String(day).padStart(2, '0')}`;
}

/** First and last day (ISO) of a period. */
export function periodRange(info: PeriodInfo): { from: string; to: string } {
  const months = monthsOf(info);
  return { from: `${months[0]}-01`, to: lastDayOf(months[months.length - 1] ?? '') };
}

export function periodLabel(info: PeriodInfo): string {
  switch (info.kind) {
    case 'month':
      return `Tháng ${String(info.index).padStart(2, '0')}/${info.year}`;
    case 'quarter':
      return `Quý ${ROMAN[info.index - 1]}/${info.year}`;
    case 'half':
      return info.index === 1 ? `6 tháng đầu năm ${info.year}` : `6 tháng cuối năm ${info.year}`;
    default:
      return `Năm ${info.year}`;
  }
}

/** The label of a key, or the key itself when it is not one. */
export function labelOfKey(key: string): string {
  const info = parsePeriodKey(key);
  return info ? periodLabel(info) : key;
}

/** Keys of the periods a month (or a quarter) belongs to: itself, its quarter, its half, its year. */
export function periodsContaining(key: string): string[] {
  const info = parsePeriodKey(key);
  if (!info) return [];
  if (info.kind === 'quarter') return [info.key, `${info.year}-H${info.index <= 2 ? 1 : 2}`, String(info.year)];
  if (info.kind !== 'month') return [];
  return [info.key, `${info.year}-Q${Math.ceil(info.index / 3)}`, `${info.year}-H${info.index <= 6 ? 1 : 2}`, String(info.year)];
}

/**
 * How often the ward scores: every month, or every quarter (ND 335/2025 Điều 14: results compared
 * "hằng tháng hoặc quý" — QUOTED-PRESS). The choice between them is the ward's.
 */
export type ScoringCadence = 'month' | 'quarter';

/** The periods scored directly inside a period: its months, or its quarters for a quarterly ward; [] when it cannot be scored that way. */
export function scoredPeriodsOf(info: PeriodInfo, cadence: ScoringCadence): string[] {
  if (cadence === 'month') return monthsOf(info);
  if (info.kind === 'month') return [];
  const months = monthsOf(info);
  const quarters = [...new Set(months.map((m) => Math.ceil(Number(m.slice(5, 7)) / 3)))];
  return quarters.map((q) => `${info.year}-Q${q}`);
}
