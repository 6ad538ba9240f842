/**
 * Vietnamese names sort by given name (tên, the last word), then middle name(s), then family name,
 * compared with the `vi` collation.
 */
const collator = new Intl.Collator('vi', { numeric: true });

export function splitName(fullName: string): { family: string; middle: string; given: string } {
  const words = fullName.normalize('NFC').trim().split(/\s+/).filter(Boolean);
  if (words.length === 0) return { family: '', middle: '', given: '' };
  if (words.length === 1) return { family: '', middle: '', given: words[0] ?? '' };
  return { family: words[0] ?? '', middle: words.slice(1, -1).join(' '), given: words[words.length - 1] ?? '' };
}

export function compareVietnameseNames(a: string, b: string): number {
  const x = splitName(a);
  const y = splitName(b);
  return collator.compare(x.given, y.given) || collator.compare(x.middle, y.middle) || collator.compare(x.family, y.family) || collator.compare(a, b);
}

export function compareVi(a: string, b: string): number {
  return collator.compare(a, b);
}
