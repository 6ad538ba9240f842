import { describe, expect, it } from 'vitest';
import { contract, METHOD_NAMES } from '../../shared/api/contract';
import { METHOD_NAME_LIST } from '../../shared/api/methodNames';
import { ERROR_CODES, ERROR_MESSAGES, fail, isErrorCode, ServiceError } from '../../shared/api/result';

// Letters only Vietnamese uses (not plain ASCII, not French/Spanish only): ă â đ ê ô ơ ư and the tone marks on them.
const VIETNAMESE = /[ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ]/i;

describe('the one contract stays in step with the preload list and the error table', () => {
  it('the preload method list equals the contract keys, in order', () => {
    expect([...METHOD_NAME_LIST]).toEqual(Object.keys(contract));
    expect(METHOD_NAMES).toEqual(Object.keys(contract));
    expect(new Set(METHOD_NAME_LIST).size).toBe(METHOD_NAME_LIST.length);
  });

  it('every method has a zod input schema', () => {
    for (const name of METHOD_NAME_LIST) expect(typeof contract[name].input.safeParse, name).toBe('function');
  });

  it.each(Object.entries(ERROR_MESSAGES))('the message for %s is Vietnamese and not empty', (_code, message) => {
    expect(message.trim().length).toBeGreaterThan(10);
    expect(message).toMatch(VIETNAMESE);
    expect(message.normalize('NFC')).toBe(message);
  });

  it('knows its own codes and nothing else', () => {
    expect(ERROR_CODES).toEqual(Object.keys(ERROR_MESSAGES));
    for (const code of ERROR_CODES) expect(isErrorCode(code)).toBe(true);
    expect(isErrorCode('EPERM')).toBe(false);
  });

  it('a failed Result and a ServiceError carry the standard message unless given one', () => {
    expect(fail('NOT_FOUND')).toEqual({ ok: false, error: { code: 'NOT_FOUND', message: ERROR_MESSAGES.NOT_FOUND } });
    expect(fail('CONFLICT', 'Mã cán bộ CC014 đã có.').ok).toBe(false);
    const error = new ServiceError('STORE_LOCKED');
    expect(error.code).toBe('STORE_LOCKED');
    expect(error.message).toBe(ERROR_MESSAGES.STORE_LOCKED);
  });
});
