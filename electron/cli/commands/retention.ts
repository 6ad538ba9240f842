/** retention run [--dry-run]: the same retention run as Cài đặt → Thời hạn lưu giữ (administrator). */
import { dispatch } from '../../services/dispatch';
import { report } from '../io';
import { withSession } from '../session';
import type { CommandSpec } from './spec';

const ACTION_WORDS = { remove: 'xóa', anonymise: 'ẩn danh' } as const;

export const retentionRunCommand: CommandSpec = {
  name: 'retention run',
  usage: 'retention run [--dry-run]',
  summary: 'Ẩn danh hoặc xóa các bản ghi đã quá thời hạn lưu giữ (Quản trị); --dry-run chỉ liệt kê, không thay đổi gì.',
  options: { 'dry-run': { type: 'boolean' } },
  positionals: 0,
  run: async (ctx, values: { 'dry-run'?: boolean }) =>
    withSession(ctx, async (_session, handlers) => {
      const result = await dispatch(handlers, 'runRetention', { dryRun: values['dry-run'] === true });
      return report(ctx, result, (run) => {
        for (const item of run.items) ctx.io.out(`${ACTION_WORDS[item.action].padEnd(8)} ${item.what}${item.count > 1 ? ` · ${item.count} bản ghi` : ''}`);
        const total = run.items.reduce((sum, i) => sum + i.count, 0);
        if (run.applied) ctx.io.out(total === 0 ? 'Không có bản ghi nào quá thời hạn lưu giữ.' : `Đã xử lý ${total} bản ghi quá thời hạn lưu giữ.`);
        else ctx.io.out(total === 0 ? 'Không có bản ghi nào quá thời hạn lưu giữ.' : `Chạy thử: ${total} bản ghi sẽ được xử lý; chưa thay đổi gì.`);
      });
    }),
};
