import { describe, expect, it } from 'vitest';
import { changeNames, describeValue } from '../../renderer/features/violations/violationChangeFormat';
import { BINH, CUONG, DUNG, OLD_LATE, PUNCTUAL, SMOKING, smokingDetail, wardRefs } from '../fixtures/renderer/wardRecords';

describe('the history of a violation says old and new values as people read them', () => {
  const names = changeNames(wardRefs(), smokingDetail());

  it('knows the people and rules by name, including the retired Dung and the replaced "Năm không" the record still cites', () => {
    expect(names.people.get(BINH.id)).toBe('Trần Thị Bình (CB0002)');
    expect(names.people.get(CUONG.id)).toBe('Lê Văn Cường (CB0003)');
    expect(names.people.get(DUNG.id)).toBe('Phạm Thị Dung (CB0009)');
    expect([...names.rules.values()]).toEqual(['1665:Đ3.KNL.5', '1665:Đ3.NL.1', 'Năm không:3']);
  });

  it('still names Dung after she was taken off the roster, from the record itself', () => {
    const withoutDung = changeNames({ ...wardRefs(), staff: [BINH, CUONG] }, smokingDetail());

    expect(describeValue('staffIds', [DUNG.id], withoutDung)).toBe('Phạm Thị Dung (CB0009)');
  });

  it('writes the people changed on the record as names, and an unknown id as itself', () => {
    expect(describeValue('staffIds', [BINH.id, CUONG.id], names)).toBe('Trần Thị Bình (CB0002), Lê Văn Cường (CB0003)');
    expect(describeValue('staffIds', ['s-gone'], names)).toBe('s-gone');
  });

  it('writes rule references by their short address, and a reference nobody knows by its key', () => {
    expect(describeValue('ruleRefs', [SMOKING, PUNCTUAL], names)).toBe('1665:Đ3.KNL.5, 1665:Đ3.NL.1');
    expect(describeValue('ruleRefs', [OLD_LATE], names)).toBe('Năm không:3');
    expect(describeValue('ruleRefs', [{ ...SMOKING, item: '9' }], names)).toBe('qd-1665-2017@1:Đ3.shouldNot.9');
  });

  it('writes days as dd/mm/yyyy', () => {
    expect(describeValue('date', '2025-03-05', names)).toBe('05/03/2025');
    expect(describeValue('explanationDue', '2025-03-12', names)).toBe('12/03/2025');
    expect(describeValue('concludedOn', '2025-03-20', names)).toBe('20/03/2025');
  });

  it('writes the severity, measure, source and state in Vietnamese', () => {
    expect(describeValue('severity', 'serious', names)).toBe('Nghiêm trọng');
    expect(describeValue('measure', 'reprimand', names)).toBe('Kỷ luật khiển trách');
    expect(describeValue('source', 'citizenReport', names)).toBe('Phản ánh của người dân');
    expect(describeValue('state', 'concluded', names)).toBe('Kết luận');
  });

  it('writes the decision as its number and day, and the evidence as its file names', () => {
    expect(describeValue('decision', { number: '15/QĐ-UBND', date: '2025-03-20' }, names)).toBe('Số 15/QĐ-UBND ngày 20/03/2025');
    const evidence = [
      { sha256: 'a1', fileName: 'anh-sanh-mot-cua.jpg', ext: 'jpg', mediaType: 'image/jpeg', size: 120_000, year: '2025', addedAt: '2025-03-05T09:20:00.000Z', addedBy: 'Nguyễn Văn An' },
      { sha256: 'b2', fileName: 'bien-ban.pdf', ext: 'pdf', mediaType: 'application/pdf', size: 80_000, year: '2025', addedAt: '2025-03-05T09:30:00.000Z', addedBy: 'Nguyễn Văn An' },
    ];
    expect(describeValue('evidence', evidence, names)).toBe('anh-sanh-mot-cua.jpg, bien-ban.pdf');
  });

  it('says "(trống)" for a field left empty, and writes plain text as it was typed', () => {
    for (const empty of [null, undefined, '', []]) expect(describeValue('place', empty, names)).toBe('(trống)');
    expect(describeValue('place', 'Sảnh Bộ phận Một cửa', names)).toBe('Sảnh Bộ phận Một cửa');
    expect(describeValue('severity', 'unheard', names)).toBe('unheard');
  });
});
