/**
 * The ND 30/2020 page for every administrative PDF of the app (meeting sheet, commitment forms,
 * why-this-rating, period snapshot, single-record documents): margins, the serif, page numbers top
 * centre from page 2, the two-column header with its rules measured from the text and centred, the
 * italic date line, signature blocks. Figures from shared/domain/nd30Layout.
 */
import type { Content, TDocumentDefinitions } from 'pdfmake/interfaces';
import { MOTTO, NATIONAL_NAME, ND30_MARGINS_MM, ND30_SIZES, dateLineText, issuerLines, ruleLengths, type SignatureSpec } from '../../../shared/domain/nd30Layout';
import { mmToPt } from '../../../shared/domain/posterSizes';
import { ND30_FAMILY, defaultFontsDir } from './pdfmake';
import { fontMeasurer } from './poster/fontMetrics';

const A4 = { width: mmToPt(210), height: mmToPt(297) };

export type Orientation = 'portrait' | 'landscape';

/** Width of the text area, pt. */
export function contentWidth(orientation: Orientation = 'portrait'): number {
  const page = orientation === 'portrait' ? A4.width : A4.height;
  return page - mmToPt(ND30_MARGINS_MM.left + ND30_MARGINS_MM.right);
}

/** Width of a text in the ND 30 serif (Liberation Serif metrics = Times New Roman's), pt. */
export function textWidth(text: string, size: number, bold = false, italics = false): number {
  return fontMeasurer('LiberationSerif', defaultFontsDir()).width(text, bold, italics) * size;
}

/** Page size, margins, font, and the page number at the top centre from page 2. */
export function nd30Page(orientation: Orientation = 'portrait'): Pick<TDocumentDefinitions, 'pageSize' | 'pageOrientation' | 'pageMargins' | 'defaultStyle' | 'header'> {
  const m = ND30_MARGINS_MM;
  return {
    pageSize: 'A4',
    pageOrientation: orientation,
    pageMargins: [mmToPt(m.left), mmToPt(m.top), mmToPt(m.right), mmToPt(m.bottom)],
    defaultStyle: { font: ND30_FAMILY, fontSize: ND30_SIZES.body, lineHeight: 1.1 },
    header: (currentPage: number) =>
      currentPage === 1 ? null : { text: String(currentPage), alignment: 'center', fontSize: ND30_SIZES.pageNumber, margin: [mmToPt(m.left), mmToPt(9), mmToPt(m.right), 0] },
  };
}

function rule(length: number, columnWidth: number): Content {
  const x1 = (columnWidth - length) / 2;
  return { canvas: [{ type: 'line', x1, y1: 3, x2: x1 + length, y2: 3, lineWidth: 0.6 }], margin: [0, 0, 0, 3] };
}

export interface HeaderOptions {
  orientation?: Orientation;
  /** "Số: …/QĐ-UBND" under the issuing body. */
  number?: string;
  /** The date line under the motto; null prints dotted blanks; undefined leaves it out. */
  date?: Date | null;
}

/** Left and right column widths of the header, pt. */
export function headerColumns(orientation: Orientation = 'portrait'): [number, number] {
  const width = contentWidth(orientation);
  const left = Math.min(width * 0.4, mmToPt(72));
  return [left, width - left];
}

/** Issuing body (bold, rule a third to a half of its line) | Quốc hiệu and Tiêu ngữ (rule as long as the motto); date line. */
export function nd30Header(wardName: string, options: HeaderOptions = {}): Content {
  const [leftW, rightW] = headerColumns(options.orientation);
  const [parent, ward] = issuerLines(wardName);
  const s = ND30_SIZES;
  const lengths = ruleLengths(Math.max(textWidth(parent, s.issuer, true), textWidth(ward, s.issuer, true)), textWidth(MOTTO, s.motto, true));
  const left: Content[] = [
    { text: parent, bold: true, alignment: 'center', fontSize: s.issuer },
    { text: ward, bold: true, alignment: 'center', fontSize: s.issuer },
    rule(lengths.issuer, leftW),
  ];
  if (options.number) left.push({ text: options.number, alignment: 'center', fontSize: s.issuer, margin: [0, 4, 0, 0] });
  const right: Content[] = [
    { text: NATIONAL_NAME, bold: true, alignment: 'center', fontSize: s.nationalName },
    { text: MOTTO, bold: true, alignment: 'center', fontSize: s.motto },
    rule(lengths.motto, rightW),
  ];
  if (options.date !== undefined) right.push({ text: dateLineText(wardName, options.date), italics: true, alignment: 'center', fontSize: s.dateLine, margin: [0, 4, 0, 0] });
  return { columns: [{ width: leftW, stack: left }, { width: rightW, stack: right }], columnGap: 0, margin: [0, 0, 0, 6] };
}

/** The date line alone, italic, centred under the motto column (for documents that place it later). */
export function dateLine(wardName: string, date: Date | null, orientation: Orientation = 'portrait'): Content {
  const [leftW, rightW] = headerColumns(orientation);
  return {
    columns: [{ width: leftW, text: '' }, { width: rightW, text: dateLineText(wardName, date), italics: true, alignment: 'center', fontSize: ND30_SIZES.dateLine }],
    columnGap: 0,
    margin: [0, 6, 0, 0],
  };
}

function signatureStack(spec: SignatureSpec): Content {
  const s = ND30_SIZES;
  const lines: Content[] = [];
  if (spec.authority) lines.push({ text: spec.authority, bold: true, alignment: 'center', fontSize: s.signatureTitle });
  lines.push({ text: spec.title, bold: true, alignment: 'center', fontSize: s.signatureTitle });
  if (spec.hint) lines.push({ text: spec.hint, italics: true, alignment: 'center', fontSize: s.note });
  lines.push({ text: spec.name || '.'.repeat(36), bold: Boolean(spec.name), alignment: 'center', fontSize: s.signatureTitle, margin: [0, 62, 0, 0] });
  return { stack: lines };
}

/** "Nơi nhận:" with its list (left, 12/11 pt) or a second signature, and the signature (right); kept on one page. */
export function signatureBlocks(right: SignatureSpec, left: SignatureSpec | { recipients: string[] } | null = null, orientation: Orientation = 'portrait'): Content {
  const [, rightW] = headerColumns(orientation);
  const leftContent: Content = !left
    ? { text: '' }
    : 'recipients' in left
      ? { stack: [{ text: 'Nơi nhận:', bold: true, italics: true, fontSize: 12 }, ...left.recipients.map((r) => ({ text: `- ${r};`, fontSize: 11 }))] }
      : signatureStack(left);
  return { columns: [{ width: '*', ...(leftContent as object) }, { width: rightW, ...(signatureStack(right) as object) }], columnGap: 8, margin: [0, 12, 0, 0], unbreakable: true } as Content;
}

/** A document title in bold capitals with its subject line and the short rule below (Phụ lục I, mục 6). */
export function documentTitle(kind: string, subject?: string, orientation: Orientation = 'portrait'): Content[] {
  const width = contentWidth(orientation);
  const nodes: Content[] = [{ text: kind.toLocaleUpperCase('vi'), bold: true, alignment: 'center', fontSize: ND30_SIZES.title, margin: [0, 14, 0, 0] }];
  if (subject) nodes.push({ text: subject, bold: true, alignment: 'center', fontSize: ND30_SIZES.title });
  const length = Math.min(textWidth(subject ?? kind, ND30_SIZES.title, true) * 0.4, mmToPt(40));
  nodes.push({ ...(rule(length, width) as object), margin: [0, 0, 0, 10] } as Content);
  return nodes;
}
