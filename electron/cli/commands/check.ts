/** check: reads every data file again and lists the damaged ones (exit 1 if any). */
import { dispatch } from '../../services/dispatch';
import { EXIT, report, type CommandContext } from '../io';
import { withSession } from '../session';
import type { CommandSpec } from './spec';

export const checkCommand: CommandSpec = {
  name: 'check',
  usage: 'check',
  summary: 'Kiểm tra từng tệp dữ liệu; báo các tệp bị hỏng.',
  options: {},
  positionals: 0,
  run: async (ctx: CommandContext) =>
    withSession(ctx, async (_session, handlers) => {
      const result = await dispatch(handlers, 'checkStore', {}, (e) => ctx.io.err(String(e)));
      const code = report(ctx, result, (checked) => {
        for (const file of checked.files) {
          ctx.io.out(file.status === 'ok' ? `  tốt      ${file.name}` : `  BỊ HỎNG  ${file.name} — ${file.reason ?? ''}`);
        }
        const damaged = checked.files.filter((file) => file.status === 'damaged').length;
        ctx.io.out(damaged === 0 ? `Tất cả ${checked.files.length} tệp dữ liệu đều tốt.` : `Có ${damaged} tệp bị hỏng.`);
      });
      return code === EXIT.done && result.ok && !result.data.isHealthy ? EXIT.partial : code;
    }),
};
