/** Issue 16, item 4: where the app offers to keep the data key for the OS account, and the key's text form for safeStorage. */
import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { keyFromText, keyToText, offersAccountKeys } from '../../electron/main/osKeyPolicy';

describe('keeping the data key for the Windows account', () => {
  it('is offered on Windows when safeStorage works there, and nowhere else (Linux may use a published key)', () => {
    expect(offersAccountKeys('win32', true)).toBe(true);
    expect(offersAccountKeys('win32', false)).toBe(false);
    expect(offersAccountKeys('linux', true)).toBe(false);
    expect(offersAccountKeys('darwin', true)).toBe(false);
  });

  it('turns a 32-byte key into text and back, and refuses anything else', () => {
    const key = randomBytes(32);
    expect(keyFromText(keyToText(key)).equals(key)).toBe(true);
    expect(() => keyFromText(randomBytes(16).toString('base64'))).toThrow();
    expect(() => keyFromText('not base64 at all!')).toThrow();
    expect(() => keyFromText('')).toThrow();
  });
});
