/** Report and to-do methods of the contract: sơ kết / tổng kết reports and Tổng quan's to-do list. */
import { z } from 'zod';
import { REPORT_KINDS } from '../schema/report';
import { method } from './method';
import type { FileOutput } from './rosterContract';
import type { ReportSources, ReportView, TodoView } from './reportTypes';
import { empty, text } from './schemas';

const section = text('Nội dung báo cáo', 20_000);

export const reportRequest = z
  .object({
    kind: z.enum(REPORT_KINDS, { error: 'Loại báo cáo phải là sơ kết (so-ket) hoặc tổng kết (tong-ket).' }),
    year: z.number({ error: 'Năm báo cáo: phải là số' }).int({ error: 'Năm báo cáo: phải là số nguyên' }).min(2000, { error: 'Năm báo cáo: từ 2000' }).max(2100, { error: 'Năm báo cáo: đến 2100' }),
    half: z.union([z.literal(1), z.literal(2)], { error: 'Kỳ sơ kết: 1 (6 tháng đầu năm) hoặc 2 (6 tháng cuối năm).' }).nullable().optional(),
    /** A unit's id or its name; absent for the whole ward. */
    unit: text('Đơn vị', 200).optional(),
  })
  .strict();

export const reportNarrativeSave = reportRequest
  .extend({ narrative: z.object({ situation: section, results: section, shortcomings: section, plans: section }).strict() })
  .strict();

export const reportExport = reportRequest.extend({ format: z.enum(['docx', 'pdf'], { error: 'Định dạng: docx hoặc pdf.' }) }).strict();

/** The records behind one figure of a report (its ids), for the drill-down on Báo cáo. */
export const reportSourcesInput = z
  .object({
    source: z.enum(['staff', 'violations', 'commendations', 'titleProposals', 'grantedTitles'], { error: 'Loại bản ghi không hợp lệ.' }),
    ids: z.array(z.string().max(100)).max(200_000),
    year: reportRequest.shape.year,
  })
  .strict();

export const reportMethods = {
  getReport: method<ReportView>()(reportRequest),
  saveReportNarrative: method<ReportView>()(reportNarrativeSave),
  exportReport: method<FileOutput>()(reportExport),
  getTodo: method<TodoView>()(empty),
  getReportSources: method<ReportSources>()(reportSourcesInput),
} as const;
