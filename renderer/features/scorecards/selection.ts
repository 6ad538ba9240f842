/** What the Thi đua screens look at: a period key and a criteria set (and optionally one unit). */
import { labelOfKey } from '../../../shared/domain/period';

export interface Selection {
  period: string;
  setId: string;
  unitId: string | null;
}

function lastMonth(): string {
  const d = new Date();
  d.setDate(1);
  d.setMonth(d.getMonth() - 1);
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}`;
}

export const defaultSelection: Selection = { period: lastMonth(), setId: 'nd335-2025', unitId: null };

/** The period keys of a year, months first, with their labels. */
export function periodOptions(year: number): { value: string; label: string }[] {
  const keys = [
    ...Array.from({ length: 12 }, (_, i) => `${year}-${String(i + 1).padStart(2, '0')}`),
    ...[1, 2, 3, 4].map((q) => `${year}-Q${q}`),
    `${year}-H1`, `${year}-H2`, String(year),
  ];
  return keys.map((value) => ({ value, label: labelOfKey(value) }));
}

export function downloadName(period: string, setId: string): string {
  return `bang-cham-diem-${period}-${setId}.xlsx`;
}
