/** violation print / commendation print: the documents of one record as .docx or .pdf (the extension of --out decides). */
import path from 'node:path';
import { VIOLATION_DOCS, type DocFormat } from '../../../shared/domain/recordDocuments';
import { dispatch } from '../../services/dispatch';
import { writeOutputFile } from '../../store/outputPath';
import { UsageError, report } from '../io';
import { withSession } from '../session';
import type { CommandSpec } from './spec';

const DOC_NAMES = { 'giai-trinh': 'giấy yêu cầu giải trình', 'bien-ban': 'biên bản họp kiểm điểm', 'quyet-dinh': 'dự thảo quyết định kỷ luật' } as const;

function target(values: { id?: string; out?: string }): { id: string; file: string; format: DocFormat } {
  if (!values.id) throw new UsageError('Thiếu --id <mã bản ghi> (xem bằng lệnh list với --json).');
  if (!values.out) throw new UsageError('Thiếu --out <tệp.docx|tệp.pdf>.');
  const ext = path.extname(values.out).toLowerCase();
  if (ext !== '.docx' && ext !== '.pdf') throw new UsageError('--out phải là tệp .docx (sửa được trong Word) hoặc .pdf.');
  return { id: values.id, file: path.resolve(values.out), format: ext === '.docx' ? 'docx' : 'pdf' };
}

export const violationPrintCommand: CommandSpec = {
  name: 'violation print',
  usage: 'violation print --id <mã vi phạm> --doc giai-trinh|bien-ban|quyet-dinh --out <tệp.docx|tệp.pdf>',
  summary: 'In văn bản của một vi phạm theo thể thức Nghị định 30/2020: giấy yêu cầu giải trình, biên bản họp kiểm điểm hoặc dự thảo quyết định kỷ luật.',
  options: { id: { type: 'string' }, doc: { type: 'string' }, out: { type: 'string' } },
  positionals: 0,
  run: async (ctx, values: { id?: string; doc?: string; out?: string }) => {
    const doc = VIOLATION_DOCS.find((d) => d === values.doc);
    if (!doc) throw new UsageError(`--doc phải là một trong: ${VIOLATION_DOCS.map((d) => `${d} (${DOC_NAMES[d]})`).join(', ')}.`);
    const { id, file, format } = target(values);
    return withSession(ctx, async (_session, handlers) => {
      const result = await dispatch(handlers, 'printViolationDocument', { id, doc, format });
      if (result.ok) await writeOutputFile(ctx.dataFolder, file, Buffer.from(result.data.dataBase64, 'base64'));
      return report(ctx, result, () => ctx.io.out(`Đã in ${DOC_NAMES[doc]} ra ${file}.`));
    });
  },
};

export const commendationPrintCommand: CommandSpec = {
  name: 'commendation print',
  usage: 'commendation print --id <mã biểu dương, khen thưởng> --out <tệp.docx|tệp.pdf>',
  summary: 'In quyết định biểu dương hoặc khen thưởng của một bản ghi theo thể thức Nghị định 30/2020.',
  options: { id: { type: 'string' }, out: { type: 'string' } },
  positionals: 0,
  run: async (ctx, values: { id?: string; out?: string }) => {
    const { id, file, format } = target(values);
    return withSession(ctx, async (_session, handlers) => {
      const result = await dispatch(handlers, 'printCommendationDocument', { id, format });
      if (result.ok) await writeOutputFile(ctx.dataFolder, file, Buffer.from(result.data.dataBase64, 'base64'));
      return report(ctx, result, () => ctx.io.out(`Đã in quyết định ra ${file}.`));
    });
  },
};
