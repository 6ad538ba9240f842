/**
 * The scoring grid's unsaved cells ("drafts"): what the clerk typed, checked as they type, split at
 * save time into the cells that can be saved and the ones that cannot (named by person and
 * criterion), and the live total and rating a row would have.
 */
import type { GridCriterion, GridRow, ScoreGrid } from '../../../shared/api/scoringTypes';
import { ratingForTotal, worseRating } from '../../../shared/domain/rating';
import { clamp, formatPoints, round2 } from '../../../shared/domain/scoringMath';
import type { Rating, RatingBand } from '../../../shared/schema/criteria';

/** subjectId → criterionId → the text typed in the cell. */
export type GridEdits = Record<string, Record<string, string>>;

/** The drafts of every grid the clerk touched, kept by period and criteria set until saved or dropped. */
export type GridDrafts = Record<string, GridEdits>;

export function draftKey(period: string, setId: string): string {
  return `${period}|${setId}`;
}

/** A typed cell: empty → null (clears it), "8,5" or "8.5" → 8.5, anything else → NaN. */
export function parsePoints(text: string): number | null {
  const t = text.trim();
  if (t === '') return null;
  if (!/^\d+([.,]\d+)?$/.test(t)) return Number.NaN;
  return Number(t.replace(',', '.'));
}

/** Why a typed cell cannot be saved ("" when it can). */
export function cellProblem(text: string, criterion: Pick<GridCriterion, 'maxPoints'>): string {
  const value = parsePoints(text);
  if (value === null) return '';
  if (Number.isNaN(value)) return `"${text.trim()}" không phải là số điểm`;
  if (value < 0 || value > criterion.maxPoints) return `${formatPoints(value)} vượt quá tối đa ${formatPoints(criterion.maxPoints)}`;
  return '';
}

export function countCells(edits: GridEdits): number {
  return Object.values(edits).reduce((n, cells) => n + Object.keys(cells).length, 0);
}

export interface CellProblem {
  subjectId: string;
  criterionId: string;
  /** "Trần Văn Bình (MC02) — Phẩm chất chính trị…: 12 vượt quá tối đa 10". */
  message: string;
}

export interface SplitEdits {
  entries: { subjectId: string; points: Record<string, number | null> }[];
  problems: CellProblem[];
  /** The cells that stay in the draft (the refused ones). */
  kept: GridEdits;
}

/** Splits the drafts: valid cells to save, refused cells kept with a message naming the person and the cell. */
export function splitEdits(grid: Pick<ScoreGrid, 'criteria' | 'rows'>, edits: GridEdits): SplitEdits {
  const criteria = new Map(grid.criteria.map((c) => [c.id, c] as const));
  const rows = new Map(grid.rows.map((r) => [r.subjectId, r] as const));
  const entries: SplitEdits['entries'] = [];
  const problems: CellProblem[] = [];
  const kept: GridEdits = {};
  for (const [subjectId, cells] of Object.entries(edits)) {
    const row = rows.get(subjectId);
    const points: Record<string, number | null> = {};
    for (const [criterionId, text] of Object.entries(cells)) {
      const criterion = criteria.get(criterionId);
      const problem = criterion ? cellProblem(text, criterion) : 'tiêu chí không còn trong bộ tiêu chí';
      if (!problem && row) {
        points[criterionId] = parsePoints(text);
        continue;
      }
      const who = row ? `${row.name} (${row.code})` : 'Người không còn trong danh sách';
      problems.push({ subjectId, criterionId, message: `${who} — ${criterion?.name ?? criterionId}: ${problem || 'không lưu được'}` });
      kept[subjectId] = { ...kept[subjectId], [criterionId]: text };
    }
    if (Object.keys(points).length > 0) entries.push({ subjectId, points });
  }
  return { entries, problems, kept };
}

export interface LiveResult {
  total: number | null;
  rating: Rating | null;
  /** True when the row has typed cells: the figures are an estimate until saved. */
  isEstimate: boolean;
}

/**
 * What a row would show with its typed cells: each criterion's typed base plus its bonuses minus its
 * deductions, within 0..max (as computeScore does); the total when every criterion has points; the band's rating
 * (no better than the saved rating when a trigger forces one). The service recomputes on save.
 */
export function liveResult(row: GridRow, criteria: GridCriterion[], cells: Record<string, string> | undefined, bands: RatingBand[] | null): LiveResult {
  if (!cells || Object.keys(cells).length === 0) return { total: row.total, rating: row.rating, isEstimate: false };
  let total = 0;
  for (const c of criteria) {
    const typed = cells[c.id];
    if (typed === undefined) {
      const points = row.points[c.id];
      if (points === null || points === undefined) return { total: null, rating: null, isEstimate: true };
      total += points;
      continue;
    }
    const value = parsePoints(typed);
    if (value === null || cellProblem(typed, c)) return { total: null, rating: null, isEstimate: true };
    total += clamp(clamp(value, 0, c.maxPoints) + (row.autoNet[c.id] ?? 0), 0, c.maxPoints);
  }
  const rounded = round2(total);
  if (!bands || bands.length === 0) return { total: rounded, rating: null, isEstimate: true };
  const band = ratingForTotal(rounded, bands);
  const rating = row.triggers.length > 0 && row.rating ? worseRating(band, row.rating) : band;
  return { total: rounded, rating, isEstimate: true };
}

/** The drafts once `sent` is saved: cells still holding the text that was sent go; cells typed since stay. */
export function withoutSaved(current: GridEdits, sent: SplitEdits['entries'], texts: GridEdits): GridEdits {
  const next: GridEdits = {};
  const sentCells = new Set(sent.flatMap((e) => Object.keys(e.points).map((id) => `${e.subjectId}|${id}`)));
  for (const [subjectId, cells] of Object.entries(current)) {
    for (const [criterionId, text] of Object.entries(cells)) {
      if (sentCells.has(`${subjectId}|${criterionId}`) && texts[subjectId]?.[criterionId] === text) continue;
      next[subjectId] = { ...next[subjectId], [criterionId]: text };
    }
  }
  return next;
}

/** A block pasted from Excel (rows by line, cells by tab) as cell texts, trimmed; a trailing empty line dropped. */
export function parsePastedBlock(text: string): string[][] {
  const lines = text.replace(/\r\n?/g, '\n').split('\n');
  if (lines.length > 1 && lines[lines.length - 1] === '') lines.pop();
  return lines.map((line) => line.split('\t').map((cell) => cell.trim()));
}
