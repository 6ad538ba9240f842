/** The scorecard workbook's model (what the service hands the writer) and what writer and reader share. */
import { createHash } from 'node:crypto';
import type { RatingBand, Rating } from '../../../shared/schema/criteria';

export const SCORECARD_FORMAT = 'ward-conduct-scorecard';
export const SCORECARD_FORMAT_VERSION = 1;
export const META_SHEET = '_meta';
export const LIST_SHEET = 'DanhMuc';
export const SUMMARY_SHEET = 'Tổng hợp';
export const REMARKS = ['Nhất trí', 'Nhất trí, đề nghị khen thưởng', 'Đề nghị chấm lại', 'Đề nghị xem xét xếp loại', 'Không nhất trí'];
export const SHEET_PROTECTION_PASSWORD = 'ward-conduct';

export interface ScorecardCriterion {
  id: string;
  name: string;
  maxPoints: number;
}

export interface ScorecardRow {
  code: string;
  name: string;
  position: string;
  /** Month sheets: the base per criterion (input cells). */
  bases: (number | null)[];
  /** Month sheets: the raw automatic change per criterion (− deductions + bonuses, before limits). */
  adjustments: number[];
  autoNote: string;
  /** Roll-up sheets: the monthly totals. */
  monthTotals: (number | null)[];
  /** Non-empty when a trigger forces the rating. */
  trigger: string;
  forcedRating: Rating | null;
  total: number | null;
  rating: Rating | null;
  rank: number | null;
  remark: string;
}

export interface ScorecardUnit {
  name: string;
  shortName: string;
  rows: ScorecardRow[];
}

export interface ScorecardModel {
  wardName: string;
  chairman: string;
  date: Date;
  period: string;
  periodLabel: string;
  isRollup: boolean;
  rollupMethod: 'mean' | 'lowest';
  setId: string;
  setVersion: number;
  setName: string;
  subjectLabel: string;
  criteria: ScorecardCriterion[];
  bands: RatingBand[];
  excellentCapOfGood: number | null;
  months: string[];
  units: ScorecardUnit[];
}

const FORBIDDEN = /[[\]:*?/\\']/g;

/** Unique sheet names of at most 31 characters without []:*?/\ (and without ' so formulas stay simple). */
export function sheetNames(units: { name: string; shortName: string }[]): string[] {
  const used = new Set<string>([SUMMARY_SHEET, LIST_SHEET, META_SHEET].map((n) => n.toLowerCase()));
  return units.map((unit) => {
    const clean = (text: string) => text.replace(FORBIDDEN, ' ').replace(/\s+/g, ' ').trim();
    let base = clean(unit.name);
    if (base.length > 31) base = clean(unit.shortName) || base;
    base = base.slice(0, 31).trim() || 'Đơn vị';
    let name = base;
    for (let n = 2; used.has(name.toLowerCase()); n += 1) name = `${base.slice(0, 31 - String(n).length - 1)} ${n}`;
    used.add(name.toLowerCase());
    return name;
  });
}

export interface SheetStructure {
  name: string;
  headerRow: number;
  headings: string[];
  codes: string[];
}

export interface StructureInfo {
  period: string;
  setId: string;
  setVersion: number;
  isRollup: boolean;
  criteria: string[];
  sheets: SheetStructure[];
}

/** The hash the meta sheet carries: changing the layout, the people or the period breaks it. */
export function structureHash(info: StructureInfo): string {
  return createHash('sha256').update(JSON.stringify(info)).digest('hex');
}
