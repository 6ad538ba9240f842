/**
 * Tolerance for scorecards filled in by hand: people found by mã cán bộ, or by name when the code was
 * lost; a re-typed name is noted, not refused; points typed as text ("8,5") read as numbers.
 */
import { foldVietnamese } from '../../shared/domain/text';

interface Subject {
  code: string;
  name: string;
}

export interface Match<S extends Subject> {
  subject: S | null;
  /** Why no one matched. */
  reason: string;
  /** What the person should know about the match (a re-typed name, a code found by name). */
  note: string;
}

export function matcher<S extends Subject>(subjects: S[]): (code: string, name: string) => Match<S> {
  const byCode = new Map(subjects.map((s) => [s.code.toUpperCase(), s] as const));
  const byName = new Map<string, S[]>();
  for (const s of subjects) byName.set(foldVietnamese(s.name), [...(byName.get(foldVietnamese(s.name)) ?? []), s]);
  return (code, name) => {
    const subject = code ? byCode.get(code) : undefined;
    if (subject) {
      const isRetyped = name !== '' && foldVietnamese(name) !== foldVietnamese(subject.name);
      return { subject, reason: '', note: isRetyped ? `họ tên trong tệp "${name}" khác "${subject.name}" (mã ${subject.code}); đã khớp theo mã.` : '' };
    }
    const named = name ? (byName.get(foldVietnamese(name)) ?? []) : [];
    if (named.length === 1) {
      const only = named[0]!;
      return { subject: only, reason: '', note: code ? `mã "${code}" không có trong kỳ; đã khớp theo họ tên với ${only.code} ${only.name}.` : `thiếu mã; đã khớp theo họ tên với ${only.code} ${only.name}.` };
    }
    if (named.length > 1) return { subject: null, reason: `có ${named.length} người tên "${name}"; hãy ghi mã cán bộ`, note: '' };
    return { subject: null, reason: code ? `mã ${code} không có trong danh sách chấm điểm của kỳ` : `không có mã cán bộ và không khớp họ tên "${name}"`, note: '' };
  };
}

/** A points cell: a number, or text such as "8,5", "8.5", " 9 "; null when empty, NaN when not a number. */
export function sheetNumber(value: unknown): number | null {
  if (value === null || value === undefined || value === '') return null;
  if (typeof value === 'number') return Number.isFinite(value) ? value : Number.NaN;
  if (typeof value !== 'string') return Number.NaN;
  const text = value.trim().replace(/\s+/g, '');
  if (!/^\d+([.,]\d+)?$/.test(text)) return Number.NaN;
  return Number(text.replace(',', '.'));
}
