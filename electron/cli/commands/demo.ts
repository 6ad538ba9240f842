/** demo-seed: fills an empty store with demo data of a merged Hà Nội ward. */
import { DEMO_SIZES, seedDemo, type DemoSize } from '../../services/demoSeed';
import { number } from '../format';
import { UsageError, report, type CommandContext } from '../io';
import { attempt, withSession } from '../session';
import type { CommandSpec } from './spec';
import { requirePermission } from '../../services/access/guard';

function parseSize(value: string | undefined): DemoSize {
  const size = (value ?? 'S').trim().toUpperCase();
  const known = DEMO_SIZES.find((s) => s === size);
  if (!known) throw new UsageError(`Cỡ dữ liệu mẫu "${value}" không hợp lệ: chọn S, M hoặc L.`);
  return known;
}

export const demoSeedCommand: CommandSpec = {
  name: 'demo-seed',
  usage: 'demo-seed [--size S|M|L] [--force]',
  summary: 'Tạo dữ liệu mẫu (S: ~40 người, 1 năm; M: ~300 người, 3 năm; L: 2.000 người, 10 năm).',
  options: { size: { type: 'string' }, force: { type: 'boolean' } },
  positionals: 0,
  run: async (ctx: CommandContext, values: { size?: string; force?: boolean }) => {
    const size = parseSize(values.size);
    return withSession(ctx, async (session) => {
      const result = await attempt(ctx, async () => {
        requirePermission(session, 'admin');
        return seedDemo(session.store, { size, force: Boolean(values.force) });
      });
      const hint = !result.ok && result.error.code === 'CONFLICT' ? 'Dùng --force nếu muốn thay toàn bộ dữ liệu bằng dữ liệu mẫu.' : undefined;
      return report(ctx, result, (seeded) => {
        const c = seeded.counts;
        ctx.io.out(`Đã tạo dữ liệu mẫu cỡ ${seeded.size} cho ${seeded.wardName}:`);
        ctx.io.out(`  ${number(c.units)} đơn vị, ${number(c.staff)} người (${number(c.leavers)} đã chuyển công tác, nghỉ hưu hoặc thôi việc)`);
        ctx.io.out(`  ${number(c.violations)} vi phạm, ${number(c.scores)} bản chấm điểm tháng, ${number(c.commendations)} biểu dương, khen thưởng`);
        ctx.io.out(`  Năm ${seeded.years[0] ?? ''}${seeded.years.length > 1 ? `–${seeded.years[seeded.years.length - 1]}` : ''}, ${number(seeded.files)} tệp dữ liệu.`);
      }, hint);
    });
  },
};
