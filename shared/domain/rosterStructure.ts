/**
 * The rows of a ward's roster that are not people: group headings (the unit of the rows under
 * them), footers (totals, "Người lập biểu", "TM. ỦY BAN NHÂN DÂN", the date-and-place line and the
 * signers' names below), "ví dụ" sample rows and the "(1) (2) (3)" column-number row.
 * Pure text rules, used by the Excel reader and its tests.
 */
import { foldVietnamese } from './text';

export type StructureKind = 'group' | 'footer' | 'blank' | 'sample' | 'columnNumbers';

export const STRUCTURE_LABELS: Record<StructureKind, string> = {
  group: 'dòng nhóm (đơn vị)',
  footer: 'chân bảng, chữ ký',
  blank: 'dòng trống',
  sample: 'dòng ví dụ',
  columnNumbers: 'dòng đánh số cột',
};

const FOOTER_TEXT: RegExp[] = [
  /^tong( so| cong)?\s*[:\d(]/,
  /^(tong so|tong cong)\b/,
  /^cong\s*:/,
  /^nguoi lap (bieu|bang|danh sach)/,
  /^(tm|kt|tl|tuq|t\/m|k\/t)\s*\.?\s*(uy ban|ubnd|chu tich|thu truong|giam doc|truong|dang uy|ban)/,
  /^thu truong (don vi|co quan)/,
  /^(chu tich|pho chu tich|truong phong|chanh van phong|bi thu|giam doc|truong ban)$/,
  /^(xac nhan cua|noi nhan)\b/,
  /ngay\s*[\d.…_\s]*thang\s*[\d.…_\s]*nam\b/,
  /^\(\s*ky\b/,
];

/** A text that starts a table's footer (never a person). */
export function isFooterText(text: string): boolean {
  const folded = foldVietnamese(text);
  return FOOTER_TEXT.some((re) => re.test(folded));
}

/** A row marked as an example: "Ví dụ", "VD:", "Mẫu:", "(ví dụ)". */
export function isSampleText(text: string): boolean {
  if (!/^[vVdDmM]/.test(text) && !text.includes('(')) return false; // the common case, without folding
  const folded = foldVietnamese(text);
  return /^(vi du|dong mau)\b/.test(folded) || /^(vd|mau)\s*[:.)-]/.test(folded) || /\((vi du|mau|dong mau)\)/.test(folded);
}

/** "(1)", "1", "(2)" … : the row that numbers the columns under a header. */
export function isColumnNumberRow(texts: string[]): boolean {
  return texts.length >= 3 && texts.every((t) => /^\(?\d{1,2}\)?$/.test(t.trim()));
}

const NUMBERED = /^(?<mark>[IVXLC]+|[A-ZĐ]|\d{1,2})\s*[.)/-]\s*(?<rest>\S.*)$/u;
const MARK_ONLY = /^([IVXLC]+|[A-ZĐ])\s*[.)]?$/u;

/** "II. VĂN PHÒNG HĐND - UBND" → "VĂN PHÒNG HĐND - UBND"; null when the text has no group number. */
export function numberedHeading(text: string): string | null {
  const match = NUMBERED.exec(text.normalize('NFC').trim());
  const rest = match?.groups?.rest ?? '';
  return /\p{L}{2}/u.test(rest) ? rest : null;
}

export function isGroupMark(text: string): boolean {
  return MARK_ONLY.test(text.normalize('NFC').trim()) || /^\d{1,2}\s*[.)]$/.test(text.trim());
}

const KEEP_UPPER = new Set(['UBND', 'HĐND', 'MTTQ', 'TDP', 'BCH', 'CCHC', 'CA', 'QS', 'ĐTN', 'HLHPN', 'CCB', 'VHXH', 'KT', 'HT', 'ĐT', 'TN', 'MT', 'VP']);

function hasNoVowel(word: string): boolean {
  return !/[aeiouy]/i.test(foldVietnamese(word));
}

/**
 * A unit name from a group heading: numbering and counts dropped ("(05 người)"), and an all-caps
 * heading put in sentence case with its abbreviations kept ("VĂN PHÒNG HĐND - UBND" → "Văn phòng HĐND - UBND").
 */
export function unitNameFromHeading(heading: string): string {
  const text = (numberedHeading(heading) ?? heading)
    .normalize('NFC')
    .replace(/\(\s*\d+\s*(người|ng)\.?\s*\)\s*$/iu, '')
    .replace(/[:;,.]+$/, '')
    .replace(/\s+/g, ' ')
    .trim();
  if (text !== text.toLocaleUpperCase('vi') || !/\p{L}/u.test(text)) return text;
  const words = text.split(' ').map((word, i) => {
    const core = word.replace(/[^\p{L}]/gu, '');
    if (KEEP_UPPER.has(core) || (core.length >= 2 && hasNoVowel(core))) return word;
    const lower = word.toLocaleLowerCase('vi');
    return i === 0 ? lower.charAt(0).toLocaleUpperCase('vi') + lower.slice(1) : lower;
  });
  return words.join(' ');
}

/** Generic sheet names that do not name a unit. */
export function isGenericSheetName(name: string): boolean {
  return /^(sheet|trang tinh|bang tinh|danh sach|ds|dsach|tong hop|data|du lieu)\s*\d*$/.test(foldVietnamese(name));
}

/** Sheets of notes or instructions that wards put before their lists. */
export function isNotesSheetName(name: string): boolean {
  return /^(huong dan|ghi chu|chu thich|luu y|danh muc|thong tin|readme|doc truoc|cach nhap)/.test(foldVietnamese(name));
}
