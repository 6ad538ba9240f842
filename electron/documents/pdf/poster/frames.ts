/**
 * The frame designs, drawn as vectors (an SVG that pdfmake turns into PDF paths) over the whole page:
 * the background runs into the bleed, the rules and ornaments sit inside the trim. Pure.
 */
import type { PosterFrame, ThemeColours } from '../../../../shared/domain/posterThemes';

export interface Insets {
  top: number;
  right: number;
  bottom: number;
  left: number;
}

export interface FrameInput {
  frame: PosterFrame;
  colours: ThemeColours;
  /** Trim size and bleed, pt. */
  trimWidth: number;
  trimHeight: number;
  bleed: number;
  /** Modern only: where the coloured header band ends, pt from the top of the trim. */
  bandBottom?: number;
  /** Desk cards: a slimmer frame (see COMPACT_SCALE). */
  isCompact?: boolean;
}

/** Desk cards are read at arm's length: the frame takes about half its poster share, the rules get the room. */
export const COMPACT_SCALE = 0.5;

/** The frame's unit: a share of the short side, so every size keeps the same proportions. */
export function frameUnit(trimWidth: number, trimHeight: number, isCompact = false): number {
  return Math.min(trimWidth, trimHeight) * (isCompact ? COMPACT_SCALE : 1);
}

const CLASSIC = { rule: 0.032, thin: 0.013, gold: 0.024, padding: 0.036 };
const TRADITIONAL = { rule: 0.034, inner: 0.012, corner: 0.062, padding: 0.05 };
const MODERN = { side: 0.06, top: 0.045, bottom: 0.06, bar: 0.012 };

/** Where the text may go, pt from each trim edge. */
export function contentInsets(frame: PosterFrame, trimWidth: number, trimHeight: number, isCompact = false): Insets {
  const u = frameUnit(trimWidth, trimHeight, isCompact);
  if (frame === 'classic') {
    const inset = (CLASSIC.rule + CLASSIC.gold + CLASSIC.padding) * u;
    return { top: inset, right: inset, bottom: inset, left: inset };
  }
  if (frame === 'traditional') {
    const inset = (TRADITIONAL.rule + TRADITIONAL.inner + TRADITIONAL.padding) * u;
    return { top: inset, right: inset, bottom: inset, left: inset };
  }
  return { top: MODERN.top * u, right: MODERN.side * u, bottom: MODERN.bottom * u, left: MODERN.side * u };
}

const f = (n: number) => (Math.round(n * 100) / 100).toString();

function rect(x: number, y: number, w: number, h: number, attrs: string): string {
  return `<rect x="${f(x)}" y="${f(y)}" width="${f(w)}" height="${f(h)}" ${attrs}/>`;
}

/** A rectangle inset from the trim, in page coordinates. */
function insetRect(input: FrameInput, inset: number, attrs: string): string {
  const { trimWidth: w, trimHeight: h, bleed: b } = input;
  return rect(b + inset, b + inset, w - 2 * inset, h - 2 * inset, attrs);
}

function classic(input: FrameInput, u: number): string[] {
  const { colours: c } = input;
  return [
    insetRect(input, CLASSIC.rule * u, `fill="${c.paper}"`),
    insetRect(input, CLASSIC.rule * u, `fill="none" stroke="${c.primary}" stroke-width="${f(0.007 * u)}"`),
    insetRect(input, (CLASSIC.rule + CLASSIC.thin) * u, `fill="none" stroke="${c.primary}" stroke-width="${f(0.0022 * u)}"`),
    insetRect(input, (CLASSIC.rule + CLASSIC.gold) * u, `fill="none" stroke="${c.accent}" stroke-width="${f(0.003 * u)}"`),
  ];
}

/** One corner ornament in a 100 × 100 box, drawn for the top-left corner. */
function cornerMotif(c: ThemeColours): string {
  return [
    `<path d="M0,0 H64 V10 H10 V64 H0 Z" fill="${c.primary}"/>`,
    `<path d="M18,18 H46 V24 H24 V46 H18 Z" fill="${c.accent}"/>`,
    `<path d="M34,24 L44,34 L34,44 L24,34 Z" fill="${c.primary}"/>`,
    `<path d="M64,5 C80,5 88,16 80,24 C74,30 66,24 70,18" fill="none" stroke="${c.accent}" stroke-width="3"/>`,
    `<path d="M5,64 C5,80 16,88 24,80 C30,74 24,66 18,70" fill="none" stroke="${c.accent}" stroke-width="3"/>`,
    `<circle cx="56" cy="56" r="5" fill="${c.accent}"/>`,
  ].join('');
}

function traditional(input: FrameInput, u: number): string[] {
  const { colours: c, trimWidth: w, trimHeight: h, bleed: b } = input;
  const outer = TRADITIONAL.rule * u;
  const inner = (TRADITIONAL.rule + TRADITIONAL.inner) * u;
  const size = TRADITIONAL.corner * u;
  const scale = size / 100;
  const x0 = b + inner;
  const y0 = b + inner;
  const x1 = b + w - inner;
  const y1 = b + h - inner;
  const corners = [
    `translate(${f(x0)},${f(y0)}) scale(${f(scale)},${f(scale)})`,
    `translate(${f(x1)},${f(y0)}) scale(${f(-scale)},${f(scale)})`,
    `translate(${f(x0)},${f(y1)}) scale(${f(scale)},${f(-scale)})`,
    `translate(${f(x1)},${f(y1)}) scale(${f(-scale)},${f(-scale)})`,
  ].map((transform) => `<g transform="${transform}">${cornerMotif(c)}</g>`);
  const d = 0.012 * u;
  const diamond = (cx: number, cy: number) => `<path d="M${f(cx)},${f(cy - d)} L${f(cx + d)},${f(cy)} L${f(cx)},${f(cy + d)} L${f(cx - d)},${f(cy)} Z" fill="${c.accent}" stroke="${c.primary}" stroke-width="${f(0.0015 * u)}"/>`;
  return [
    insetRect(input, outer, `fill="${c.paper}"`),
    insetRect(input, outer, `fill="none" stroke="${c.primary}" stroke-width="${f(0.005 * u)}"`),
    insetRect(input, inner, `fill="none" stroke="${c.accent}" stroke-width="${f(0.0025 * u)}"`),
    ...corners,
    diamond(b + w / 2, b + outer + (inner - outer) / 2),
    diamond(b + w / 2, b + h - outer - (inner - outer) / 2),
    diamond(b + outer + (inner - outer) / 2, b + h / 2),
    diamond(b + w - outer - (inner - outer) / 2, b + h / 2),
  ];
}

function modern(input: FrameInput, u: number): string[] {
  const { colours: c, trimWidth: w, trimHeight: h, bleed: b } = input;
  const band = b + (input.bandBottom ?? 0.2 * h);
  const pageW = w + 2 * b;
  return [
    rect(0, 0, pageW, band, `fill="${c.primary}"`),
    rect(0, band, pageW, 0.006 * u, `fill="${c.accent}"`),
    rect(0, b + h - MODERN.bar * u, pageW, MODERN.bar * u + b, `fill="${c.primary}"`),
    rect(0, b + h - MODERN.bar * u - 0.004 * u, pageW, 0.002 * u, `fill="${c.accent}"`),
  ];
}

/** The frame as one SVG the size of the page (trim + bleed on every side). */
export function frameSvg(input: FrameInput): string {
  const { trimWidth: w, trimHeight: h, bleed: b, colours: c } = input;
  const u = frameUnit(w, h, input.isCompact);
  const pageW = w + 2 * b;
  const pageH = h + 2 * b;
  const background = rect(0, 0, pageW, pageH, `fill="${input.frame === 'modern' ? c.paper : c.margin}"`);
  const parts = input.frame === 'classic' ? classic(input, u) : input.frame === 'traditional' ? traditional(input, u) : modern(input, u);
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${f(pageW)}" height="${f(pageH)}" viewBox="0 0 ${f(pageW)} ${f(pageH)}">${background}${parts.join('')}</svg>`;
}

