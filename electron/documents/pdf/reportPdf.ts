/**
 * A sơ kết / tổng kết report as an ND 30 PDF: header, title, sections, tables, charts, appendix, signature.
 * Charts are ECharts' own SVG of the option the app draws, set as vectors (sharp at any print size, text in
 * the shipped Roboto); the .docx carries a PNG of the same SVG. No raster step: resvg is not loaded for a PDF.
 */
import type { Content, TDocumentDefinitions } from 'pdfmake/interfaces';
import type { ReportChart } from '../../../shared/charts/reportCharts';
import { ND30_SIZES } from '../../../shared/domain/nd30Layout';
import type { ReportBlock, ReportDocumentModel } from '../../../shared/domain/reportDocument';
import { contentWidth, documentTitle, nd30Header, nd30Page, signatureBlocks } from './nd30Blocks';

const TABLE_SIZE = 11;
// pdfmake adds 4 pt padding each side and a 1 pt rule per column to the widths it is given.

function tableNode(block: Extract<ReportBlock, { type: 'table' }>, width: number): Content[] {
  const head = block.columns.map((c) => ({ text: c, bold: true, alignment: 'center' as const, fontSize: TABLE_SIZE }));
  const cell = (text: string, i: number, bold = false) => ({ text, bold, fontSize: TABLE_SIZE, alignment: i === 0 && block.columns[0] === 'STT' ? ('center' as const) : /^[\d.,%+−—() ]+$|^\d/.test(text) && i > 0 ? ('right' as const) : ('left' as const) });
  const body: object[][] = [head, ...block.rows.map((r) => r.map((t, i) => cell(t, i))), ...(block.totalRow ? [block.totalRow.map((t, i) => cell(t, i, true))] : [])];
  if (block.rows.length === 0) body.push([{ text: 'Không có số liệu', italics: true, fontSize: TABLE_SIZE, colSpan: block.columns.length }, ...block.columns.slice(1).map(() => ({ text: '' }))]);
  return [
    { text: block.title, bold: true, italics: true, fontSize: 12, margin: [0, 8, 0, 4], keepWithNext: true } as Content,
    { table: { headerRows: 1, dontBreakRows: true, widths: block.widths.map((w) => w * (width - block.columns.length * 9 - 1)), body }, layout: { paddingTop: () => 2, paddingBottom: () => 2 } } as Content,
  ];
}

function blockNodes(block: ReportBlock, charts: Map<string, string>, width: number): Content[] {
  if (block.type === 'heading') return [{ text: block.text, bold: true, fontSize: ND30_SIZES.body, margin: [0, 10, 0, 4] }];
  if (block.type === 'paragraph') return [{ text: block.text, italics: Boolean(block.italics), fontSize: block.size ?? ND30_SIZES.body, alignment: 'justify', leadingIndent: block.size ? 0 : 36, margin: [0, 2, 0, 4] } as Content];
  if (block.type === 'table') return tableNode(block, width);
  const svg = charts.get(block.key);
  if (!svg) return [];
  return [{ svg, width, font: 'Roboto', alignment: 'center', margin: [0, 6, 0, 6] } as Content];
}

export async function reportPdfDoc(model: ReportDocumentModel, wardName: string, charts: ReportChart[], date: Date): Promise<TDocumentDefinitions> {
  const width = contentWidth();
  // ECharts is loaded by the first report, not at every start.
  const { reportChartSvg } = await import('../charts/chartRender');
  const byKey = new Map(charts.map((chart) => [chart.key, reportChartSvg(chart)] as const));
  return {
    ...nd30Page(),
    info: { title: `${model.title} — ${model.subject}`, creator: 'Ward Conduct' },
    content: [
      nd30Header(wardName, { number: model.number, date }),
      ...documentTitle(model.title, model.subject),
      ...model.blocks.flatMap((b) => blockNodes(b, byKey, width)),
      signatureBlocks({ authority: model.signer.authority, title: model.signer.title, name: model.signer.name }, { recipients: model.recipients }),
    ],
  };
}
