/** meeting-sheet: the monthly unit-meeting sheet as an A4 PDF. */
import { dispatch } from '../../services/dispatch';
import { UsageError, report } from '../io';
import { withSession } from '../session';
import type { CommandSpec } from './spec';
import { parseMonth, unitIdByName } from './violation';
import { checkOutputPath, writeOutputFile } from '../../store/outputPath';

export const meetingSheetCommand: CommandSpec = {
  name: 'meeting-sheet',
  usage: 'meeting-sheet --month yyyy-mm [--unit <tên đơn vị>] --out <tệp.pdf>',
  summary: 'In biên bản sinh hoạt chuyên môn tháng (vi phạm, biểu dương và dòng nhận xét từng người) ra PDF khổ A4.',
  options: { month: { type: 'string' }, unit: { type: 'string' }, out: { type: 'string' } },
  positionals: 0,
  run: async (ctx, values: { month?: string; unit?: string; out?: string }) => {
    const month = parseMonth(values.month);
    if (!month) throw new UsageError('Thiếu --month yyyy-mm.');
    if (!values.out) throw new UsageError('Thiếu --out <tệp.pdf>.');
    const target = await checkOutputPath(ctx.dataFolder, values.out);
    return withSession(ctx, async (_session, handlers) => {
      const unitId = await unitIdByName(handlers, values.unit);
      const result = await dispatch(handlers, 'printMeetingSheet', { month, unitId });
      if (result.ok) await writeOutputFile(ctx.dataFolder, target, Buffer.from(result.data.dataBase64, 'base64'));
      return report(ctx, result, (out) => ctx.io.out(`Đã in biên bản sinh hoạt tháng ${month} (${out.count} vi phạm) ra ${target}.`));
    });
  },
};
