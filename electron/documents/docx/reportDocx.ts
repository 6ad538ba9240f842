/** A sơ kết / tổng kết report as an editable ND 30 Word file: the same blocks as the PDF, charts as PNG pictures. */
import { AlignmentType, BorderStyle, Document, Header, ImageRun, Packer, PageNumber, Paragraph, Table, TableCell, TableRow, TextRun, WidthType } from 'docx';
import type { ReportChart } from '../../../shared/charts/reportCharts';
import { ND30_FONT_NAME, ND30_MARGINS_MM, ND30_SIZES } from '../../../shared/domain/nd30Layout';
import type { ReportBlock, ReportDocumentModel } from '../../../shared/domain/reportDocument';
import { headerTable, runs, signatureCell } from './recordDocx';

const twips = (mm: number) => Math.round((mm / 25.4) * 1440);
const half = (pt: number) => pt * 2;
const NONE = { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' } as const;
const NO_BORDERS = { top: NONE, bottom: NONE, left: NONE, right: NONE, insideHorizontal: NONE, insideVertical: NONE };
const TABLE_SIZE = 11;
/** The text width of an ND 30 A4 page (210 − 30 − 15 mm), in pixels at 96 dpi for docx images. */
const CONTENT_PX = Math.round(((210 - ND30_MARGINS_MM.left - ND30_MARGINS_MM.right) / 25.4) * 96);

function para(text: string, options: { bold?: boolean; italics?: boolean; size?: number; align?: 'center' | 'left' | 'right' | 'justify'; indent?: boolean; before?: number } = {}): Paragraph {
  const align = { center: AlignmentType.CENTER, left: AlignmentType.LEFT, right: AlignmentType.RIGHT, justify: AlignmentType.JUSTIFIED }[options.align ?? 'justify'];
  return new Paragraph({
    alignment: align,
    indent: options.indent ? { firstLine: twips(12.7) } : undefined,
    spacing: { before: (options.before ?? 3) * 20, after: 60, line: 264 },
    children: runs({ text, bold: options.bold, italics: options.italics }, options.size ?? ND30_SIZES.body),
  });
}

function tableBlock(block: Extract<ReportBlock, { type: 'table' }>): (Paragraph | Table)[] {
  const cell = (text: string, i: number, bold: boolean, pct: number) =>
    new TableCell({
      width: { size: Math.round(pct * 100), type: WidthType.PERCENTAGE },
      children: [para(text, { bold, size: TABLE_SIZE, before: 0, align: bold && !text ? 'left' : i === 0 && block.columns[0] === 'STT' ? 'center' : i > 0 && /^[\d−+—]/.test(text) ? 'right' : 'left' })],
    });
  const row = (cells: string[], bold: boolean, isHeader = false) => new TableRow({ tableHeader: isHeader, cantSplit: true, children: cells.map((t, i) => cell(t, i, bold, block.widths[i] ?? 0.1)) });
  const rows = [row(block.columns, true, true), ...block.rows.map((r) => row(r, false)), ...(block.totalRow ? [row(block.totalRow, true)] : [])];
  if (block.rows.length === 0) rows.push(new TableRow({ children: [new TableCell({ columnSpan: block.columns.length, children: [para('Không có số liệu', { italics: true, size: TABLE_SIZE })] })] }));
  return [para(block.title, { bold: true, italics: true, size: 12, before: 8, align: 'left' }), new Table({ width: { size: 100, type: WidthType.PERCENTAGE }, rows })];
}

async function chartBlock(chart: ReportChart): Promise<Paragraph> {
  const { chartPng } = await import('../charts/chartRender');
  const png = await chartPng(chart);
  const width = CONTENT_PX;
  return new Paragraph({
    alignment: AlignmentType.CENTER,
    spacing: { before: 120, after: 120 },
    children: [new ImageRun({ type: 'png', data: png, transformation: { width, height: Math.round(width * chart.aspect) }, altText: { name: chart.key, title: chart.title, description: chart.title } })],
  });
}

export async function reportDocx(model: ReportDocumentModel, wardName: string, charts: ReportChart[], date: Date): Promise<Uint8Array> {
  const m = ND30_MARGINS_MM;
  const byKey = new Map(charts.map((c) => [c.key, c] as const));
  const body: (Paragraph | Table)[] = [];
  for (const block of model.blocks) {
    if (block.type === 'heading') body.push(para(block.text, { bold: true, before: 10, align: 'left' }));
    else if (block.type === 'paragraph') body.push(para(block.text, { italics: block.italics, size: block.size, indent: !block.size }));
    else if (block.type === 'table') body.push(...tableBlock(block));
    else {
      const chart = byKey.get(block.key);
      if (chart) body.push(await chartBlock(chart));
    }
  }
  const cell = (children: Paragraph[], pct: number) => new TableCell({ children, width: { size: pct, type: WidthType.PERCENTAGE }, borders: NO_BORDERS });
  const signatures = new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    borders: NO_BORDERS,
    rows: [new TableRow({ cantSplit: true, children: [cell(signatureCell({ recipients: model.recipients }), 45), cell(signatureCell({ authority: model.signer.authority, title: model.signer.title, name: model.signer.name }), 55)] })],
  });
  const document = new Document({
    creator: 'Ward Conduct',
    title: `${model.title} — ${model.subject}`,
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
          headerTable({ number: model.number, date }, wardName),
          new Paragraph({ children: [] }),
          para(model.title, { bold: true, align: 'center', before: 6 }),
          para(model.subject, { bold: true, align: 'center', before: 0 }),
          para('\u2014'.repeat(6), { align: 'center', before: 0 }),
          ...body,
          new Paragraph({ children: [] }),
          signatures,
        ],
      },
    ],
  });
  return new Uint8Array(await Packer.toBuffer(document));
}
