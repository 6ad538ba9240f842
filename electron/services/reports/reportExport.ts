/** The report as a file: the same figures and narrative the screen shows, in ND 30 form, .docx (editable) or .pdf. */
import { reportCharts } from '../../../shared/charts/reportCharts';
import { reportDocumentModel } from '../../../shared/domain/reportDocument';
import { renderPdf } from '../../documents/pdf/pdfmake';
import type { Session } from '../session';
import type { ReportRequest } from './reportScope';
import { reportView } from './reportService';

export async function exportReport(session: Session, input: ReportRequest & { format: 'docx' | 'pdf' }, rulesDir?: string): Promise<{ fileName: string; bytes: Uint8Array }> {
  // Started before the figures: for a .docx the resvg WebAssembly (its charts are PNG) compiles off the main
  // thread while the records are counted. A PDF sets the charts' SVG as vectors and needs no resvg.
  if (input.format === 'docx') void import('../../documents/charts/chartRender').then((m) => m.prepareChartRendering()).catch(() => undefined);
  const view = await reportView(session, input, rulesDir);
  const meta = session.store.meta.ward;
  const model = reportDocumentModel(view.figures, view.narrative, { chairman: meta.chairman ?? '' });
  const charts = reportCharts(view.figures);
  const wardName = meta.name || 'Phường';
  const date = session.store.now();
  // The document builders (docx, ECharts, resvg for Word) are loaded when a report is made, not at start.
  const bytes = input.format === 'docx'
    ? await (await import('../../documents/docx/reportDocx')).reportDocx(model, wardName, charts, date)
    : await renderPdf(await (await import('../../documents/pdf/reportPdf')).reportPdfDoc(model, wardName, charts, date));
  return { fileName: `${model.fileStem}.${input.format}`, bytes };
}
