/**
 * encryption on|off|status: encryption at rest of the data folder (quản trị). The passphrase comes from
 * WARD_CONDUCT_PASSPHRASE or a prompt without echo; every other command opens an encrypted folder the same way.
 */
import { fail } from '../../../shared/api/result';
import type { EncryptionSwitch } from '../../../shared/api/encryptionContract';
import { dispatch } from '../../services/dispatch';
import { dateTime } from '../format';
import { report, type CommandContext } from '../io';
import { PASSPHRASE_VARIABLE, passphraseOf, withSession } from '../session';
import type { CommandSpec } from './spec';

const MISSING = 'Thiếu mật khẩu dữ liệu: đặt biến môi trường WARD_CONDUCT_PASSPHRASE hoặc chạy lệnh trong cửa sổ dòng lệnh để nhập.';

function printSwitch(ctx: CommandContext, result: EncryptionSwitch): void {
  ctx.io.out(result.isEncrypted ? 'Đã bật mã hóa dữ liệu.' : 'Đã tắt mã hóa dữ liệu.');
  ctx.io.out(`Số tệp đã ghi lại: ${result.rewrittenFiles}.`);
  ctx.io.out(`Bản sao lưu trước khi đổi: ${result.safetyBackup.file}`);
  if (result.isEncrypted) ctx.io.out('Hãy ghi nhớ mật khẩu dữ liệu: mất mật khẩu là mất dữ liệu (kể cả các bản sao lưu).');
}

function switchCommand(isOn: boolean): CommandSpec {
  return {
    name: isOn ? 'encryption on' : 'encryption off',
    usage: isOn ? 'encryption on' : 'encryption off',
    summary: isOn
      ? 'Bật mã hóa thư mục dữ liệu (dữ liệu, sao lưu, chứng cứ) bằng mật khẩu dữ liệu (Quản trị); sao lưu trước khi đổi.'
      : 'Tắt mã hóa thư mục dữ liệu (cần mật khẩu hiện tại, Quản trị); sao lưu trước khi đổi.',
    options: {},
    positionals: 0,
    run: async (ctx) =>
      withSession(ctx, async (_session, handlers) => {
        const passphrase = await passphraseOf(ctx);
        if (!passphrase) return report(ctx, fail('INVALID_INPUT', MISSING), () => undefined);
        // A new passphrase typed at a prompt is asked twice: a typo would lock the folder for good.
        if (isOn && !ctx.io.env[PASSPHRASE_VARIABLE] && (await ctx.io.readSecret?.('Nhập lại mật khẩu dữ liệu: ')) !== passphrase) {
          return report(ctx, fail('INVALID_INPUT', 'Hai lần nhập mật khẩu dữ liệu không giống nhau. Không có gì bị thay đổi.'), () => undefined);
        }
        const result = await dispatch(handlers, 'setEncryption', { isOn, passphrase }, (e) => ctx.io.err(String(e)));
        return report(ctx, result, (r) => printSwitch(ctx, r));
      }),
  };
}

export const encryptionOnCommand = switchCommand(true);
export const encryptionOffCommand = switchCommand(false);

export const encryptionStatusCommand: CommandSpec = {
  name: 'encryption status',
  usage: 'encryption status',
  summary: 'Cho biết thư mục dữ liệu có được mã hóa không.',
  options: {},
  positionals: 0,
  run: async (ctx) =>
    withSession(ctx, async (_session, handlers) => {
      const result = await dispatch(handlers, 'getEncryption', {});
      return report(ctx, result, (s) => ctx.io.out(s.isEncrypted ? `Thư mục dữ liệu đang được mã hóa${s.since ? ` (từ ${dateTime(s.since)})` : ''}.` : 'Thư mục dữ liệu không được mã hóa.'));
    }),
};
