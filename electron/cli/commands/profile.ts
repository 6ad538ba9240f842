/** init (declare the ward) and info (what the store holds). */
import { dispatch } from '../../services/dispatch';
import { countRows, day, number, table } from '../format';
import { UsageError, report, type CommandContext } from '../io';
import { withSession } from '../session';
import type { CommandSpec } from './spec';

interface InitValues {
  ward?: string;
  address?: string;
  chairman?: string;
  operator?: string;
}

export const initCommand: CommandSpec = {
  name: 'init',
  usage: 'init --ward "<tên phường/xã>" [--address "<địa chỉ>"] [--chairman "<họ tên>"] [--operator "<người sử dụng>"]',
  summary: 'Khai báo thông tin phường/xã (giữ nguyên các thông tin không nêu).',
  options: { ward: { type: 'string' }, address: { type: 'string' }, chairman: { type: 'string' }, operator: { type: 'string' } },
  positionals: 0,
  run: async (ctx: CommandContext, values: InitValues) => {
    if (values.ward === undefined) throw new UsageError('Thiếu --ward "<tên phường/xã>".');
    return withSession(ctx, async (session, handlers) => {
      const log = (e: unknown) => ctx.io.err(String(e));
      const current = await dispatch(handlers, 'getProfile', {}, log);
      if (!current.ok) return report(ctx, current, () => undefined);
      const { ward, settings } = current.data;
      const result = await dispatch(handlers, 'updateProfile', {
        wardName: values.ward,
        address: values.address ?? ward.address,
        chairman: values.chairman ?? ward.chairman,
        operatorName: values.operator ?? settings.operatorName,
        backupKeep: settings.backupKeep,
      }, log);
      return report(ctx, result, (profile) => {
        ctx.io.out(`Đã khai báo thông tin phường/xã tại ${session.dataFolder}:`);
        ctx.io.out(table([
          ['Tên phường/xã', profile.ward.name],
          ['Địa chỉ', profile.ward.address || '(chưa có)'],
          ['Chủ tịch UBND', profile.ward.chairman || '(chưa có)'],
          ['Người sử dụng', profile.settings.operatorName],
        ]));
      });
    });
  },
};

export const infoCommand: CommandSpec = {
  name: 'info',
  usage: 'info',
  summary: 'Xem thông tin dữ liệu: phường/xã, thư mục, số lượng, sao lưu.',
  options: {},
  positionals: 0,
  run: async (ctx: CommandContext) =>
    withSession(ctx, async (_session, handlers) => {
      const result = await dispatch(handlers, 'getStoreInfo', {}, (e) => ctx.io.err(String(e)));
      return report(ctx, result, (info) => {
        ctx.io.out(table([
          ['Phường/xã', info.wardName || '(chưa khai báo — dùng lệnh init)'],
          ['Thư mục dữ liệu', info.dataFolder],
          ['Phiên bản dữ liệu', String(info.schemaVersion)],
          ...countRows(info.counts),
          ['Sao lưu tự động gần nhất', day(info.lastAutoBackupDay)],
          ['Số bản sao lưu', number(info.backups)],
        ]));
      });
    }),
};
