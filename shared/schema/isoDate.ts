/**
 * One rule for every date field the app stores: a real calendar day written yyyy-mm-dd.
 * 2026-02-31, 2026-99-99 or "hôm qua" are refused with a Vietnamese message naming the field,
 * so nothing impossible is stored and later shifted silently by Date arithmetic on export.
 */
import { z } from 'zod';

const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Whether a string is a real calendar day written yyyy-mm-dd (years 1900–2199). */
export function isCalendarDay(value: string): boolean {
  const match = ISO_DAY.exec(value);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  if (year < 1900 || year > 2199 || month < 1 || month > 12 || day < 1) return false;
  return day <= new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** What to do, in the words of a form: the stored yyyy-mm-dd is never named to the person. */
const PICK_AGAIN = 'chọn trên lịch hoặc gõ ngày/tháng/năm, ví dụ 31/05/2026';

/** A required date field: 'yyyy-mm-dd', a real day. */
export function isoDate(label = 'Ngày') {
  return z
    .string({ error: (issue) => (issue.input === undefined || issue.input === null ? `Chọn ${label.charAt(0).toLowerCase()}${label.slice(1)}` : `${label}: ${PICK_AGAIN}`) })
    .max(10, { error: `${label}: ngày không có thật — ${PICK_AGAIN}` })
    .refine(isCalendarDay, { error: `${label}: ngày không có thật — ${PICK_AGAIN}` });
}
