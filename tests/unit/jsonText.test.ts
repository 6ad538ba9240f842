import { describe, expect, it } from 'vitest';
import { asciiJsonBytes, decodeJsonBytes, isAsciiForm } from '../../electron/store/jsonText';

describe('the data files’ ASCII form', () => {
  const value = { ward: 'Phường Hoàn Kiếm', note: 'Ghi chú 😀 “ngoặc” \\ "quote"\n', none: null, n: -1.5 };

  it('writes only ASCII bytes that any JSON reader turns back into the same strings', () => {
    const bytes = asciiJsonBytes(JSON.stringify(value));
    expect(isAsciiForm(bytes)).toBe(true);
    expect(bytes.toString('latin1')).toContain('Ph\\u01b0\\u1eddng');
    // An emoji (a surrogate pair) is two escapes.
    expect(bytes.toString('latin1')).toContain('\\ud83d\\ude00');
    expect(JSON.parse(bytes.toString('utf8'))).toEqual(value);
    expect(JSON.parse(decodeJsonBytes(bytes))).toEqual(value);
  });

  it('reads a file an earlier version wrote in UTF-8 as before', () => {
    const utf8 = Buffer.from(JSON.stringify(value), 'utf8');
    expect(isAsciiForm(utf8)).toBe(false);
    expect(JSON.parse(decodeJsonBytes(utf8))).toEqual(value);
  });

  it('leaves a text that is already ASCII as it is', () => {
    expect(asciiJsonBytes('{"a":"b"}').toString('latin1')).toBe('{"a":"b"}');
  });
});
