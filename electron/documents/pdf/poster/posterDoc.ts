/**
 * The poster as a pdfmake docDefinition, pure: (content, fitted spec, design, page geometry) → doc.
 * One page the size of the trim plus the bleed on every side; the frame is the page background.
 */
import type { Content, TDocumentDefinitions } from 'pdfmake/interfaces';
import type { PosterContent } from '../../../../shared/domain/posterContent';
import { HEADER_SHARES, type PosterFit } from '../../../../shared/domain/posterFit';
import type { ParaSpec } from '../../../../shared/domain/posterLayout';
import type { PosterFrame, ThemeColours } from '../../../../shared/domain/posterThemes';
import { frameSvg, type Insets } from './frames';

export interface PosterDesign {
  frame: PosterFrame;
  colours: ThemeColours;
  /** A pdfmake font family: 'NotoSerif', 'Roboto' or a family found on the PC. */
  fontFamily: string;
  /** A PNG or JPEG as a data: URL. */
  logoDataUrl?: string;
  /** Desk cards: the slimmer frame. */
  isCompact?: boolean;
}

export interface PosterPage {
  /** Trim size and bleed, pt. */
  trimWidth: number;
  trimHeight: number;
  bleed: number;
  insets: Insets;
}

export interface PosterDocInput {
  content: PosterContent;
  fit: PosterFit;
  design: PosterDesign;
  page: PosterPage;
}

function colourOf(p: ParaSpec, design: PosterDesign): string {
  const c = design.colours;
  const onBand = design.frame === 'modern';
  switch (p.role) {
    case 'title':
      return onBand ? '#FFFFFF' : c.primary;
    case 'ward':
    case 'national':
    case 'subtitle':
      return onBand ? '#FFFFFF' : c.ink;
    case 'chapter':
      return c.primary;
    case 'listHeading':
      return p.tone === 'shouldNot' ? c.warning : c.primary;
    case 'note':
      return c.warning;
    default:
      return c.ink;
  }
}

export function paraNode(p: ParaSpec, design: PosterDesign, isFirstInColumn = false): Content {
  const margin: [number, number, number, number] = [p.margin[0], isFirstInColumn ? 0 : p.margin[1], p.margin[2], p.margin[3]];
  const text = p.runs.map((r) => ({ text: r.text.normalize('NFC'), bold: Boolean(r.bold), italics: Boolean(r.italics) }));
  const style = { fontSize: p.fontSize, lineHeight: p.lineHeight, color: colourOf(p, design) };
  if (!p.label) return { text, alignment: p.alignment, margin, ...style };
  return {
    columns: [
      { width: p.label.width, text: p.label.text, bold: true, ...style },
      { width: '*', text, alignment: p.alignment, ...style },
    ],
    columnGap: 0,
    margin,
  };
}

/** A rule centred in a column of the header. */
function headerRule(length: number, columnWidth: number, fit: PosterFit, design: PosterDesign): Content {
  const { space, width } = fit.spec.header.rules;
  const x1 = (columnWidth - length) / 2;
  const color = design.frame === 'modern' ? '#FFFFFF' : design.colours.ink;
  return { canvas: [{ type: 'line', x1, y1: space * 0.4, x2: x1 + length, y2: space * 0.4, lineWidth: width, lineColor: color }], margin: [0, 0, 0, space * 0.6 - width] } as Content;
}

function headerNode(fit: PosterFit, design: PosterDesign, contentWidth: number): Content[] {
  const { ward, national, logoHeight, rules } = fit.spec.header;
  const nodes: Content[] = [];
  if (design.logoDataUrl && logoHeight > 0) {
    nodes.push({ image: design.logoDataUrl, fit: [logoHeight * 3, logoHeight], alignment: 'center', margin: [0, 0, 0, 0.3 * logoHeight] });
  }
  const stack = (paras: ParaSpec[], rule: number, columnWidth: number): Content => ({ stack: [...paras.map((p) => paraNode(p, design)), headerRule(rule, columnWidth, fit, design)] });
  if (national) {
    const wardWidth = contentWidth * HEADER_SHARES.ward;
    const nationalWidth = contentWidth * HEADER_SHARES.national;
    nodes.push({
      columns: [
        { width: wardWidth, ...(stack(ward, rules.ward, wardWidth) as object) },
        { width: nationalWidth, ...(stack(national, rules.national, nationalWidth) as object) },
      ],
      columnGap: 0,
    } as Content);
  } else nodes.push(stack(ward, rules.ward, contentWidth));
  return nodes;
}

/**
 * Extra space between the paragraphs of each shorter column so that every column ends on the same
 * line as the tallest (paragraphs never split across columns, so a column may otherwise end early).
 * Capped, so a column with few paragraphs never opens wide gaps.
 */
export function columnStretch(fit: PosterFit): number[] {
  const { columnBlocks, bodyHeights, spec } = fit;
  const heightOf = (c: number[]) => c.reduce((sum, i, j) => sum + bodyHeights[i]! - (j === 0 ? spec.body[i]!.margin[1] : 0), 0);
  const tallest = Math.max(...columnBlocks.map(heightOf));
  return columnBlocks.map((c) => (c.length < 2 ? 0 : Math.min((tallest - heightOf(c)) / (c.length - 1), 1.6 * spec.bodySize)));
}

function bodyNode(fit: PosterFit, design: PosterDesign, topMargin: number): Content {
  const { spec, columnBlocks } = fit;
  const stretch = columnBlocks.length > 1 ? columnStretch(fit) : [0];
  const column = (indices: number[], extra: number): Content => ({
    stack: indices.map((i, j) => {
      const node = paraNode(spec.body[i]!, design, j === 0) as { margin: [number, number, number, number] };
      return j === 0 || extra === 0 ? node : { ...node, margin: [node.margin[0], node.margin[1] + extra, node.margin[2], node.margin[3]] };
    }) as Content[],
  });
  if (columnBlocks.length === 1) return { ...(column(columnBlocks[0]!, 0) as object), margin: [0, topMargin, 0, 0] } as Content;
  return { columns: columnBlocks.map((indices, c) => ({ width: '*', ...(column(indices, stretch[c]!) as object) })), columnGap: spec.columnGap, margin: [0, topMargin, 0, 0] } as Content;
}

/** Where the modern frame's band ends, pt from the top of the trim. */
export function bandBottom(fit: PosterFit, insets: Insets): number {
  return insets.top + fit.heights.header + fit.spec.gaps.header + fit.heights.titleBlock + 0.5 * fit.spec.gaps.title;
}

export function posterDocDefinition({ content, fit, design, page }: PosterDocInput): TDocumentDefinitions {
  const { trimWidth, trimHeight, bleed, insets } = page;
  const { spec } = fit;
  const spare = Math.max(0, fit.spare);
  const svg = frameSvg({ frame: design.frame, colours: design.colours, trimWidth, trimHeight, bleed, bandBottom: bandBottom(fit, insets), isCompact: Boolean(design.isCompact) });
  const titleNodes = spec.titleBlock.map((p) => paraNode(p, design));
  const afterTitle = spec.gaps.title + spare / 2;
  const body: Content[] = [];
  if (spec.note) body.push({ ...(paraNode(spec.note, design) as object), margin: [0, afterTitle + spec.note.margin[1], 0, 0] } as Content);
  body.push(bodyNode(fit, design, spec.note ? 0 : afterTitle));
  return {
    pageSize: { width: trimWidth + 2 * bleed, height: trimHeight + 2 * bleed },
    pageMargins: [bleed + insets.left, bleed + insets.top, bleed + insets.right, bleed + insets.bottom],
    info: { title: content.title, subject: content.sourceLine, creator: 'Ward Conduct', producer: 'Ward Conduct' },
    defaultStyle: { font: design.fontFamily, fontSize: spec.bodySize, lineHeight: 1.18 },
    background: () => ({ svg, width: trimWidth + 2 * bleed, height: trimHeight + 2 * bleed }),
    content: [
      ...headerNode(fit, design, trimWidth - insets.left - insets.right),
      { stack: titleNodes, margin: [0, spec.gaps.header, 0, 0] },
      ...body,
      // Anchored to the bottom of the frame, whatever the body's real height.
      {
        stack: spec.footer.map((p) => paraNode(p, design)),
        absolutePosition: { x: bleed + insets.left, y: bleed + trimHeight - insets.bottom - fit.heights.footer * 1.02 - 2 },
        width: trimWidth - insets.left - insets.right,
      } as Content,
    ],
  };
}
