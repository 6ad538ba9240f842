/**
 * Fitting, pure: the largest body size (and the number of text columns) at which the poster's spec
 * fills the frame without running onto a second page. Text widths come from an injected measurer
 * (the real font metrics in the app, a fixed width in unit tests); line breaking mirrors pdfmake's.
 */
import type { PosterContent } from './posterContent';
import { posterSpec, type ParaSpec, type PosterSpec, type SpecOptions, type TextRun } from './posterLayout';

export interface FontMeasurer {
  /** Advance width of text at 1 pt. */
  width(text: string, bold: boolean, italics: boolean): number;
  /** Line height (ascent − descent) at 1 pt, before pdfmake's lineHeight factor. */
  lineHeight(bold: boolean, italics: boolean): number;
}

export interface FitTarget extends SpecOptions {
  /** Height of the content area, pt. */
  contentHeight: number;
}

export interface PosterFit {
  spec: PosterSpec;
  columns: number;
  /** Indices into spec.body, one list a column. */
  columnBlocks: number[][];
  heights: { header: number; titleBlock: number; note: number; body: number; footer: number };
  /** Height of each body paragraph in its column (with its top margin), pt. */
  bodyHeights: number[];
  /** Content height left over, shared out between the title and the body and before the footer. */
  spare: number;
}

/** Leaves a little room for the difference between this model and the real layout. */
const WIDTH_SAFETY = 0.998;
const HEIGHT_RESERVE = 0.015;

interface Token {
  text: string;
  bold: boolean;
  italics: boolean;
}

function tokens(runs: TextRun[]): Token[][] {
  const lines: Token[][] = [[]];
  for (const run of runs) {
    run.text.split('\n').forEach((part, i) => {
      if (i > 0) lines.push([]);
      for (const word of part.match(/\S+\s*/g) ?? []) lines[lines.length - 1]!.push({ text: word.replace(/\s+$/, ' '), bold: Boolean(run.bold), italics: Boolean(run.italics) });
    });
  }
  return lines;
}

/** How many lines pdfmake makes of these runs in maxWidth, at fontSize. */
export function countLines(runs: TextRun[], fontSize: number, maxWidth: number, m: FontMeasurer): number {
  let count = 0;
  for (const line of tokens(runs)) {
    count += 1;
    let used = 0;
    let isFirst = true;
    for (const token of line) {
      const width = m.width(token.text, token.bold, token.italics) * fontSize;
      const trailing = token.text.endsWith(' ') ? m.width(' ', token.bold, token.italics) * fontSize : 0;
      if (!isFirst && used + width - trailing > maxWidth * WIDTH_SAFETY) {
        count += 1;
        used = width;
      } else used += width;
      isFirst = false;
    }
  }
  return count;
}

export function paraHeight(p: ParaSpec, width: number, m: FontMeasurer, skipTop = false): number {
  const textWidth = width - p.margin[0] - p.margin[2] - (p.label?.width ?? 0);
  const isBold = p.runs.some((r) => r.bold);
  const isItalic = p.runs.some((r) => r.italics);
  const lineHeight = Math.max(m.lineHeight(isBold, isItalic), m.lineHeight(false, false)) * p.fontSize * p.lineHeight;
  return countLines(p.runs, p.fontSize, textWidth, m) * lineHeight + (skipTop ? 0 : p.margin[1]) + p.margin[3];
}

const stackHeight = (paras: ParaSpec[], width: number, m: FontMeasurer) => paras.reduce((sum, p) => sum + paraHeight(p, width, m), 0);

/** Width shares of the header columns (ward | national). */
export const HEADER_SHARES = { ward: 0.42, national: 0.58 } as const;

function headerHeight(spec: PosterSpec, width: number, m: FontMeasurer): number {
  const { ward, national, logoHeight, rules } = spec.header;
  const text = national ? Math.max(stackHeight(ward, width * HEADER_SHARES.ward, m), stackHeight(national, width * HEADER_SHARES.national, m)) : stackHeight(ward, width, m);
  return logoHeight + (logoHeight > 0 ? 0.3 * logoHeight : 0) + text + rules.space;
}

/** ND 30 (Phụ lục I): the rule under the ward's name is about half its longest line; under the motto, the motto's length. */
function measureRules(spec: PosterSpec, m: FontMeasurer): void {
  const lineWidth = (p: ParaSpec) => p.runs.reduce((sum, r) => sum + m.width(r.text, Boolean(r.bold), Boolean(r.italics)), 0) * p.fontSize;
  const { ward, national, rules } = spec.header;
  rules.ward = 0.45 * Math.max(...ward.map(lineWidth));
  rules.national = national ? lineWidth(national[national.length - 1]!) : 0;
}

/** Blocks that must stay with the next one at the top of a column (headings). */
const isHeading = (p: ParaSpec) => p.role === 'chapter' || p.role === 'article' || p.role === 'listHeading';

/** Splits the body into at most k columns in reading order, keeping headings with what follows. */
export function balanceColumns(heights: number[], topMargins: number[], k: number, glued: boolean[]): { columns: number[][]; height: number } {
  const groups: number[][] = [];
  heights.forEach((_, i) => {
    const last = groups[groups.length - 1];
    if (last && glued[last[last.length - 1]!]) last.push(i);
    else groups.push([i]);
  });
  const groupHeight = (g: number[]) => g.reduce((sum, i) => sum + heights[i]!, 0);
  const pack = (limit: number): number[][] | null => {
    const columns: number[][] = [[]];
    let used = 0;
    for (const g of groups) {
      const current = columns[columns.length - 1]!;
      const h = groupHeight(g) - (current.length === 0 ? topMargins[g[0]!]! : 0);
      if (current.length > 0 && used + h > limit) {
        columns.push([...g]);
        used = groupHeight(g) - topMargins[g[0]!]!;
      } else {
        current.push(...g);
        used += h;
      }
    }
    return columns.length <= k ? columns : null;
  };
  const total = heights.reduce((a, b) => a + b, 0);
  let lo = Math.max(...groups.map(groupHeight), 0) * 0.5;
  let hi = total;
  let best = pack(hi) ?? [groups.flat()];
  for (let i = 0; i < 30; i += 1) {
    const mid = (lo + hi) / 2;
    const packed = pack(mid);
    if (packed) {
      best = packed;
      hi = mid;
    } else lo = mid;
  }
  const colHeight = (c: number[]) => c.reduce((sum, i, j) => sum + heights[i]! - (j === 0 ? topMargins[i]! : 0), 0);
  return { columns: best, height: Math.max(...best.map(colHeight)) };
}

/** Narrows a centred heading so its lines come out even ("…CÔNG CỘNG / TRÊN ĐỊA BÀN…", not "…TRÊN ĐỊA / BÀN…"). */
export function balanceHeading(p: ParaSpec, width: number, m: FontMeasurer): ParaSpec {
  const lines = countLines(p.runs, p.fontSize, width, m);
  if (lines < 2) return p;
  let lo = width / lines;
  let hi = width;
  for (let i = 0; i < 14; i += 1) {
    const mid = (lo + hi) / 2;
    if (countLines(p.runs, p.fontSize, mid, m) > lines) lo = mid;
    else hi = mid;
  }
  const side = Math.max(0, (width - hi * 1.01) / 2);
  return { ...p, margin: [side, p.margin[1], side, p.margin[3]] };
}

function measureAt(content: PosterContent, target: FitTarget, s: number, k: number, m: FontMeasurer): PosterFit {
  const spec = posterSpec(content, target, s);
  measureRules(spec, m);
  const width = target.contentWidth;
  spec.titleBlock = spec.titleBlock.map((p) => (p.role === 'title' ? balanceHeading(p, width, m) : p));
  const colWidth = (width - (k - 1) * spec.columnGap) / k;
  const bodyHeights = spec.body.map((p) => paraHeight(p, colWidth, m));
  const tops = spec.body.map((p) => p.margin[1]);
  const { columns, height } = balanceColumns(bodyHeights, tops, k, spec.body.map(isHeading));
  const heights = {
    header: headerHeight(spec, width, m),
    titleBlock: stackHeight(spec.titleBlock, width, m),
    note: spec.note ? paraHeight(spec.note, width, m) : 0,
    body: height,
    footer: stackHeight(spec.footer, width, m),
  };
  const used = heights.header + spec.gaps.header + heights.titleBlock + heights.note + spec.gaps.title + heights.body + spec.gaps.footer + heights.footer;
  return { spec, columns: columns.length, columnBlocks: columns, heights, bodyHeights, spare: target.contentHeight * (1 - HEIGHT_RESERVE) - used };
}

/** Average characters a line holds at body size s in a column (for choosing the column count). */
function charsPerLine(target: FitTarget, s: number, k: number, m: FontMeasurer): number {
  const colWidth = (target.contentWidth - (k - 1) * 2.2 * s) / k;
  return colWidth / (m.width('nghiêm túc chấp hành quy định ', false, false) / 30 * s);
}

const MIN_CHARS_PER_LINE = 38;

/** Below this body size (pt) the text is too small to read on a wall or a desk. */
export const MIN_BODY_SIZE = 5;

/** Thrown when the content does not fit even at the smallest readable size. */
export class PosterOverflowError extends RangeError {}

/** The largest body size that fits in k columns (binary search), or null if even the smallest does not. */
function largestFit(content: PosterContent, target: FitTarget, k: number, m: FontMeasurer, minSize: number, maxSize: number): PosterFit | null {
  let lo = minSize;
  let hi = maxSize;
  let best = measureAt(content, target, lo, k, m);
  if (best.spare < 0) return null;
  const top = measureAt(content, target, hi, k, m);
  if (top.spare >= 0) return top;
  for (let i = 0; i < 22 && hi - lo > 0.02; i += 1) {
    const mid = (lo + hi) / 2;
    const fit = measureAt(content, target, mid, k, m);
    if (fit.spare >= 0) {
      best = fit;
      lo = mid;
    } else hi = mid;
  }
  return best;
}

/** The best layout: one to three columns, whichever gives the largest readable text. */
export function fitPoster(content: PosterContent, target: FitTarget, m: FontMeasurer, limits: { minSize?: number; maxSize?: number } = {}): PosterFit {
  const minSize = limits.minSize ?? MIN_BODY_SIZE;
  const maxSize = Math.min(limits.maxSize ?? Infinity, target.contentWidth / 14);
  const candidates: PosterFit[] = [];
  for (const k of [1, 2, 3]) {
    const fit = largestFit(content, target, k, m, Math.min(minSize, maxSize), maxSize);
    if (!fit) continue;
    if (k > 1 && (fit.columns < k || charsPerLine(target, fit.spec.bodySize, k, m) < MIN_CHARS_PER_LINE)) continue;
    candidates.push(fit);
  }
  if (candidates.length === 0) throw new PosterOverflowError('The content does not fit the frame even at the smallest size.');
  return candidates.reduce((a, b) => (b.spec.bodySize > a.spec.bodySize * 1.04 ? b : a));
}
