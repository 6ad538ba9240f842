/** Day and month helpers for violations: data keeps ISO days (yyyy-mm-dd), people read dd/mm/yyyy. */

/** 'yyyy-mm-dd' → 'dd/mm/yyyy' (no time-zone shift: the day is read as written). */
export function formatIsoDay(day: string | null | undefined): string {
  const match = day ? /^(\d{4})-(\d{2})-(\d{2})$/.exec(day) : null;
  return match ? `${match[3]}/${match[2]}/${match[1]}` : '';
}

/** Whether a string is a real calendar day written yyyy-mm-dd. */
export function isIsoDay(value: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) return false;
  const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
  return date.getUTCFullYear() === Number(match[1]) && date.getUTCMonth() === Number(match[2]) - 1 && date.getUTCDate() === Number(match[3]);
}

/** The first and last day of a month 'yyyy-mm'. */
export function monthRange(month: string): { from: string; to: string } {
  const [year, mm] = month.split('-').map(Number) as [number, number];
  const last = new Date(Date.UTC(year, mm, 0)).getUTCDate();
  return { from: `${month}-01`, to: `${month}-${String(last).padStart(2, '0')}` };
}

/** 'yyyy-mm' → 'tháng 03 năm 2026'. */
export function monthLabel(month: string): string {
  const [year, mm] = month.split('-');
  return `tháng ${mm} năm ${year}`;
}

/** The years (as partition names) a day range touches. */
export function yearsBetween(from: string, to: string): string[] {
  const first = Number(from.slice(0, 4));
  const last = Number(to.slice(0, 4));
  const years: string[] = [];
  for (let year = first; year <= last; year += 1) years.push(String(year));
  return years;
}
