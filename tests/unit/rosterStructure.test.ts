import { describe, expect, it } from 'vitest';
import { isFooterText, isSampleText, numberedHeading, unitNameFromHeading, isNotesSheetName } from '../../shared/domain/rosterStructure';
import { parseCategory, rowToDraft } from '../../shared/domain/rosterRow';

describe('rows of a ward roster that are not people', () => {
  it('knows the footer lines wards put under a list, and not a person’s row', () => {
    for (const text of ['Tổng số: 25 người', 'Tổng cộng: 4', 'Người lập biểu', 'TM. ỦY BAN NHÂN DÂN', 'KT. CHỦ TỊCH', 'CHỦ TỊCH', 'Thủ trưởng đơn vị', 'Hoàn Kiếm, ngày … tháng … năm …', 'Hoàn Kiếm, ngày 15 tháng 01 năm 2026', '(Ký, ghi rõ họ tên)']) {
      expect(isFooterText(text), text).toBe(true);
    }
    for (const text of ['Nguyễn Văn Thắng', 'Phạm Thị Hường', 'Chủ tịch UBMTTQ', 'Tống Văn Định']) expect(isFooterText(text), text).toBe(false);
  });

  it('turns group headings into unit names, keeping the abbreviations of all-caps titles', () => {
    expect(numberedHeading('II. VĂN PHÒNG HĐND - UBND')).toBe('VĂN PHÒNG HĐND - UBND');
    expect(numberedHeading('Nguyễn Văn A')).toBeNull();
    expect(unitNameFromHeading('II. VĂN PHÒNG HĐND - UBND')).toBe('Văn phòng HĐND - UBND');
    expect(unitNameFromHeading('I. LÃNH ĐẠO UBND')).toBe('Lãnh đạo UBND');
    expect(unitNameFromHeading('2. Công chức (05 người)')).toBe('Công chức');
    expect(unitNameFromHeading('Phòng Kinh tế, Hạ tầng và Đô thị')).toBe('Phòng Kinh tế, Hạ tầng và Đô thị');
  });

  it('skips sample rows and notes sheets', () => {
    expect(isSampleText('Ví dụ')).toBe(true);
    expect(isSampleText('VD:')).toBe(true);
    expect(isSampleText('Trần Thị B (ví dụ)')).toBe(true);
    expect(isSampleText('Mầm non Hoa Mai')).toBe(false);
    expect(isNotesSheetName('Hướng dẫn')).toBe(true);
    expect(isNotesSheetName('Văn phòng')).toBe(false);
  });
});

describe('categories as wards write them', () => {
  it('reads words and abbreviations in any case and in NFD', () => {
    const cases: [string, string][] = [
      ['CB', 'official'], ['cc', 'civilServant'], ['Viên chức', 'publicEmployee'], ['NLĐ'.normalize('NFD'), 'worker'],
      ['HĐLĐ', 'worker'], ['hđ-lđ', 'worker'], ['HĐ 111', 'worker'], ['HĐ68', 'worker'], ['NHĐKCT'.normalize('NFD'), 'worker'], ['KCT', 'worker'],
    ];
    for (const [text, category] of cases) expect(parseCategory(text), text).toBe(category);
    expect(parseCategory('Thời vụ')).toBeNull();
  });

  it('keeps NHĐKCT visible in the title and says so on the row', () => {
    const outcome = rowToDraft({ fullName: 'Lò Văn Tiến', category: 'KCT' }, null, 2026);
    expect(outcome.ok && outcome.draft.category).toBe('worker');
    expect(outcome.ok && outcome.draft.title).toBe('Người hoạt động không chuyên trách');
    expect(outcome.ok && outcome.warnings.join()).toContain('không phải cán bộ, công chức');
  });
});

describe('names and CCCD numbers from split columns', () => {
  it('joins Họ + Tên đệm + Tên and puts back the zeros a number cell lost', () => {
    const outcome = rowToDraft({ familyName: 'Lý', middleName: 'Thị Thanh', givenName: 'Tâm', idNumber: 1085012345, category: 'CC' }, null, 2026);
    expect(outcome.ok).toBe(true);
    if (!outcome.ok) return;
    expect(outcome.draft.fullName).toBe('Lý Thị Thanh Tâm');
    expect(outcome.draft.idNumber).toBe('001085012345');
    expect(outcome.draft.notes).toBe('');
    expect(outcome.warnings.join()).toContain('mất số 0 ở đầu (1085012345)');
  });

  it('keeps the notes column as written and a malformed number out of the field, saying so on the row', () => {
    const outcome = rowToDraft({ fullName: 'Đỗ Văn Hùng', idNumber: '0010850123', notes: 'Biệt phái', category: 'CC' }, null, 2026);
    expect(outcome.ok).toBe(true);
    if (!outcome.ok) return;
    expect(outcome.draft.notes).toBe('Biệt phái');
    expect(outcome.draft.idNumber).toBeUndefined();
    expect(outcome.warnings.join()).toContain('số CCCD không hợp lệ (0010850123): cần 12 chữ số');
  });

  it('refuses a "name" that holds numbers (a group or total line that slipped through)', () => {
    const outcome = rowToDraft({ fullName: '1. Văn phòng', category: 'CC' }, null, 2026);
    expect(outcome.ok).toBe(false);
  });
});
