/** A Select filter that matches typed text with or without diacritics ("dien thoai" finds "điện thoại"). */
import { foldVietnamese } from '../../shared/domain/text';

export function foldedFilter(input: string, option?: { label?: unknown; search?: unknown }): boolean {
  const haystack = foldVietnamese(String(option?.search ?? option?.label ?? ''));
  return foldVietnamese(input).split(' ').every((word) => haystack.includes(word));
}

/** Spread on a Select: typing filters its options without needing diacritics. */
export const SEARCHABLE = { showSearch: { filterOption: foldedFilter } } as const;
