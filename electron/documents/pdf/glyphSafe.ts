/**
 * The shipped fonts lack a few symbols the app's texts use (Noto Serif has no U+2212 minus sign,
 * no → arrow, no ≥). pdfmake has no font fallback, so such a character would print as an empty box.
 * Before rendering, every string of a document is normalised to NFC and those symbols are replaced
 * by equivalents every shipped font has.
 */
import type { Content } from 'pdfmake/interfaces';
import { typographicQuotes, unbreakableParts } from '../../../shared/domain/typography';

const REPLACEMENTS: [RegExp, string][] = [
  [/\u2212/g, '-'], // − minus sign → hyphen-minus
  [/\u2192/g, '›'], // → arrow → single right angle quotation mark
  [/\u2265/g, '>='],
  [/\u2264/g, '<='],
];

export function glyphSafeText(text: string): string {
  let out = text.normalize('NFC');
  for (const [pattern, replacement] of REPLACEMENTS) out = out.replace(pattern, replacement);
  return out;
}

/** Printed text: glyph-safe, typographic quotes, and document numbers ("30/2020/NĐ-CP") kept on one line. */
function printedText(text: string): string | Content[] {
  const parts = unbreakableParts(typographicQuotes(glyphSafeText(text)));
  if (!parts.some((p) => p.keepTogether)) return parts.map((p) => p.text).join('');
  return parts.map((p) => (p.keepTogether ? { text: p.text, noWrap: true } : { text: p.text }));
}

/**
 * Returns a copy of a pdfmake document value with every string made glyph-safe (Buffers, images and
 * SVG untouched); the strings that are printed text (under a `text` key) also get typographic quotes
 * and unbreakable document numbers.
 */
export function glyphSafeDoc<T>(value: T, key = '', isText = false): T {
  if (typeof value === 'string') {
    if (key === 'image' || key === 'svg' || value.startsWith('data:')) return value;
    return (isText ? printedText(value) : glyphSafeText(value)) as T;
  }
  if (Array.isArray(value)) return value.map((item: unknown) => glyphSafeDoc(item, '', isText)) as T;
  if (value && typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype) {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value as Record<string, unknown>)) out[k] = k === 'images' || k === 'font' ? v : glyphSafeDoc(v, k, k === 'text');
    // A run split around a document number: its pieces keep the run's bold and italics (pdfmake does not pass them down).
    const source = value as Record<string, unknown>;
    if (typeof source.text === 'string' && Array.isArray(out.text)) {
      const style = Object.fromEntries(['bold', 'italics'].filter((k) => source[k] !== undefined).map((k) => [k, source[k]]));
      out.text = (out.text as Record<string, unknown>[]).map((piece) => ({ ...style, ...piece }));
    }
    return out as T;
  }
  return value;
}
