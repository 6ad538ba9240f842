import { describe, expect, it } from 'vitest';
import { foldVietnamese, nfc, nfcDeep } from '../../shared/domain/text';

const decomposed = (s: string) => s.normalize('NFD');

describe('text folding and NFC for the ward roster', () => {
  it('finds "Đặng Quốc Hưng" when the clerk types "dang quoc hung"', () => {
    expect(foldVietnamese('Đặng Quốc Hưng')).toBe('dang quoc hung');
    expect(foldVietnamese(decomposed('Đặng Quốc Hưng'))).toBe('dang quoc hung');
  });

  it('folds đ and Đ to d, and every tone and vowel mark away', () => {
    expect(foldVietnamese('Đỗ Đức Đạt')).toBe('do duc dat');
    expect(foldVietnamese('Ủy ban nhân dân phường Hoàn Kiếm')).toBe('uy ban nhan dan phuong hoan kiem');
    expect(foldVietnamese('Nguyễn Thị Ngọc Ánh')).toBe('nguyen thi ngoc anh');
  });

  it('collapses tabs and runs of spaces typed around a name', () => {
    expect(foldVietnamese('  Trần \t Thị   Bích  ')).toBe('tran thi bich');
  });

  it('turns a name pasted from a Mac (NFD) into the same code points as one typed on Windows (NFC)', () => {
    const typed = 'Trần Thị Bích Ngọc';
    const pasted = decomposed(typed);
    expect(pasted).not.toBe(typed);
    expect(pasted.length).toBeGreaterThan(typed.length);
    expect(nfc(pasted)).toBe(typed);
  });

  it('normalises every string and key of a record, nested, and leaves other values alone', () => {
    const record = {
      [decomposed('tên')]: decomposed('Lê Thị Hường'),
      tags: [decomposed('Một cửa'), 3, null, true],
      nested: { position: decomposed('Trưởng phòng'), score: 88.5 },
    };
    const out = nfcDeep(record) as Record<string, unknown>;
    expect(Object.keys(out)).toEqual(['tên', 'tags', 'nested']);
    expect(out['tên']).toBe('Lê Thị Hường');
    expect(out.tags).toEqual(['Một cửa', 3, null, true]);
    expect(out.nested).toEqual({ position: 'Trưởng phòng', score: 88.5 });
    // The input is not changed in place.
    expect(record.nested.position).toBe(decomposed('Trưởng phòng'));
  });
});
