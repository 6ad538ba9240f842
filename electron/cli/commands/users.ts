/** user add / list / reset-pin and access-log export: the people who use the app, through the same contract methods as its screens. */
import path from 'node:path';
import { ROLES, ROLE_LABELS, type Role } from '../../../shared/api/permissions';
import { formatDateTimeVi } from '../../../shared/domain/dates';
import { dispatch } from '../../services/dispatch';
import { writeOutputFile } from '../../store/outputPath';
import { UsageError, report } from '../io';
import { secretFrom, withSession } from '../session';
import type { CommandSpec } from './spec';
import { parseDay } from './violation';

const NEW_PIN = 'WARD_CONDUCT_NEW_PIN';

function pickRole(value: string | undefined): Role {
  const role = ROLES.find((r) => r === value);
  if (!role) throw new UsageError(`Thiếu hoặc sai --role (dùng: ${ROLES.map((r) => `${r} = ${ROLE_LABELS[r]}`).join(', ')}).`);
  return role;
}

export const userAddCommand: CommandSpec = {
  name: 'user add',
  usage: 'user add --name <tên> --role quan-tri|van-phong|thu-truong|lanh-dao|hoi-dong [--staff <mã cán bộ>]',
  summary: 'Thêm người dùng (người đầu tiên phải là quan-tri); mã PIN mới lấy từ WARD_CONDUCT_NEW_PIN hoặc hỏi.',
  options: { name: { type: 'string' }, role: { type: 'string' }, staff: { type: 'string' } },
  positionals: 0,
  run: async (ctx, values: { name?: string; role?: string; staff?: string }) => {
    if (!values.name) throw new UsageError('Thiếu --name <tên người dùng>.');
    const role = pickRole(values.role);
    return withSession(ctx, async (_session, handlers) => {
      let staffId: string | null = null;
      if (values.staff) {
        const roster = await dispatch(handlers, 'listStaff', { status: 'all', search: values.staff });
        if (!roster.ok) return report(ctx, roster, () => undefined);
        const found = roster.data.find((r) => r.code.toLowerCase() === values.staff!.trim().toLowerCase());
        if (!found) throw new UsageError(`Không có cán bộ mã ${values.staff}.`);
        staffId = found.id;
      }
      const pin = await secretFrom(ctx, NEW_PIN, `Mã PIN cho ${values.name}: `);
      if (!pin) throw new UsageError(`Thiếu mã PIN của người dùng mới: đặt biến môi trường ${NEW_PIN} hoặc chạy lệnh trong cửa sổ dòng lệnh để nhập.`);
      const result = await dispatch(handlers, 'createUser', { name: values.name, role, staffId, pin });
      return report(ctx, result, (created) => {
        ctx.io.out(`Đã thêm người dùng ${created.user.name} (${created.user.roleLabel}${created.user.staffName ? `, cán bộ ${created.user.staffName}` : ''}).`);
        if (created.recoveryCode) {
          ctx.io.out(`Mã khôi phục quản trị (chỉ hiện một lần, hãy in hoặc chép ra giấy và cất giữ): ${created.recoveryCode}`);
        }
      });
    });
  },
};

export const userListCommand: CommandSpec = {
  name: 'user list',
  usage: 'user list',
  summary: 'Liệt kê người dùng và vai trò.',
  options: {},
  positionals: 0,
  run: async (ctx) =>
    withSession(ctx, async (_session, handlers) => {
      const result = await dispatch(handlers, 'listUsers', {});
      return report(ctx, result, (users) => {
        for (const u of users) ctx.io.out(`${u.name.padEnd(28)} ${u.roleLabel.padEnd(20)} ${u.staffName ?? ''}`);
        ctx.io.out(`${users.length} người dùng.`);
      });
    }),
};

export const userResetPinCommand: CommandSpec = {
  name: 'user reset-pin',
  usage: 'user reset-pin --name <tên>',
  summary: 'Đặt lại mã PIN của một người dùng (Quản trị); mã mới lấy từ WARD_CONDUCT_NEW_PIN hoặc hỏi.',
  options: { name: { type: 'string' } },
  positionals: 0,
  run: async (ctx, values: { name?: string }) => {
    if (!values.name) throw new UsageError('Thiếu --name <tên người dùng>.');
    const name = values.name;
    return withSession(ctx, async (_session, handlers) => {
      const pin = await secretFrom(ctx, NEW_PIN, `Mã PIN mới cho ${name}: `);
      if (!pin) throw new UsageError(`Thiếu mã PIN mới: đặt biến môi trường ${NEW_PIN} hoặc chạy lệnh trong cửa sổ dòng lệnh để nhập.`);
      const result = await dispatch(handlers, 'resetPin', { name, pin });
      return report(ctx, result, (user) => ctx.io.out(`Đã đặt lại mã PIN của ${user.name}.`));
    });
  },
};

export const accessLogExportCommand: CommandSpec = {
  name: 'access-log export',
  usage: 'access-log export --out <tệp.csv> [--year yyyy | --from dd/mm/yyyy --to dd/mm/yyyy]',
  summary: 'Xuất nhật ký xem hồ sơ vi phạm và thông tin cá nhân (ai, khi nào, của ai) ra tệp CSV (Quản trị).',
  options: { out: { type: 'string' }, year: { type: 'string' }, from: { type: 'string' }, to: { type: 'string' } },
  positionals: 0,
  run: async (ctx, values: { out?: string; year?: string; from?: string; to?: string }) => {
    if (!values.out) throw new UsageError('Thiếu --out <tệp.csv>.');
    if (values.year !== undefined && !/^\d{4}$/.test(values.year)) throw new UsageError(`Năm phải có dạng yyyy: ${values.year}`);
    const target = path.resolve(values.out);
    return withSession(ctx, async (_session, handlers) => {
      const days = { from: parseDay(values.from, 'Từ ngày'), to: parseDay(values.to, 'Đến ngày') };
      const result = await dispatch(handlers, 'exportAccessLog', { year: values.year ? Number(values.year) : undefined, ...days });
      if (result.ok) await writeOutputFile(ctx.dataFolder, target, Buffer.from(result.data.dataBase64, 'base64'));
      return report(ctx, result, (out) => ctx.io.out(`Đã xuất ${out.count} dòng nhật ký truy cập ra ${target} (lúc ${formatDateTimeVi(ctx.io.now().toISOString())}).`));
    });
  },
};

export const personExportCommand: CommandSpec = {
  name: 'person export',
  usage: 'person export --staff <mã cán bộ> --out <tệp.txt>',
  summary: 'Xuất toàn bộ dữ liệu về một người (hồ sơ, lịch sử, vi phạm, khen thưởng, điểm, nhật ký truy cập) ra một tệp đọc được (Quản trị).',
  options: { staff: { type: 'string' }, out: { type: 'string' } },
  positionals: 0,
  run: async (ctx, values: { staff?: string; out?: string }) => {
    if (!values.staff) throw new UsageError('Thiếu --staff <mã cán bộ>.');
    if (!values.out) throw new UsageError('Thiếu --out <tệp.txt>.');
    const code = values.staff.trim().toLowerCase();
    const target = path.resolve(values.out);
    return withSession(ctx, async (_session, handlers) => {
      const roster = await dispatch(handlers, 'listStaff', { status: 'all', search: values.staff });
      if (!roster.ok) return report(ctx, roster, () => undefined);
      const found = roster.data.find((r) => r.code.toLowerCase() === code);
      if (!found) throw new UsageError(`Không có cán bộ mã ${values.staff}.`);
      const result = await dispatch(handlers, 'exportPersonData', { staffId: found.id });
      if (result.ok) await writeOutputFile(ctx.dataFolder, target, Buffer.from(result.data.dataBase64, 'base64'));
      return report(ctx, result, (out) => ctx.io.out(`Đã xuất dữ liệu của ${found.fullName} (${out.count} bản ghi) ra ${target}.`));
    });
  },
};
