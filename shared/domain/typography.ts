/**
 * Printed-text typography, pure: typographic quotes and apostrophes instead of ASCII ones, and the
 * legal document numbers ("30/2020/NĐ-CP", "1665/QĐ-UBND") found so a writer can keep them on one line.
 */

/** "…" → “…”, 'x → ‘x, x'y → x’y. A quote opens at the start or after a space or an opening bracket. */
export function typographicQuotes(text: string): string {
  return text
    .replace(/(^|[\s([{\u2014\u2013])"/gu, '$1\u201C')
    .replace(/"/g, '\u201D')
    .replace(/(^|[\s([{\u2014\u2013])'/gu, '$1\u2018')
    .replace(/'/g, '\u2019');
}

/** Tokens that must not break at their hyphen: document numbers and symbols such as NĐ-CP, QĐ-UBND. */
const UNBREAKABLE = /[\p{L}\p{N}/.]*\p{Lu}-\p{Lu}[\p{L}\p{N}/-]*/gu;

/** Splits a text into parts, marking those that must stay on one line. */
export function unbreakableParts(text: string): { text: string; keepTogether: boolean }[] {
  const parts: { text: string; keepTogether: boolean }[] = [];
  let last = 0;
  for (const match of text.matchAll(UNBREAKABLE)) {
    if (match.index > last) parts.push({ text: text.slice(last, match.index), keepTogether: false });
    parts.push({ text: match[0], keepTogether: true });
    last = match.index + match[0].length;
  }
  if (last < text.length) parts.push({ text: text.slice(last), keepTogether: false });
  return parts;
}

/** dd/mm/yyyy, the form every printed date takes. */
export function printedDate(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${pad(date.getDate())}/${pad(date.getMonth() + 1)}/${date.getFullYear()}`;
}
