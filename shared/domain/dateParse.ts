/**
 * Dates as ward spreadsheets hold them: Excel serial numbers, JS Dates (exceljs), dd/mm/yyyy text,
 * d/m/yy, yyyy-mm-dd, or a year alone. Returns an ISO date (yyyy-mm-dd) or an error reason.
 */
export type DateParse = { ok: true; iso: string | null } | { ok: false; reason: string };

const EXCEL_EPOCH_UTC = Date.UTC(1899, 11, 30);

function iso(year: number, month: number, day: number): string | null {
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return null;
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

function fromSerial(serial: number): string | null {
  if (!Number.isFinite(serial) || serial < 1 || serial > 2958465) return null;
  const date = new Date(EXCEL_EPOCH_UTC + Math.floor(serial) * 86400000);
  return iso(date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate());
}

function expandYear(two: number, pivotYear: number): number {
  const century = Math.floor(pivotYear / 100) * 100;
  const candidate = century + two;
  return candidate > pivotYear ? candidate - 100 : candidate;
}

/** `pivotYear`: two-digit years above it belong to the previous century (birth dates are in the past). */
export function parseSheetDate(value: unknown, pivotYear = new Date().getFullYear()): DateParse {
  if (value === null || value === undefined) return { ok: true, iso: null };
  if (value instanceof Date) {
    const result = iso(value.getUTCFullYear(), value.getUTCMonth() + 1, value.getUTCDate());
    return result ? { ok: true, iso: result } : { ok: false, reason: 'ngày không hợp lệ' };
  }
  if (typeof value === 'number') {
    if (Number.isInteger(value) && value >= 1900 && value <= 2100) return { ok: true, iso: `${value}-01-01` };
    const result = fromSerial(value);
    return result ? { ok: true, iso: result } : { ok: false, reason: `số ngày không hợp lệ: ${value}` };
  }
  const text = String(value).normalize('NFC').trim().replace(/\s+/g, '');
  if (text === '') return { ok: true, iso: null };
  let match = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{2}|\d{4})$/.exec(text);
  if (match) {
    const year = match[3]!.length === 2 ? expandYear(Number(match[3]), pivotYear) : Number(match[3]);
    const result = iso(year, Number(match[2]), Number(match[1]));
    return result ? { ok: true, iso: result } : { ok: false, reason: `ngày không có thật: ${String(value).trim()}` };
  }
  match = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(text);
  if (match) {
    const result = iso(Number(match[1]), Number(match[2]), Number(match[3]));
    return result ? { ok: true, iso: result } : { ok: false, reason: `ngày không có thật: ${text}` };
  }
  match = /^(\d{1,2})[/.-](\d{4})$/.exec(text);
  if (match) {
    const result = iso(Number(match[2]), Number(match[1]), 1);
    return result ? { ok: true, iso: result } : { ok: false, reason: `tháng không hợp lệ: ${text}` };
  }
  if (/^\d{4}$/.test(text)) return { ok: true, iso: `${text}-01-01` };
  if (/^\d+(\.\d+)?$/.test(text)) return parseSheetDate(Number(text), pivotYear);
  return { ok: false, reason: `không đọc được ngày: ${String(value).trim()}` };
}
