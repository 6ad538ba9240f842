/**
 * Files the app's screens write that the CLI writes too: the violation list as Excel and the commitment
 * forms as PDF — through the same contract methods as the screens.
 */
import path from 'node:path';
import { dispatch } from '../../services/dispatch';
import { writeOutputFile } from '../../store/outputPath';
import { UsageError, report } from '../io';
import { withSession } from '../session';
import type { CommandSpec } from './spec';
import { parseMonth, unitIdByName } from './violation';

function outPath(value: string | undefined, ext: string): string {
  if (!value) throw new UsageError(`Thiếu --out <tệp.${ext}>.`);
  return path.resolve(value);
}

export const violationExportCommand: CommandSpec = {
  name: 'violation export',
  usage: 'violation export --out <tệp.xlsx> [--month yyyy-mm] [--unit <tên đơn vị>]',
  summary: 'Xuất danh sách vi phạm (đã lọc theo tháng, đơn vị) ra tệp Excel có thể thức ND 30.',
  options: { out: { type: 'string' }, month: { type: 'string' }, unit: { type: 'string' } },
  positionals: 0,
  run: async (ctx, values: { out?: string; month?: string; unit?: string }) => {
    const target = outPath(values.out, 'xlsx');
    const month = parseMonth(values.month);
    return withSession(ctx, async (_session, handlers) => {
      const unitId = await unitIdByName(handlers, values.unit);
      const result = await dispatch(handlers, 'exportViolations', { filter: { month, unitId } });
      if (result.ok) await writeOutputFile(ctx.dataFolder, target, Buffer.from(result.data.dataBase64, 'base64'));
      return report(ctx, result, (out) => ctx.io.out(`Đã xuất ${out.count} vi phạm ra ${target}.`));
    });
  },
};

export const commitmentFormsCommand: CommandSpec = {
  name: 'staff commitment-forms',
  usage: 'staff commitment-forms --out <tệp.pdf> [--unit <tên đơn vị>]',
  summary: 'In bản cam kết thực hiện quy tắc ứng xử, mỗi người một trang (những người đang công tác).',
  options: { out: { type: 'string' }, unit: { type: 'string' } },
  positionals: 0,
  run: async (ctx, values: { out?: string; unit?: string }) => {
    const target = outPath(values.out, 'pdf');
    return withSession(ctx, async (_session, handlers) => {
      const unitId = await unitIdByName(handlers, values.unit);
      const people = await dispatch(handlers, 'listStaff', { unitId });
      if (!people.ok) return report(ctx, people, () => undefined);
      if (people.data.length === 0) throw new UsageError('Không có ai đang công tác để in bản cam kết.');
      const result = await dispatch(handlers, 'printCommitmentForms', { ids: people.data.map((p) => p.id) });
      if (result.ok) await writeOutputFile(ctx.dataFolder, target, Buffer.from(result.data.dataBase64, 'base64'));
      return report(ctx, result, (out) => ctx.io.out(`Đã in ${out.count} bản cam kết ra ${target}.`));
    });
  },
};
