/** Calendar helpers for demo data: days as 'yyyy-mm-dd' strings, computed in UTC so time zones never shift them. */
import type { Random } from './prng';

const DAY_MS = 86_400_000;

export function dayOf(date: Date): string {
  return date.toISOString().slice(0, 10);
}

export function toTime(day: string): number {
  return Date.parse(`${day}T00:00:00.000Z`);
}

export function addDays(day: string, days: number): string {
  return dayOf(new Date(toTime(day) + days * DAY_MS));
}

export function addYears(day: string, years: number): string {
  const year = Number(day.slice(0, 4)) + years;
  const rest = day.slice(4) === '-02-29' ? '-02-28' : day.slice(4);
  return `${year}${rest}`;
}

/** A random day in [from, to]; `from` when the range is empty. */
export function randomDay(random: Random, from: string, to: string): string {
  const span = Math.floor((toTime(to) - toTime(from)) / DAY_MS);
  return span <= 0 ? from : addDays(from, random.int(0, span));
}

/** An instant on a working hour of that day (08:00–16:59 Hà Nội time), as an ISO string. */
export function officeTime(random: Random, day: string): string {
  const hour = random.int(1, 9);
  const minute = random.int(0, 59);
  return `${day}T${String(hour).padStart(2, '0')}:${String(minute).padStart(2, '0')}:00.000Z`;
}

export function earlier(a: string, b: string): string {
  return a < b ? a : b;
}

export function later(a: string, b: string): string {
  return a > b ? a : b;
}

/** A random working day (Monday–Friday, not 1 January) in [from, to], falling back to any day. */
export function randomWorkday(random: Random, from: string, to: string): string {
  let day = randomDay(random, from, to);
  for (let attempt = 0; attempt < 6; attempt += 1) {
    const weekday = new Date(toTime(day)).getUTCDay();
    if (weekday !== 0 && weekday !== 6 && !day.endsWith('-01-01')) return day;
    day = randomDay(random, from, to);
  }
  return day;
}
