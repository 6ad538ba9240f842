/** staff import / export / list: the roster from the command line, through the same handlers as the app. */
import { dispatch } from '../../services/dispatch';
import { CATEGORY_LABELS, STATUS_LABELS, STAFF_STATUSES, type StaffStatus } from '../../../shared/schema/staff';
import { foldVietnamese } from '../../../shared/domain/text';
import type { Handlers } from '../../../shared/api/contract';
import { UsageError, report } from '../io';
import { withSession } from '../session';
import type { CommandSpec } from './spec';
import { checkOutputPath, writeOutputFile } from '../../store/outputPath';

function parseStatus(value: string | undefined): StaffStatus | 'current' | 'all' | undefined {
  if (value === undefined) return undefined;
  const folded = foldVietnamese(value);
  if (folded === 'all' || folded === 'tat ca') return 'all';
  if (folded === 'current') return 'current';
  const status = STAFF_STATUSES.find((s) => s === value || foldVietnamese(STATUS_LABELS[s]) === folded);
  if (!status) throw new UsageError(`Trạng thái không hợp lệ: ${value} (dùng: ${STAFF_STATUSES.join(', ')}, all)`);
  return status;
}

async function unitIdByName(handlers: Handlers, name: string | undefined): Promise<string | undefined> {
  if (!name) return undefined;
  const units = await dispatch(handlers, 'listUnits', {});
  const match = units.ok ? units.data.find((u) => foldVietnamese(u.name) === foldVietnamese(name) || foldVietnamese(u.shortName) === foldVietnamese(name)) : undefined;
  if (!match) throw new UsageError(`Không có đơn vị tên "${name}".`);
  return match.id;
}

export const staffExportCommand: CommandSpec = {
  name: 'staff export',
  usage: 'staff export --out <tệp.xlsx> [--unit <tên đơn vị>] [--status <trạng thái>|all]',
  summary: 'Xuất danh sách cán bộ (hoặc danh sách đã lọc) ra tệp Excel có thể thức ND 30.',
  options: { out: { type: 'string' }, unit: { type: 'string' }, status: { type: 'string' } },
  positionals: 0,
  run: async (ctx, values: { out?: string; unit?: string; status?: string }) => {
    if (!values.out) throw new UsageError('Thiếu --out <tệp.xlsx>.');
    const target = await checkOutputPath(ctx.dataFolder, values.out);
    const status = parseStatus(values.status);
    return withSession(ctx, async (_session, handlers) => {
      const unitId = await unitIdByName(handlers, values.unit);
      const result = await dispatch(handlers, 'exportStaff', { filter: { unitId, status } });
      if (result.ok) await writeOutputFile(ctx.dataFolder, target, Buffer.from(result.data.dataBase64, 'base64'));
      return report(ctx, result, (out) => ctx.io.out(`Đã xuất ${out.count} người ra ${target}.`));
    });
  },
};

export const staffListCommand: CommandSpec = {
  name: 'staff list',
  usage: 'staff list [--search <chữ>] [--unit <tên đơn vị>] [--status <trạng thái>|all]',
  summary: 'Liệt kê cán bộ (tìm không cần dấu theo tên, mã, điện thoại).',
  options: { search: { type: 'string' }, unit: { type: 'string' }, status: { type: 'string' } },
  positionals: 0,
  run: async (ctx, values: { search?: string; unit?: string; status?: string }) => {
    const status = parseStatus(values.status);
    return withSession(ctx, async (_session, handlers) => {
      const unitId = await unitIdByName(handlers, values.unit);
      const result = await dispatch(handlers, 'listStaff', { search: values.search, unitId, status });
      return report(ctx, result, (rows) => {
        for (const r of rows) ctx.io.out(`${r.code.padEnd(8)} ${r.fullName.padEnd(28)} ${CATEGORY_LABELS[r.category].padEnd(15)} ${r.position.padEnd(20)} ${r.unitName}`);
        ctx.io.out(`${rows.length} người.`);
      });
    });
  },
};

/** The full Số CCCD of one person: the same logged read as "Hiện" in the staff form (access log: "Xem số CCCD"). */
export const staffIdNumberCommand: CommandSpec = {
  name: 'staff id-number',
  usage: 'staff id-number --code <mã cán bộ>',
  summary: 'Xem số CCCD đầy đủ của một cán bộ (lần xem được ghi vào nhật ký truy cập).',
  options: { code: { type: 'string' } },
  positionals: 0,
  run: async (ctx, values: { code?: string }) => {
    const code = values.code?.trim().toUpperCase();
    if (!code) throw new UsageError('Thiếu --code <mã cán bộ>.');
    return withSession(ctx, async (_session, handlers) => {
      const roster = await dispatch(handlers, 'listStaff', { status: 'all', search: code });
      const person = roster.ok ? roster.data.find((r) => r.code.toUpperCase() === code) : undefined;
      if (roster.ok && !person) throw new UsageError(`Không có cán bộ mã ${code}.`);
      if (!roster.ok || !person) return report(ctx, roster, () => undefined);
      const result = await dispatch(handlers, 'revealIdNumber', { staffId: person.id });
      return report(ctx, result, (out) => ctx.io.out(out.idNumber ? `${person.code} ${person.fullName}: ${out.idNumber}` : `${person.code} ${person.fullName}: chưa có số CCCD.`));
    });
  },
};
