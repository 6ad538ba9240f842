/**
 * Turns one spreadsheet row (already read into plain cells) into a staff draft, or refusal reasons.
 * Pure: used by the Excel import and by its tests.
 */
import { parseSheetDate } from './dateParse';
import { foldVietnamese } from './text';
import { cleanIdNumber, isIdNumber } from './idNumber';
import type { BaseRecord } from '../schema/records';
import type { Gender, Staff, StaffCategory, StaffStatus } from '../schema/staff';

export type Cell = string | number | Date | boolean | null;

/** A staff record as a spreadsheet row gives it: the code may be missing and the unit is a name, not an id. */
export type StaffDraft = Omit<Staff, keyof BaseRecord | 'code' | 'unitId' | 'isHeadOfUnit'> & {
  code: string | null;
  unitName: string | null;
};

export type RowOutcome = { ok: true; draft: StaffDraft; warnings: string[] } | { ok: false; reasons: string[] };

function text(value: Cell): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  return String(value).normalize('NFC').replace(/\s+/g, ' ').trim();
}

/**
 * Categories as wards write them (folded: no diacritics, lower case, so NFC/NFD and case do not matter).
 * NHĐKCT/KCT (người hoạt động không chuyên trách) are neither cán bộ nor công chức: they are
 * recorded as 'worker' (the code's measures only; no ND 172/2025 discipline forms, not scored as
 * công chức under ND 335/2025) and the row keeps the words in its title — see docs/categories.md.
 */
const CATEGORY_WORDS: [RegExp, StaffCategory][] = [
  [/^(can bo|cb|can bo chuyen trach|cbct)$/, 'official'],
  [/^(cong chuc|cc|ccvc|cong chuc cap xa|cong chuc xa)$/, 'civilServant'],
  [/^(vien chuc|vc)$/, 'publicEmployee'],
  [/^(nguoi lao dong|nld|lao dong|hop dong|hd|lao dong hop dong|hop dong lao dong|hdld|hd ?ld|hd ?111|hd ?68|hop dong ?(111|68)|hd ?nd ?(111|68)|hd ?161)$/, 'worker'],
  [/^(nguoi hoat dong khong chuyen trach|hoat dong khong chuyen trach|khong chuyen trach|nhdkct|nhd kct|kct|hdkct)$/, 'worker'],
];

const PART_TIME = /^(nguoi hoat dong khong chuyen trach|hoat dong khong chuyen trach|khong chuyen trach|nhdkct|nhd kct|kct|hdkct)$/;

/** The words a category cell may hold: folded, with dots, dashes, slashes and extra spaces taken out. */
function foldCategory(value: string): string {
  return foldVietnamese(value).replace(/[.\-_/]+/g, ' ').replace(/\s+/g, ' ').trim();
}

export function parseCategory(value: string): StaffCategory | null {
  const folded = foldCategory(value);
  return CATEGORY_WORDS.find(([re]) => re.test(folded))?.[1] ?? null;
}

/** NHĐKCT/KCT: a 'worker' in the data, named as such in the title. */
export function isPartTimeCategory(value: string): boolean {
  return PART_TIME.test(foldCategory(value));
}

export const PART_TIME_TITLE = 'Người hoạt động không chuyên trách';

/** Without a category column: elected posts are cán bộ, everyone else is taken as công chức (a warning says so). */
function inferCategory(position: string): StaffCategory | null {
  const folded = foldVietnamese(position);
  if (/^(chu tich|pho chu tich|bi thu|pho bi thu)\b/.test(folded)) return 'official';
  return null;
}

export function parseStatus(value: string): StaffStatus | null {
  const folded = foldVietnamese(value);
  if (folded === '' || /^(dang cong tac|dang lam viec|cong tac)$/.test(folded)) return 'active';
  if (/chuyen/.test(folded)) return 'transferred';
  if (/huu/.test(folded)) return 'retired';
  if (/thoi viec|nghi viec/.test(folded)) return 'resigned';
  return null;
}

function parseGender(value: string): Gender | null {
  const folded = foldVietnamese(value);
  if (folded === 'nam' || folded === 'm') return 'male';
  if (folded === 'nu' || folded === 'f') return 'female';
  return null;
}

function isMark(value: Cell): boolean {
  return typeof value === 'string' && /^(x|v|✓|✔|co)$/i.test(foldVietnamese(value));
}

function parseYes(value: Cell): boolean {
  if (value === null || value === '') return false;
  if (value === true || value instanceof Date || typeof value === 'number') return true;
  const folded = foldVietnamese(String(value));
  return /^(x|v|co|dang vien|dv|yes|✓)$/.test(folded) || parseSheetDate(value).ok;
}

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** The name from one column, or from split columns (Họ đệm + Tên, or Họ + Tên đệm + Tên). */
function fullNameOf(cells: Record<string, Cell>): string {
  const whole = text(cells.fullName ?? null);
  if (whole) return whole;
  return [cells.familyName, cells.middleName, cells.givenName].map((v) => text(v ?? null)).filter(Boolean).join(' ');
}

/**
 * Số CCCD (12 digits) or CMND (9): a number cell has lost its leading zeros (Hà Nội's codes start
 * with 001), so they are put back and the row says so.
 */
function idNumberOf(value: Cell, warnings: string[]): string {
  if (value === null || value === '') return '';
  if (typeof value === 'number') {
    const digits = String(Math.round(value));
    if (digits.length >= 12 || digits.length === 9) return digits;
    const padded = digits.padStart(12, '0');
    warnings.push(`số CCCD ghi dạng số nên mất số 0 ở đầu (${digits}); đã đọc là ${padded} — hãy kiểm tra và định dạng cột là Văn bản`);
    return padded;
  }
  return cleanIdNumber(text(value));
}

/**
 * The number for the Số CCCD field: 12 or 9 digits, '' for a blank cell; anything else is left out
 * (undefined: a number already on record stays), and the row says so.
 */
function validIdNumber(value: Cell, warnings: string[]): string | undefined {
  const digits = idNumberOf(value, warnings);
  if (digits === '' || isIdNumber(digits)) return digits;
  warnings.push(`số CCCD không hợp lệ (${text(value)}): cần 12 chữ số (hoặc 9 chữ số của CMND cũ) — chưa ghi số này, hãy sửa trong tệp rồi nhập lại`);
  return undefined;
}

export function rowToDraft(cells: Record<string, Cell>, groupHeading: string | null, pivotYear: number): RowOutcome {
  const reasons: string[] = [];
  const warnings: string[] = [];
  const fullName = fullNameOf(cells);
  if (!fullName) reasons.push('thiếu họ và tên');
  else if (!/\p{L}/u.test(fullName) || /\d/.test(fullName)) reasons.push(`họ và tên không hợp lệ: ${fullName}`);

  const date = (field: string, label: string): string | null => {
    const parsed = parseSheetDate(cells[field] ?? null, pivotYear);
    if (!parsed.ok) reasons.push(`${label}: ${parsed.reason}`);
    return parsed.ok ? parsed.iso : null;
  };

  let gender = parseGender(text(cells.gender ?? null));
  let birthDate = date('birthDate', 'ngày sinh');
  for (const [field, g] of [['maleColumn', 'male'], ['femaleColumn', 'female']] as const) {
    const value = cells[field] ?? null;
    if (value === null || value === '') continue;
    gender = g;
    if (!isMark(value)) birthDate = date(field, 'ngày sinh');
  }

  const position = text(cells.position ?? null);
  const categoryText = text(cells.category ?? null);
  let category = categoryText ? parseCategory(categoryText) : inferCategory(position);
  if (categoryText && !category) reasons.push(`loại cán bộ không rõ: ${categoryText}`);
  if (!categoryText && !category) {
    category = 'civilServant';
    warnings.push('không có cột loại cán bộ: tạm coi là công chức');
  }

  const statusText = text(cells.status ?? null);
  const status = parseStatus(statusText);
  if (!status) reasons.push(`trạng thái không rõ: ${statusText}`);

  const email = text(cells.email ?? null);
  if (email && !EMAIL.test(email)) reasons.push(`email không hợp lệ: ${email}`);
  const phone = text(cells.phone ?? null).replace(/[\s.]/g, '');
  if (phone && !/^\+?\d{8,12}$/.test(phone)) reasons.push(`số điện thoại không hợp lệ: ${text(cells.phone ?? null)}`);

  const isPartTime = categoryText !== '' && isPartTimeCategory(categoryText);
  if (isPartTime) warnings.push(`${categoryText}: người hoạt động không chuyên trách, ghi là người lao động (không phải cán bộ, công chức)`);
  let title = text(cells.title ?? null);
  if (isPartTime && !foldVietnamese(title).includes('khong chuyen trach')) title = title ? `${title} (${PART_TIME_TITLE.toLowerCase()})` : PART_TIME_TITLE;
  const idNumber = validIdNumber(cells.idNumber ?? null, warnings);
  const notes = text(cells.notes ?? null);

  const code = text(cells.code ?? null).toUpperCase() || null;
  const unitName = text(cells.unit ?? null) || groupHeading;
  const draft: StaffDraft = {
    code,
    fullName,
    gender,
    birthDate,
    category: category ?? 'civilServant',
    position,
    title,
    unitName: unitName || null,
    phone,
    email,
    startDate: date('startDate', 'ngày vào cơ quan'),
    isPartyMember: parseYes(cells.isPartyMember ?? null),
    status: status ?? 'active',
    statusDate: date('statusDate', 'ngày thay đổi trạng thái'),
    commitmentSignedAt: date('commitmentSignedAt', 'ngày ký cam kết'),
    notes,
    ...(idNumber === undefined ? {} : { idNumber }),
  };
  return reasons.length > 0 ? { ok: false, reasons } : { ok: true, draft, warnings };
}
