/**
 * A RecordDocument as an editable Word file in ND 30 form: A4, ND 30 margins, Times New Roman,
 * the two-column header without borders (issuing body in bold with its short rule; Quốc hiệu,
 * Tiêu ngữ underlined, the italic date line), the title, the body, "Nơi nhận" and the signature,
 * page numbers at the top centre from page 2. Document numbers keep their hyphen unbroken.
 */
import {
  AlignmentType, BorderStyle, Document, Header, NoBreakHyphen, Packer, PageNumber, Paragraph, Table, TableCell, TableLayoutType, TableRow, TextRun, WidthType,
  type ParagraphChild,
} from 'docx';
import { MOTTO, NATIONAL_NAME, ND30_FONT_NAME, ND30_MARGINS_MM, ND30_SIZES, dateLineText, issuerLines, type SignatureSpec } from '../../../shared/domain/nd30Layout';
import type { DocParagraph, DocRun, DocTable, RecordDocument } from '../../../shared/domain/recordDocuments';
import { typographicQuotes, unbreakableParts } from '../../../shared/domain/typography';
import { textWidth } from '../pdf/nd30Blocks';
import { issuerRule } from '../xlsx/nd30Sheet';

const twips = (mm: number) => Math.round((mm / 25.4) * 1440);
const half = (pt: number) => pt * 2;
const NONE = { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' } as const;
const NO_BORDERS = { top: NONE, bottom: NONE, left: NONE, right: NONE, insideHorizontal: NONE, insideVertical: NONE };

/** Runs of a text, typographic quotes, the hyphens of document numbers non-breaking. */
export function runs(run: DocRun, size: number = ND30_SIZES.body, extra: { underline?: boolean } = {}): ParagraphChild[] {
  const style = { bold: Boolean(run.bold), italics: Boolean(run.italics), size: half(size), font: ND30_FONT_NAME, ...(extra.underline ? { underline: {} } : {}) };
  return unbreakableParts(typographicQuotes(run.text.normalize('NFC'))).flatMap((part) => {
    if (!part.keepTogether) return part.text.split('\n').map((line, i) => new TextRun({ text: line, break: i > 0 ? 1 : 0, ...style }));
    const children: (string | NoBreakHyphen)[] = [];
    part.text.split('-').forEach((piece, i) => {
      if (i > 0) children.push(new NoBreakHyphen());
      if (piece) children.push(piece);
    });
    return [new TextRun({ children, ...style })];
  });
}

function centred(text: string, size: number, style: Omit<DocRun, 'text'> = {}, extra: { underline?: boolean } = {}): Paragraph {
  return new Paragraph({ alignment: AlignmentType.CENTER, children: runs({ text, ...style }, size, extra) });
}

/** Word's default cell margins, left and right (0.19 cm = 108 twips each). */
const CELL_MARGINS_TWIPS = 2 * 108;

/**
 * The header's two columns in twips: the right one as wide as Quốc hiệu in bold plus the cell margins and
 * 4 mm to spare, at least 60 % of the text width — at 13 pt bold "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" is
 * 95 mm, so 60 % of ND 30's 165 mm (99 mm less 3.8 mm of margins) made LibreOffice break it before "NAM".
 * The issuing body takes the rest (about 38 %).
 */
export function headerColumnsTwips(): [number, number] {
  const text = twips(210 - ND30_MARGINS_MM.left - ND30_MARGINS_MM.right);
  const national = Math.ceil(textWidth(NATIONAL_NAME, ND30_SIZES.nationalName, true) * 20);
  const right = Math.max(Math.round(text * 0.6), national + CELL_MARGINS_TWIPS + twips(4));
  return [text - right, right];
}

export function headerTable(doc: Pick<RecordDocument, 'number' | 'date'>, wardName: string): Table {
  const s = ND30_SIZES;
  const [parent, ward] = issuerLines(wardName);
  const left = [centred(parent, s.issuer, { bold: true }), centred(ward, s.issuer, { bold: true }), centred(issuerRule(wardName), s.issuer)];
  if (doc.number) left.push(centred(doc.number, s.issuer));
  const right = [centred(NATIONAL_NAME, s.nationalName, { bold: true }), centred(MOTTO, s.motto, { bold: true }, { underline: true }), new Paragraph({ children: [] }), centred(dateLineText(wardName, doc.date), s.dateLine, { italics: true })];
  const [leftW, rightW] = headerColumnsTwips();
  const cell = (children: Paragraph[], width: number) => new TableCell({ children, width: { size: width, type: WidthType.DXA }, borders: NO_BORDERS });
  return new Table({
    width: { size: leftW + rightW, type: WidthType.DXA }, columnWidths: [leftW, rightW], layout: TableLayoutType.FIXED, borders: NO_BORDERS,
    rows: [new TableRow({ children: [cell(left, leftW), cell(right, rightW)] })],
  });
}

function bodyParagraph(p: DocParagraph): Paragraph {
  const align = p.align === 'center' ? AlignmentType.CENTER : p.align === 'left' ? AlignmentType.LEFT : AlignmentType.JUSTIFIED;
  return new Paragraph({
    alignment: align,
    indent: p.isIndented ? { firstLine: twips(12.7) } : undefined,
    spacing: { before: (p.spaceBefore ?? 3) * 20, after: 60, line: 264 },
    children: p.runs.flatMap((r) => runs(r)),
  });
}

export function signatureCell(spec: SignatureSpec | { recipients: string[] } | undefined): Paragraph[] {
  if (!spec) return [new Paragraph({ children: [] })];
  if ('recipients' in spec) return [new Paragraph({ children: runs({ text: 'Nơi nhận:', bold: true, italics: true }, 12) }), ...spec.recipients.map((r) => new Paragraph({ children: runs({ text: `- ${r};` }, 11) }))];
  const s = ND30_SIZES.signatureTitle;
  const out = [];
  if (spec.authority) out.push(centred(spec.authority, s, { bold: true }));
  out.push(centred(spec.title, s, { bold: true }));
  if (spec.hint) out.push(centred(spec.hint, ND30_SIZES.note, { italics: true }));
  for (let i = 0; i < 4; i += 1) out.push(new Paragraph({ children: [] }));
  out.push(centred(spec.name || '.'.repeat(36), s, { bold: Boolean(spec.name) }));
  return out;
}

const LINE = { style: BorderStyle.SINGLE, size: 4, color: '000000' } as const;
const LINES = { top: LINE, bottom: LINE, left: LINE, right: LINE, insideHorizontal: LINE, insideVertical: LINE };

/** A bordered table, 12 pt, the header row bold and repeated on each page. */
function docTable(t: DocTable): Table {
  const total = t.widths.reduce((a, b) => a + b, 0) || 1;
  const row = (cells: string[], isHeader: boolean) => new TableRow({
    tableHeader: isHeader, cantSplit: true,
    children: cells.map((text, i) => new TableCell({
      width: { size: Math.round(((t.widths[i] ?? 1) / total) * 100), type: WidthType.PERCENTAGE }, borders: LINES,
      children: [new Paragraph({ alignment: isHeader ? AlignmentType.CENTER : AlignmentType.LEFT, children: runs({ text, bold: isHeader }, 12) })],
    })),
  });
  return new Table({ width: { size: 100, type: WidthType.PERCENTAGE }, borders: LINES, rows: [row(t.header, true), ...t.rows.map((r) => row(r, false))] });
}

/** Body paragraphs with the tables placed after their paragraph. */
function bodyWithTables(doc: RecordDocument): (Paragraph | Table)[] {
  const tables = doc.tables ?? [];
  const out: (Paragraph | Table)[] = tables.filter((t) => t.afterParagraph < 0).map(docTable);
  doc.body.forEach((p, i) => {
    out.push(bodyParagraph(p));
    for (const t of tables.filter((x) => x.afterParagraph === i)) out.push(docTable(t), new Paragraph({ children: [] }));
  });
  return out;
}

function annexes(doc: RecordDocument): (Paragraph | Table)[] {
  return (doc.annexes ?? []).flatMap((a) => [
    new Paragraph({ pageBreakBefore: true, alignment: AlignmentType.CENTER, children: runs({ text: a.title, bold: true }, ND30_SIZES.title) }),
    ...(a.subtitle ? [centred(a.subtitle, ND30_SIZES.title, { italics: true })] : []),
    new Paragraph({ children: [] }),
    docTable(a.table),
  ]);
}

export async function recordDocx(doc: RecordDocument, wardName: string): Promise<Uint8Array> {
  const m = ND30_MARGINS_MM;
  const cell = (children: Paragraph[], pct: number) => new TableCell({ children, width: { size: pct, type: WidthType.PERCENTAGE }, borders: NO_BORDERS });
  const signatures = new Table({ width: { size: 100, type: WidthType.PERCENTAGE }, borders: NO_BORDERS, rows: [new TableRow({ cantSplit: true, children: [cell(signatureCell(doc.left), 45), cell(signatureCell(doc.signature), 55)] })] });
  const title = [centred(doc.kind.toLocaleUpperCase('vi'), ND30_SIZES.title, { bold: true })];
  if (doc.subject) title.push(centred(doc.subject, ND30_SIZES.title, { bold: true }));
  title.push(centred('\u2014'.repeat(6), ND30_SIZES.title));
  const document = new Document({
    creator: 'Ward Conduct',
    title: `${doc.kind}${doc.subject ? ` — ${doc.subject}` : ''}`,
    styles: { default: { document: { run: { font: ND30_FONT_NAME, size: half(ND30_SIZES.body) } } } },
    sections: [
      {
        properties: {
          titlePage: true,
          page: { size: { width: twips(210), height: twips(297) }, margin: { top: twips(m.top), bottom: twips(m.bottom), left: twips(m.left), right: twips(m.right), header: twips(9) } },
        },
        headers: {
          first: new Header({ children: [new Paragraph({ children: [] })] }),
          default: new Header({ children: [new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ children: [PageNumber.CURRENT], size: half(ND30_SIZES.pageNumber), font: ND30_FONT_NAME })] })] }),
        },
        children: [
          headerTable(doc, wardName),
          ...(doc.isDraft ? [new Paragraph({ children: runs({ text: 'DỰ THẢO', bold: true }, 12) })] : []),
          new Paragraph({ children: [] }),
          ...title,
          ...bodyWithTables(doc),
          new Paragraph({ children: [] }),
          signatures,
          ...annexes(doc),
        ],
      },
    ],
  });
  return new Uint8Array(await Packer.toBuffer(document));
}
