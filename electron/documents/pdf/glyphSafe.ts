/**
 * The shipped fonts lack a few symbols the app's texts use (Noto Serif has no U+2212 minus sign,
 * no → arrow, no ≥). pdfmake has no font fallback, so such a character would print as an empty box.
 * Before rendering, every string of a document is normalised to NFC and those symbols are replaced
 * by equivalents every shipped font has.
 */
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

/** Returns a copy of a pdfmake document value with every string made glyph-safe (Buffers and images untouched). */
export function glyphSafeDoc<T>(value: T, key = ''): T {
  if (typeof value === 'string') return (key === 'image' || value.startsWith('data:') ? value : glyphSafeText(value)) as T;
  if (Array.isArray(value)) return value.map((item: unknown) => glyphSafeDoc(item)) as T;
  if (value && typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype) {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value as Record<string, unknown>)) out[k] = k === 'images' || k === 'font' ? v : glyphSafeDoc(v, k);
    return out as T;
  }
  return value;
}
