import { describe, expect, it } from 'vitest';
import { highlightParts, type TextPart } from '../../renderer/features/rules/highlight';

const SMOKING = 'Hút thuốc, khạc nhổ, phóng uế tùy tiện.';

function matches(parts: TextPart[]): string[] {
  return parts.filter((part) => part.isMatch).map((part) => part.text);
}

describe('a clerk searches the rules typing without diacritics and sees the words marked', () => {
  it('marks "khạc nhổ" as one match when "khac nho" is typed', () => {
    expect(highlightParts(SMOKING, 'khac nho')).toEqual([
      { text: 'Hút thuốc, ', isMatch: false },
      { text: 'khạc nhổ', isMatch: true },
      { text: ', phóng uế tùy tiện.', isMatch: false },
    ]);
  });

  it('marks words apart when they are apart in the text, whatever order they were typed in', () => {
    expect(matches(highlightParts(SMOKING, 'tuy tien hut'))).toEqual(['Hút', 'tùy tiện']);
  });

  it('reads "d" as "đ": "dung gio" finds "đúng giờ"', () => {
    expect(highlightParts('Đi làm đúng giờ, không bỏ vị trí.', 'dung gio')).toEqual([
      { text: 'Đi làm ', isMatch: false },
      { text: 'đúng giờ', isMatch: true },
      { text: ', không bỏ vị trí.', isMatch: false },
    ]);
  });

  it('marks "ap" at the start of "áp dụng", not inside "học tập"', () => {
    expect(highlightParts('Học tập và áp dụng quy tắc', 'ap')).toEqual([
      { text: 'Học tập và ', isMatch: false },
      { text: 'áp', isMatch: true },
      { text: ' dụng quy tắc', isMatch: false },
    ]);
  });

  it('marks every place a word begins, capitals and accents included', () => {
    expect(matches(highlightParts('Uống rượu, bia; RƯỢU ngoại không được mời.', 'ruou'))).toEqual(['rượu', 'RƯỢU']);
  });

  it('leaves the text whole and unmarked when nothing matches or nothing is typed', () => {
    expect(highlightParts(SMOKING, 'camera')).toEqual([{ text: SMOKING, isMatch: false }]);
    expect(highlightParts(SMOKING, '   ')).toEqual([{ text: SMOKING, isMatch: false }]);
    expect(highlightParts('', 'khac')).toEqual([{ text: '', isMatch: false }]);
  });

  it('gives back every character of the text, in order, whatever is marked', () => {
    for (const query of ['khac', 'tuy tien', 'phong ue hut', 'x']) {
      expect(highlightParts(SMOKING, query).map((part) => part.text).join('')).toBe(SMOKING);
    }
  });
});
