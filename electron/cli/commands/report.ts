/** report / todo: the sơ kết / tổng kết report as .docx or .pdf, and what still needs doing (Tổng quan). */
import path from 'node:path';
import type { TodoView } from '../../../shared/api/reportTypes';
import { dispatch } from '../../services/dispatch';
import { writeOutputFile } from '../../store/outputPath';
import { UsageError, report, type CommandContext } from '../io';
import { withSession } from '../session';
import type { CommandSpec } from './spec';

interface ReportValues {
  kind?: string;
  year?: string;
  half?: string;
  unit?: string;
  out?: string;
}

function parse(values: ReportValues) {
  if (values.kind !== 'so-ket' && values.kind !== 'tong-ket') throw new UsageError('--kind phải là so-ket (sơ kết 6 tháng) hoặc tong-ket (tổng kết năm).');
  const year = Number(values.year);
  if (!values.year || !Number.isInteger(year)) throw new UsageError('Thiếu hoặc sai --year (ví dụ 2026).');
  if (values.half !== undefined && values.half !== '1' && values.half !== '2') throw new UsageError('--half phải là 1 (6 tháng đầu năm) hoặc 2 (6 tháng cuối năm).');
  if (values.half !== undefined && values.kind === 'tong-ket') throw new UsageError('--half chỉ dùng với --kind so-ket.');
  if (!values.out) throw new UsageError('Thiếu --out <tệp.docx|tệp.pdf>.');
  const ext = path.extname(values.out).toLowerCase();
  if (ext !== '.docx' && ext !== '.pdf') throw new UsageError('--out phải là tệp .docx (sửa được trong Word) hoặc .pdf.');
  const half = values.half === '2' ? 2 : 1;
  return {
    input: { kind: values.kind, year, ...(values.kind === 'so-ket' ? { half } : {}), ...(values.unit ? { unit: values.unit } : {}), format: ext === '.docx' ? ('docx' as const) : ('pdf' as const) },
    file: path.resolve(values.out),
  };
}

export const reportCommand: CommandSpec = {
  name: 'report',
  usage: 'report --kind so-ket|tong-ket --year 2026 [--half 1|2] [--unit <tên đơn vị>] --out <tệp.docx|tệp.pdf>',
  summary: 'Báo cáo sơ kết 6 tháng hoặc tổng kết năm thực hiện quy tắc ứng xử (toàn phường hoặc một đơn vị), theo thể thức Nghị định 30/2020: số liệu, biểu đồ, phụ lục nguồn số liệu.',
  options: { kind: { type: 'string' }, year: { type: 'string' }, half: { type: 'string' }, unit: { type: 'string' }, out: { type: 'string' } },
  positionals: 0,
  run: async (ctx, values: ReportValues) => {
    const { input, file } = parse(values);
    return withSession(ctx, async (_session, handlers) => {
      const result = await dispatch(handlers, 'exportReport', input);
      if (result.ok) await writeOutputFile(ctx.dataFolder, file, Buffer.from(result.data.dataBase64, 'base64'));
      return report(ctx, result, () => ctx.io.out(`Đã lập báo cáo ra ${file}.`));
    });
  },
};

function printTodo(ctx: CommandContext, view: TodoView): void {
  for (const item of view.items) {
    ctx.io.out(`[${item.count === 0 ? 'x' : ' '}] ${item.label}: ${item.count}`);
    if (item.count > 0) for (const e of item.examples) ctx.io.out(`      ${e}`);
  }
}

export const todoCommand: CommandSpec = {
  name: 'todo',
  usage: 'todo',
  summary: 'Việc cần làm (như màn hình Tổng quan): giải trình quá hạn, vi phạm chờ kết luận, tháng chưa chấm hoặc chưa khóa, người chưa ký cam kết, đơn vị vượt 20%, quy tắc còn thiếu văn bản, sao lưu cũ.',
  options: {},
  positionals: 0,
  run: async (ctx) => withSession(ctx, async (_session, handlers) => report(ctx, await dispatch(handlers, 'getTodo', {}), (v) => printTodo(ctx, v))),
};
