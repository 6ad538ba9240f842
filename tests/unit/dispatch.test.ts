import { describe, expect, it } from 'vitest';
import type { Handlers, MethodName } from '../../shared/api/contract';
import { METHOD_NAME_LIST } from '../../shared/api/methodNames';
import { ERROR_MESSAGES, ServiceError } from '../../shared/api/result';
import type { ProfileView } from '../../shared/api/types';
import { dispatch } from '../../electron/services/dispatch';

const VIETNAMESE = /[ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ]/i;

/** Handlers that record what they received; a method not overridden fails the test if called. */
function handlersWith(overrides: Partial<Handlers>): { handlers: Handlers; calls: { name: MethodName; input: unknown }[] } {
  const calls: { name: MethodName; input: unknown }[] = [];
  const handlers = Object.fromEntries(
    METHOD_NAME_LIST.map((name) => [
      name,
      async (input: unknown) => {
        calls.push({ name, input });
        const override = overrides[name] as ((i: unknown) => Promise<unknown>) | undefined;
        if (!override) throw new Error(`unexpected call to ${name}`);
        return override(input);
      },
    ]),
  ) as unknown as Handlers;
  return { handlers, calls };
}

const profile = (input: { wardName: string; operatorName: string; backupKeep: number; address: string; chairman: string }): ProfileView => ({
  ward: { name: input.wardName, address: input.address, chairman: input.chairman },
  settings: { operatorName: input.operatorName, backupKeep: input.backupKeep },
  dataFolder: '/tmp/x',
  schemaVersion: 2,
});

const silent = () => undefined;

describe('dispatch: the door between untrusted input and the services', () => {
  it('passes a good profile update, trimmed, NFC and with defaults, to the service', async () => {
    const { handlers, calls } = handlersWith({ updateProfile: async (input) => profile(input) });
    const result = await dispatch(handlers, 'updateProfile', { wardName: '  Phường Hoàn Kiếm '.normalize('NFD'), operatorName: 'Lê Thị Hường' }, silent);
    expect(result.ok).toBe(true);
    expect(calls).toEqual([{ name: 'updateProfile', input: { wardName: 'Phường Hoàn Kiếm', operatorName: 'Lê Thị Hường', address: '', chairman: '', backupKeep: 30 } }]);
  });

  it.each([
    ['an empty ward name', { wardName: '   ', operatorName: 'Lê Thị Hường' }, /^Nhập tên phường\/xã$/],
    ['backupKeep 1', { wardName: 'Phường Hoàn Kiếm', operatorName: 'Lê Thị Hường', backupKeep: 1 }, /ít nhất 3/],
    ['backupKeep as text', { wardName: 'Phường Hoàn Kiếm', operatorName: 'Lê Thị Hường', backupKeep: '30' }, /phải là số/],
    ['a ward name that is a number', { wardName: 5, operatorName: 'Lê Thị Hường' }, /Tên phường\/xã: phải là chữ/],
    ['an extra key', { wardName: 'Phường Hoàn Kiếm', operatorName: 'Lê Thị Hường', isAdmin: true }, /isAdmin/],
    ['no object at all', 'Phường Hoàn Kiếm', /./],
  ])('refuses %s with INVALID_INPUT in Vietnamese and never calls the service', async (_label, input, detail) => {
    const { handlers, calls } = handlersWith({ updateProfile: async (i) => profile(i) });
    const result = await dispatch(handlers, 'updateProfile', input, silent);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.code).toBe('INVALID_INPUT');
    expect(result.error.message).toMatch(detail);
    expect(result.error.message).toMatch(VIETNAMESE);
    expect(result.error.message).not.toMatch(/Invalid input|Unrecognized|expected/i);
    expect(calls).toEqual([]);
  });

  it('refuses extra keys on a method that takes nothing', async () => {
    const { handlers, calls } = handlersWith({ getProfile: async () => profile({ wardName: 'x', operatorName: 'y', backupKeep: 3, address: '', chairman: '' }) });
    const result = await dispatch(handlers, 'getProfile', { folder: '/etc' }, silent);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.error.code).toBe('INVALID_INPUT');
    expect(!result.ok && result.error.message).toMatch(VIETNAMESE);
    expect(calls).toEqual([]);
    expect((await dispatch(handlers, 'getProfile', undefined, silent)).ok).toBe(true);
  });

  it('turns a plain Error from a service into INTERNAL with the reassuring message, and logs it', async () => {
    const logged: unknown[] = [];
    const boom = new Error('ENOSPC: no space left on device');
    const { handlers } = handlersWith({ listBackups: async () => { throw boom; } });
    const result = await dispatch(handlers, 'listBackups', {}, (e) => logged.push(e));
    expect(result).toEqual({ ok: false, error: { code: 'INTERNAL', message: ERROR_MESSAGES.INTERNAL } });
    expect(logged).toEqual([boom]);
  });

  it('does not let a handler that throws synchronously escape as a rejection', async () => {
    const handlers = handlersWith({}).handlers;
    (handlers as unknown as Record<string, () => never>).checkStore = () => { throw new TypeError('x is undefined'); };
    await expect(dispatch(handlers, 'checkStore', {}, silent)).resolves.toMatchObject({ ok: false, error: { code: 'INTERNAL' } });
  });

  it('passes a ServiceError code and message through unchanged', async () => {
    const { handlers } = handlersWith({
      restoreBackup: async () => { throw new ServiceError('BACKUP_INVALID', 'Tệp sao lưu không dùng được: thiếu dữ liệu.'); },
      getProfile: async () => { throw new ServiceError('STORE_LOCKED'); },
    });
    expect(await dispatch(handlers, 'restoreBackup', { file: 'a.wcbak' }, silent)).toEqual({
      ok: false,
      error: { code: 'BACKUP_INVALID', message: 'Tệp sao lưu không dùng được: thiếu dữ liệu.' },
    });
    expect(await dispatch(handlers, 'getProfile', {}, silent)).toEqual({ ok: false, error: { code: 'STORE_LOCKED', message: ERROR_MESSAGES.STORE_LOCKED } });
  });
});
