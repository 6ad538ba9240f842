/**
 * Line level of the rule-text parser: normalise a decision's plain text into lines, drop page
 * noise, and say what each line looks like (chapter, article, list heading, numbered, lettered).
 */
import { foldVietnamese } from './text';

export interface SourceLine {
  /** 1-based line number in the text as given. */
  lineNo: number;
  text: string;
}

export type LineShape =
  | { type: 'chapter'; number: string; title: string }
  | { type: 'article'; number: string; title: string }
  | { type: 'list'; list: 'should' | 'shouldNot'; rest: string }
  | { type: 'numbered'; number: string; text: string }
  | { type: 'lettered'; number: string; text: string }
  | { type: 'text'; text: string };

/** NFC, no BOM, any line ending, tabs and odd spaces made single spaces; blank lines kept as ''. */
export function normaliseLines(raw: string): SourceLine[] {
  return raw
    .normalize('NFC')
    .replace(/^\uFEFF/, '')
    .split(/\r\n|\r|\n|\u2028|\u2029/)
    .map((line, index) => ({
      lineNo: index + 1,
      text: line.replace(/[\t\u00a0\u1680\u2000-\u200b\u202f\u205f\u3000\ufeff]/g, ' ').replace(/ {2,}/g, ' ').trim(),
    }));
}

/** Quốc hiệu, Tiêu ngữ, separator rules and page numbers: repeated on pages, never part of a rule. */
export function isNoise(text: string): boolean {
  const folded = foldVietnamese(text);
  if (folded === 'cong hoa xa hoi chu nghia viet nam') return true;
  if (/^doc lap ?[-–—] ?tu do ?[-–—] ?hanh phuc$/.test(folded)) return true;
  if (/^[-_=*.·•~–—\s]+$/.test(text)) return true;
  if (/^(?:trang )?\d{1,3}(?: ?(?:\/|tren) ?\d{1,3})?$/.test(folded)) return true;
  return /^[-–] ?\d{1,3} ?[-–]$/.test(text);
}

/**
 * The signature block and distribution list that close a decision (ND 30/2020 layout): "Nơi nhận:",
 * "TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "CHỦ TỊCH", "(Đã ký)". Nothing after them is rule text.
 */
export function isSignatureLine(text: string): boolean {
  const folded = foldVietnamese(text);
  if (/^noi nhan\s*:?/.test(folded)) return true;
  if (/^(tm|kt|tl|tuq)\s*\.\s*(uy ban|ubnd|chu tich|chanh|giam doc|bo truong|thu truong)/.test(folded)) return true;
  if (/^\(?da ky\)?$/.test(folded)) return true;
  return isUpperCaseLine(text) && /^(chu tich|pho chu tich)$/.test(folded);
}

export function isUpperCaseLine(text: string): boolean {
  return /\p{L}/u.test(text) && text === text.toLocaleUpperCase('vi');
}

export function startsLowerCase(text: string): boolean {
  const first = /\p{L}/u.exec(text)?.[0];
  return first !== undefined && first !== first.toLocaleUpperCase('vi');
}

const CHAPTER = /^chương\s+([ivxlc]+|\d+)(?=[\s.:\-–—]|$)[\s.:\-–—]*(.*)$/iu;
const ARTICLE = /^điều\s+(\d+)\s*([.:\-–—)]?)\s*(.*)$/iu;
const LIST = /^(?:(?:\d{1,2}|[a-z])\s*[.)]\s*)?(khong nen lam|khong nen|nen lam|nen)\s*(?::|$)\s*(.*)$/;
const NUMBERED = /^(\d{1,2})\s*[.)]\s*(?!\d)(.*)$/;
const LETTERED = /^([a-zđ])(?:\s*\)|\.(?=\s))\s*(.*)$/u;

export function shapeOf(text: string): LineShape {
  const chapter = CHAPTER.exec(text);
  if (chapter) return { type: 'chapter', number: (chapter[1] ?? '').toUpperCase(), title: chapter[2] ?? '' };
  const article = ARTICLE.exec(text);
  // "Điều 5 của Quy tắc này…" continuing a sentence is not a heading.
  if (article && (article[2] || !startsLowerCase(article[3] ?? ''))) {
    return { type: 'article', number: String(Number(article[1])), title: article[3] ?? '' };
  }
  const folded = foldVietnamese(text);
  const list = LIST.exec(folded);
  if (list && folded.length === text.length) {
    const restFolded = list[2] ?? '';
    const rest = text.slice(text.length - restFolded.length).trim();
    return { type: 'list', list: list[1]?.startsWith('khong') ? 'shouldNot' : 'should', rest };
  }
  const numbered = NUMBERED.exec(text);
  if (numbered) return { type: 'numbered', number: String(Number(numbered[1])), text: numbered[2] ?? '' };
  const lettered = LETTERED.exec(text);
  if (lettered) return { type: 'lettered', number: lettered[1] ?? '', text: lettered[2] ?? '' };
  return { type: 'text', text };
}

const ROMAN: Record<string, number> = { I: 1, V: 5, X: 10, L: 50, C: 100 };

/** 'IV' → 4, '12' → 12; NaN for anything else. */
export function chapterOrdinal(number: string): number {
  if (/^\d+$/.test(number)) return Number(number);
  let total = 0;
  for (let i = 0; i < number.length; i += 1) {
    const value = ROMAN[number[i] ?? ''];
    const next = ROMAN[number[i + 1] ?? ''] ?? 0;
    if (value === undefined) return Number.NaN;
    total += value < next ? -value : value;
  }
  return total;
}

/** Vietnamese point letters in order (no f, j, w, z; đ after d). */
export const POINT_LETTERS = 'a b c d đ e g h i k l m n o p q r s t u v x y'.split(' ');

export interface DecisionHint {
  number?: string;
  date?: string;
}

function isoDate(day: string, month: string, year: string): string {
  return `${year}-${month.padStart(2, '0')}-${day.padStart(2, '0')}`;
}

/** The decision number and date as the text states them ("Quyết định số 1665/QĐ-UBND ngày 10/3/2017"). */
export function findDecisionHint(text: string): DecisionHint | null {
  const full = /Quyết định số\s*:?\s*(\d+\/[\p{L}\d-]+)\s+ngày\s+(\d{1,2})\s*[/.-]\s*(\d{1,2})\s*[/.-]\s*(\d{4})/iu.exec(text);
  if (full) return { number: full[1], date: isoDate(full[2] ?? '', full[3] ?? '', full[4] ?? '') };
  const number = /Số\s*:\s*(\d+\/[\p{L}\d-]+)/u.exec(text)?.[1];
  const date = /ngày\s+(\d{1,2})\s+tháng\s+(\d{1,2})\s+năm\s+(\d{4})/iu.exec(text);
  if (!number && !date) return null;
  return { ...(number ? { number } : {}), ...(date ? { date: isoDate(date[1] ?? '', date[2] ?? '', date[3] ?? '') } : {}) };
}
