import { describe, expect, it } from 'vitest';
import { cleanIdNumber, idNumberInNotes, isIdNumber, maskIdNumber, maskIdNumbersIn } from '../../shared/domain/idNumber';
import { staffFields } from '../../shared/api/staffSchemas';

const person = { code: 'CB0007', fullName: 'Nguyễn Thị Lan', category: 'civilServant' };

describe('Số CCCD: 12 digits (or 9 of an old CMND), shown masked', () => {
  it('masks all but the first four and last two digits', () => {
    expect(maskIdNumber('001085012345')).toBe('0010******45');
    expect(maskIdNumber('012345678')).toBe('0123***78');
    expect(maskIdNumber('')).toBe('');
    expect(maskIdNumber(undefined)).toBe('');
  });

  it('accepts 12 or 9 digits typed with spaces or dots, and says what to type otherwise', () => {
    expect(cleanIdNumber(' 001 085.012-345 ')).toBe('001085012345');
    expect(isIdNumber('001085012345')).toBe(true);
    expect(isIdNumber('0010850123')).toBe(false);
    const ok = staffFields.safeParse({ ...person, idNumber: '001 085 012 345' });
    expect(ok.success && ok.data.idNumber).toBe('001085012345');
    const bad = staffFields.safeParse({ ...person, idNumber: '00108501234A' });
    expect(bad.success).toBe(false);
    expect(!bad.success && bad.error.issues[0]?.message).toBe('Số CCCD: nhập đủ 12 chữ số của căn cước công dân (hoặc 9 chữ số của CMND cũ), chỉ gồm chữ số');
    expect(staffFields.safeParse({ ...person, idNumber: '' }).success).toBe(true);
    // Absent: the record keeps its number (an edit that never revealed it).
    const absent = staffFields.safeParse(person);
    expect(absent.success && 'idNumber' in absent.data).toBe(false);
  });

  it('finds the number an earlier import appended to the notes, keeping the rest of the notes', () => {
    expect(idNumberInNotes('Số CCCD: 001085012345')).toEqual({ idNumber: '001085012345', notes: '' });
    expect(idNumberInNotes('Biệt phái; Số CCCD: 001085012345')).toEqual({ idNumber: '001085012345', notes: 'Biệt phái' });
    expect(idNumberInNotes('Số CCCD: 012345678; nghỉ thai sản')).toEqual({ idNumber: '012345678', notes: 'nghỉ thai sản' });
    expect(idNumberInNotes('Biệt phái; Số CCCD: 001085012345; nghỉ thai sản'.normalize('NFD'))).toEqual({ idNumber: '001085012345', notes: 'Biệt phái; nghỉ thai sản' });
    expect(idNumberInNotes('Số CCCD: 0010850123456')).toBeNull();
    // A malformed number stays where it is for a person to correct; so do notes without one.
    expect(idNumberInNotes('Số CCCD: 0010850123')).toBeNull();
    expect(idNumberInNotes('Điện thoại nhà 0243825123')).toBeNull();
  });

  it('masks numbers inside a text (notes shown in the history)', () => {
    expect(maskIdNumbersIn('Biệt phái; Số CCCD: 001085012345')).toBe('Biệt phái; Số CCCD: 0010******45');
    expect(maskIdNumbersIn('Điện thoại 0912345678')).toBe('Điện thoại 0912345678');
  });
});
