/** backup (now, or to a chosen file) and restore (preview first, then replace after a safety backup). */
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { dispatch } from '../../services/dispatch';
import { createManualBackup } from '../../services/backupService';
import type { BackupInfo } from '../../../shared/api/types';
import { bytes, countRows, dateTime, table } from '../format';
import { UsageError, report, type CommandContext } from '../io';
import { attempt, passphraseOf, withSession } from '../session';
import type { CommandSpec } from './spec';
import { requirePermission } from '../../services/access/guard';
import { permissionFor } from '../../../shared/api/permissions';
import { checkOutputPath } from '../../store/outputPath';
import { BACKUP_PASSPHRASE_NEEDED } from '../../../shared/api/encryptionContract';

/** --out must name a new file in a folder that exists, outside the data folder; checked before the store is opened. */
async function checkOutFile(ctx: CommandContext, out: string): Promise<string> {
  const target = await checkOutputPath(ctx.dataFolder, out);
  const folder = await fs.stat(path.dirname(target)).catch(() => null);
  if (!folder?.isDirectory()) throw new UsageError(`Thư mục ${path.dirname(target)} không tồn tại.`);
  if (await fs.stat(target).catch(() => null)) throw new UsageError(`Tệp ${target} đã tồn tại; hãy chọn tên khác.`);
  return target;
}

function describe(info: BackupInfo): [string, string][] {
  return [
    ['Tệp', info.file],
    ['Ngày sao lưu', dateTime(info.createdAt)],
    ['Phường/xã', info.wardName || '(chưa khai báo)'],
    ['Dung lượng', bytes(info.sizeBytes)],
    ...countRows(info.counts),
    ['Tệp chứng cứ', evidenceLine(info.evidence)],
  ];
}

function evidenceLine(e: BackupInfo['evidence']): string {
  if (e.referenced === null) return 'bản sao lưu cũ, không kèm tệp chứng cứ';
  const parts = [`dữ liệu nêu ${e.referenced} tệp`, `kèm trong bản sao lưu ${e.included} tệp`];
  if (e.missing !== null) parts.push(`không tìm thấy ở cả bản sao lưu lẫn thư mục dữ liệu ${e.missing} tệp`);
  return parts.join('; ');
}

export const backupCommand: CommandSpec = {
  name: 'backup',
  usage: 'backup [--out <tệp>]',
  summary: 'Sao lưu dữ liệu ngay (vào thư mục sao lưu, hoặc ra tệp chỉ định).',
  options: { out: { type: 'string' } },
  positionals: 0,
  run: async (ctx: CommandContext, values: { out?: string }) => {
    const target = values.out === undefined ? undefined : await checkOutFile(ctx, values.out);
    return withSession(ctx, async (session) => {
      // A backup to a chosen file carries all the data out of the folder: the administrator's (as exportBackup).
      const result = await attempt(ctx, async () => {
        requirePermission(session, permissionFor(target ? 'exportBackup' : 'createBackup'));
        return createManualBackup(session, target);
      });
      return report(ctx, result, (info) => {
        ctx.io.out('Đã sao lưu dữ liệu.');
        ctx.io.out(table(describe(info)));
      });
    });
  },
};

export const restoreCommand: CommandSpec = {
  name: 'restore',
  usage: 'restore <tệp sao lưu>',
  summary: 'Phục hồi dữ liệu từ tệp sao lưu (dữ liệu hiện tại được sao lưu an toàn trước).',
  options: {},
  positionals: 1,
  run: async (ctx: CommandContext, _values: object, [file]: string[]) => {
    const log = (e: unknown) => ctx.io.err(String(e));
    return withSession(ctx, async (_session, handlers) => {
      // The preview reads only the backup file (unsealed with the folder's key when it is encrypted): nothing is written if it is unusable.
      let preview = await dispatch(handlers, 'previewBackup', { file }, log);
      // A USB backup of an encrypted folder carries its key: the data passphrase (WARD_CONDUCT_PASSPHRASE or a prompt) opens it.
      if (!preview.ok && preview.error.message === BACKUP_PASSPHRASE_NEEDED) {
        const passphrase = await passphraseOf(ctx);
        if (passphrase) preview = await dispatch(handlers, 'previewBackup', { file, passphrase }, log);
      }
      if (!preview.ok) return report(ctx, preview, () => undefined);
      if (!ctx.isJson) {
        ctx.io.out('Tệp sao lưu sẽ được phục hồi:');
        ctx.io.out(table(describe(preview.data)));
      }
      const result = await dispatch(handlers, 'restoreBackup', { file }, log);
      return report(ctx, result, (outcome) => {
        ctx.io.out(`Đã phục hồi dữ liệu từ bản sao lưu ngày ${dateTime(outcome.restored.createdAt)}.`);
        if (outcome.evidenceWritten > 0) ctx.io.out(`Đã chép lại ${outcome.evidenceWritten} tệp chứng cứ từ bản sao lưu.`);
        ctx.io.out(`Dữ liệu trước khi phục hồi được giữ tại: ${outcome.safetyBackup.file}`);
      });
    });
  },
};
