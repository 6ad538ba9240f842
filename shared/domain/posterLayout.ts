/**
 * The poster's typography as data, pure: for a body size s (pt), every paragraph with its size,
 * line height, margins and hanging label. The fitter measures this spec; the PDF builder prints it,
 * so the two cannot disagree.
 */
import type { PosterBlock, PosterContent } from './posterContent';
import { typographicQuotes } from './typography';

export interface TextRun {
  text: string;
  bold?: boolean;
  italics?: boolean;
}

export type ParaRole = 'ward' | 'national' | 'title' | 'subtitle' | 'note' | 'chapter' | 'article' | 'listHeading' | 'item' | 'paragraph' | 'motto' | 'footer';

export interface ParaSpec {
  role: ParaRole;
  runs: TextRun[];
  fontSize: number;
  lineHeight: number;
  alignment: 'left' | 'center' | 'justify';
  /** [left, top, right, bottom] in pt. */
  margin: [number, number, number, number];
  /** A hanging label ('1.', 'a)') in a column of this width before the text. */
  label?: { text: string; width: number };
  tone?: 'should' | 'shouldNot';
}

export interface HeaderSpec {
  /** Left: the ward; right (optional): Quốc hiệu and Tiêu ngữ. */
  ward: ParaSpec[];
  national: ParaSpec[] | null;
  /** Height of the optional logo above the header, pt. */
  logoHeight: number;
  /**
   * ND 30 rules under the ward's name (a third to a half of it) and under the motto (its length),
   * pt, measured by the fitter; `space` is the height each takes below its stack.
   */
  rules: { ward: number; national: number; space: number; width: number };
}

export interface PosterSpec {
  bodySize: number;
  header: HeaderSpec;
  titleBlock: ParaSpec[];
  note: ParaSpec | null;
  body: ParaSpec[];
  footer: ParaSpec[];
  /** Space after the header, after the title block and before the footer, pt. */
  gaps: { header: number; title: number; footer: number };
  columnGap: number;
}

export interface SpecOptions {
  wardName: string;
  hasNationalHeader: boolean;
  hasLogo: boolean;
  /** Width of the content area, pt: caps the header, title and footer on small text. */
  contentWidth: number;
  /** Desk cards: a title only a little larger than the body, so the rules get the room. */
  isCompact?: boolean;
}

/** The header and footer do not grow with the body beyond what looks right on the page. */
export function capSizes(s: number, contentWidth: number): { header: number; title: number; footer: number } {
  return {
    header: Math.min(0.8 * s, contentWidth / 52),
    title: Math.min(1.55 * s, contentWidth / 17),
    footer: Math.min(0.78 * s, contentWidth / 68),
  };
}

const upper = (text: string) => text.toLocaleUpperCase('vi');

function para(role: ParaRole, text: string | TextRun[], fontSize: number, extra: Partial<ParaSpec> = {}): ParaSpec {
  // Measured as printed: with typographic quotes (the PDF writer applies them to every text).
  const runs = (typeof text === 'string' ? [{ text }] : text).map((r) => ({ ...r, text: typographicQuotes(r.text) }));
  return {
    role,
    runs,
    fontSize,
    lineHeight: 1.18,
    alignment: 'left',
    margin: [0, 0, 0, 0],
    ...extra,
  };
}

function blockSpec(block: PosterBlock, s: number): ParaSpec {
  const indent = block.depth * 1.1 * s;
  switch (block.kind) {
    case 'chapter':
      return para('chapter', [{ text: upper(block.text), bold: true }], 1.02 * s, { alignment: 'center', margin: [0, 0.7 * s, 0, 0.25 * s] });
    case 'article':
      return para('article', [{ text: block.text, bold: true }], 1.0 * s, { margin: [0, 0.55 * s, 0, 0.15 * s] });
    case 'listHeading':
      return para('listHeading', [{ text: upper(block.text), bold: true }], 0.98 * s, { margin: [indent, 0.3 * s, 0, 0.1 * s], tone: block.tone });
    case 'motto':
      return para('motto', [{ text: upper(block.text), bold: true }], 1.6 * s, { alignment: 'center', margin: [0, 0.35 * s, 0, 0.35 * s], lineHeight: 1.1 });
    case 'paragraph':
      return para('paragraph', block.text, s, { alignment: 'justify', margin: [indent, 0.1 * s, 0, 0.1 * s] });
    case 'item':
      return para('item', block.text, s, {
        alignment: 'justify',
        margin: [indent, 0.12 * s, 0, 0.12 * s],
        ...(block.label ? { label: { text: block.label, width: (block.label.length + 0.9) * 0.55 * s } } : {}),
      });
  }
}

export function posterSpec(content: PosterContent, options: SpecOptions, s: number): PosterSpec {
  const caps = options.isCompact ? { ...capSizes(s, options.contentWidth), title: Math.min(1.2 * s, options.contentWidth / 17) } : capSizes(s, options.contentWidth);
  const h = caps.header;
  const wardTail = options.wardName.trim().replace(/^ủy ban nhân dân\s+/i, '');
  const header: HeaderSpec = {
    ward: [
      para('ward', 'ỦY BAN NHÂN DÂN', h, { alignment: 'center', lineHeight: 1.15 }),
      para('ward', [{ text: upper(wardTail || 'Phường'), bold: true }], h, { alignment: 'center', lineHeight: 1.15 }),
    ],
    national: options.hasNationalHeader
      ? [
          para('national', [{ text: 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', bold: true }], h, { alignment: 'center', lineHeight: 1.15 }),
          para('national', [{ text: 'Độc lập - Tự do - Hạnh phúc', bold: true }], 1.08 * h, { alignment: 'center', lineHeight: 1.15 }),
        ]
      : null,
    logoHeight: options.hasLogo ? 3.2 * h : 0,
    rules: { ward: 0, national: 0, space: 0.55 * h, width: Math.max(0.6, 0.05 * h) },
  };
  const t = caps.title;
  const titleBlock = [para('title', [{ text: upper(content.title), bold: true }], t, { alignment: 'center', lineHeight: 1.12 })];
  if (content.subtitle) titleBlock.push(para('subtitle', [{ text: content.subtitle, italics: true }], Math.min(0.62 * t, 1.05 * s), { alignment: 'center', margin: [0, 0.2 * t, 0, 0] }));
  const note = content.excerptNote
    ? para('note', [{ text: content.excerptNote, bold: true, italics: true }], Math.min(0.55 * t, 0.95 * s), { alignment: 'center', margin: [0, 0.45 * s, 0, 0] })
    : null;
  const f = caps.footer;
  const footer = [
    para('footer', [{ text: content.sourceLine, italics: true }], f, { alignment: 'center' }),
    para('footer', [{ text: `UBND ${upper(wardTail || 'Phường')}`, bold: true }], f, { alignment: 'center', margin: [0, 0.25 * f, 0, 0] }),
  ];
  return {
    bodySize: s,
    header,
    titleBlock,
    note,
    body: content.blocks.map((block) => blockSpec(block, s)),
    footer,
    gaps: { header: Math.max(1.1 * h, 0.9 * s), title: 1.1 * s, footer: 1.2 * f },
    columnGap: 2.2 * s,
  };
}
