/** The report part of the handlers: sơ kết / tổng kết reports and Tổng quan's to-do list. */
import type { Handlers } from '../../../shared/api/contract';
import type { reportMethods } from '../../../shared/api/reportContract';
import type { Session } from '../session';
import { defaultRulesDir } from '../ruleSources';
import { exportReport } from './reportExport';
import { reportSources } from './reportSources';
import { reportView, saveReportNarrative } from './reportService';
import { todoView } from './todoService';

type ReportHandlerNames = keyof typeof reportMethods;

export function createReportHandlers(session: Session): Pick<Handlers, ReportHandlerNames> {
  return {
    getReport: async (input) => reportView(session, input),
    saveReportNarrative: async (input) => saveReportNarrative(session, input),
    exportReport: async (input) => {
      const out = await exportReport(session, input);
      return { fileName: out.fileName, dataBase64: Buffer.from(out.bytes).toString('base64'), count: 1 };
    },
    getTodo: async () => todoView(session),
    getReportSources: async (input) => reportSources({ session, rulesDir: defaultRulesDir() }, input),
  };
}
