import { describe, expect, it } from 'vitest';
import { compareVietnameseNames } from '../../shared/domain/names';
import { foldVietnamese } from '../../shared/domain/text';
import { parseSheetDate } from '../../shared/domain/dateParse';
import { detectHeader, fieldForHeading } from '../../electron/documents/xlsx/rosterHeaders';
import { rowToDraft } from '../../shared/domain/rosterRow';

describe('Vietnamese names', () => {
  it('sort by given name, then middle names, then family name, letters in Vietnamese order (a < ă < â)', () => {
    const names = ['Trần Văn Bình', 'Nguyễn Thị An', 'Lê Văn An', 'Đỗ Thị Ánh', 'Phạm Đức Anh', 'Nguyễn Văn Ân', 'Bùi Thị Ăn'];
    expect([...names].sort(compareVietnameseNames)).toEqual([
      'Nguyễn Thị An', 'Lê Văn An', 'Phạm Đức Anh', 'Đỗ Thị Ánh', 'Bùi Thị Ăn', 'Nguyễn Văn Ân', 'Trần Văn Bình',
    ]);
  });

  it('put Đ after D as the Vietnamese alphabet does', () => {
    expect(['Lê Văn Đạt', 'Lê Văn Dũng', 'Lê Văn Cường'].sort(compareVietnameseNames)).toEqual(['Lê Văn Cường', 'Lê Văn Dũng', 'Lê Văn Đạt']);
  });
});

describe('search without diacritics', () => {
  it('folds accents, đ and NFD input to the same key', () => {
    expect(foldVietnamese('Đặng Thị Hồng Nhung')).toBe('dang thi hong nhung');
    expect(foldVietnamese('Nguyễn Văn Đức'.normalize('NFD'))).toBe('nguyen van duc');
    expect(foldVietnamese('  Trần   Bình ')).toBe('tran binh');
  });
});

describe('dates as ward spreadsheets hold them', () => {
  const iso = (v: unknown) => {
    const r = parseSheetDate(v, 2026);
    return r.ok ? r.iso : `error: ${r.reason}`;
  };
  it('reads Excel serial numbers, dd/mm/yyyy, d/m/yy, ISO and a year alone', () => {
    expect(iso(31048)).toBe('1985-01-01');
    expect(iso('04/03/1985')).toBe('1985-03-04');
    expect(iso('7/5/90')).toBe('1990-05-07');
    expect(iso('7/5/05')).toBe('2005-05-07');
    expect(iso('1985-03-04')).toBe('1985-03-04');
    expect(iso('1992')).toBe('1992-01-01');
    expect(iso(1992)).toBe('1992-01-01');
    expect(iso(new Date(Date.UTC(1979, 10, 20)))).toBe('1979-11-20');
    expect(iso(' 04 / 03 / 1985 ')).toBe('1985-03-04');
    expect(iso(null)).toBeNull();
  });
  it('refuses dates that do not exist and text that is not a date', () => {
    expect(iso('31/02/1988')).toMatch(/^error: ngày không có thật/);
    expect(iso('không rõ')).toMatch(/^error: không đọc được ngày/);
  });
});

describe('recognising the roster headings', () => {
  it('knows the usual headings and their variants', () => {
    expect(fieldForHeading('Họ và tên')).toBe('fullName');
    expect(fieldForHeading('HỌ TÊN')).toBe('fullName');
    expect(fieldForHeading('Ngày tháng năm sinh')).toBe('birthDate');
    expect(fieldForHeading('Phòng ban')).toBe('unit');
    expect(fieldForHeading('Mã CB')).toBe('code');
    expect(fieldForHeading('Số điện thoại')).toBe('phone');
    expect(fieldForHeading('Quê quán')).toBeNull();
  });

  it('finds the header row below the title lines, and a two-row Nam/Nữ heading', () => {
    const rows = [
      [null, 'UBND PHƯỜNG HOÀN KIẾM'],
      [null, null, null, 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM'],
      [null, 'DANH SÁCH CÁN BỘ'],
      [null, 'STT', 'Họ và tên', 'Ngày sinh', 'Ngày sinh', 'Chức vụ'],
      [null, 'STT', 'Họ và tên', 'Nam', 'Nữ', 'Chức vụ'],
    ];
    const header = detectHeader(rows);
    expect(header?.headerRow).toBe(5);
    expect(header?.columns).toMatchObject({ seq: 1, fullName: 2, maleColumn: 3, femaleColumn: 4, position: 5 });
  });

  it('gives up when no row has a name column', () => {
    expect(detectHeader([[null, 'Tên hàng', 'Số lượng']])).toBeNull();
  });
});

describe('one spreadsheet row to a staff draft', () => {
  it('reads a birth date written in the Nữ column as a woman born that day', () => {
    const r = rowToDraft({ fullName: 'Trần Thị Bình', femaleColumn: '12/12/1990' }, 'Văn phòng', 2026);
    expect(r.ok && r.draft).toMatchObject({ gender: 'female', birthDate: '1990-12-12', unitName: 'Văn phòng' });
  });
  it('lists every reason a row is refused', () => {
    const r = rowToDraft({ fullName: null, birthDate: '31/02/1990', email: 'abc' }, null, 2026);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.reasons).toEqual(['thiếu họ và tên', 'ngày sinh: ngày không có thật: 31/02/1990', 'email không hợp lệ: abc']);
  });
  it('takes elected posts as cán bộ when the file has no category column', () => {
    const r = rowToDraft({ fullName: 'Ngô Văn Hải', position: 'Phó Chủ tịch UBND' }, null, 2026);
    expect(r.ok && r.draft.category).toBe('official');
  });
});
