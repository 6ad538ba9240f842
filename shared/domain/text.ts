/** Text helpers shared by every layer: NFC normalisation and diacritic-free folding. */

export function nfc(text: string): string {
  return text.normalize('NFC');
}

/** Returns a deep copy of a JSON-like value with every string (and key) NFC-normalised. */
export function nfcDeep<T>(value: T): T {
  if (typeof value === 'string') return value.normalize('NFC') as T;
  if (Array.isArray(value)) return value.map((item: unknown) => nfcDeep(item)) as T;
  if (value !== null && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [key, item] of Object.entries(value as Record<string, unknown>)) {
      out[key.normalize('NFC')] = nfcDeep(item);
    }
    return out as T;
  }
  return value;
}

/** Folds Vietnamese text for search: lower case, no diacritics, đ → d, single spaces. */
export function foldVietnamese(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}
