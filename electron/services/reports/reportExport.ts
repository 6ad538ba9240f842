/** The report as a file: the same figures and narrative the screen shows, in ND 30 form, .docx (editable) or .pdf. */
import { reportCharts } from '../../../shared/charts/reportCharts';
import { reportDocumentModel } from '../../../shared/domain/reportDocument';
import { reportDocx } from '../../documents/docx/reportDocx';
import { renderPdf } from '../../documents/pdf/pdfmake';
import { reportPdfDoc } from '../../documents/pdf/reportPdf';
import type { Session } from '../session';
import type { ReportRequest } from './reportScope';
import { reportView } from './reportService';

export async function exportReport(session: Session, input: ReportRequest & { format: 'docx' | 'pdf' }, rulesDir?: string): Promise<{ fileName: string; bytes: Uint8Array }> {
  const view = await reportView(session, input, rulesDir);
  const meta = session.store.meta.ward;
  const model = reportDocumentModel(view.figures, view.narrative, { chairman: meta.chairman ?? '' });
  const charts = reportCharts(view.figures);
  const wardName = meta.name || 'Phường';
  const date = session.store.now();
  const bytes = input.format === 'docx' ? await reportDocx(model, wardName, charts, date) : await renderPdf(await reportPdfDoc(model, wardName, charts, date));
  return { fileName: `${model.fileStem}.${input.format}`, bytes };
}
