import { describe, expect, it } from 'vitest';
import { allowedMeasures, checkMeasure, disciplineFormsFor, holdsLeadingPost, type DisciplineSubject } from '../../shared/domain/disciplineForms';

const chuyenVien: DisciplineSubject = { fullName: 'Trần Thị Bình', category: 'civilServant', position: 'Chuyên viên', isHeadOfUnit: false };
const truongPhong: DisciplineSubject = { fullName: 'Lê Văn Cường', category: 'civilServant', position: 'Trưởng phòng', isHeadOfUnit: true };
const chuTich: DisciplineSubject = { fullName: 'Nguyễn Văn An', category: 'official', position: 'Chủ tịch UBND', isHeadOfUnit: false };
const dieuDuong: DisciplineSubject = { fullName: 'Phạm Thu Hà', category: 'publicEmployee', position: 'Điều dưỡng', isHeadOfUnit: false };
const tramTruong: DisciplineSubject = { fullName: 'Đỗ Minh Hải', category: 'publicEmployee', position: 'Trạm trưởng', isHeadOfUnit: true };
const laiXe: DisciplineSubject = { fullName: 'Vũ Văn Dũng', category: 'worker', position: 'Lái xe', isHeadOfUnit: false };

const values = (people: DisciplineSubject[], day: string) => allowedMeasures(people, day).allowed.map((o) => o.value);

describe('discipline forms a ward may choose, by staff category and decision date', () => {
  it('offers hạ bậc lương for a chuyên viên disciplined on 30/6/2025 under ND 112/2020, and not from 1/7/2025 under ND 172/2025', () => {
    expect(disciplineFormsFor(chuyenVien, '2025-06-30')).toEqual({ forms: ['reprimand', 'warning', 'salaryDemotion', 'forcedResignation'], basis: 'Nghị định 112/2020/NĐ-CP' });
    expect(disciplineFormsFor(chuyenVien, '2025-07-01')).toEqual({ forms: ['reprimand', 'warning', 'forcedResignation'], basis: 'Nghị định 172/2025/NĐ-CP' });
  });

  it('offers giáng chức to a trưởng phòng only before 1/7/2025; cách chức stays for leaders under both decrees', () => {
    expect(disciplineFormsFor(truongPhong, '2025-03-10').forms).toEqual(['reprimand', 'warning', 'demotion', 'dismissalFromPost', 'forcedResignation']);
    expect(disciplineFormsFor(truongPhong, '2026-01-15').forms).toEqual(['reprimand', 'warning', 'dismissalFromPost', 'forcedResignation']);
  });

  it('gives cán bộ khiển trách, cảnh cáo, cách chức and bãi nhiệm, never hạ bậc lương or buộc thôi việc', () => {
    for (const day of ['2024-05-02', '2026-02-20']) {
      expect(values([chuTich], day)).toEqual(['reminder', 'criticism', 'selfCriticism', 'reprimand', 'warning', 'dismissalFromPost', 'removalFromOffice']);
    }
  });

  it('keeps viên chức on their own rules after 1/7/2025: cách chức only for a manager', () => {
    expect(disciplineFormsFor(dieuDuong, '2026-03-01').forms).toEqual(['reprimand', 'warning', 'forcedResignation']);
    expect(disciplineFormsFor(tramTruong, '2026-03-01').forms).toEqual(['reprimand', 'warning', 'dismissalFromPost', 'forcedResignation']);
    expect(disciplineFormsFor(dieuDuong, '2026-03-01').basis).toBe('Luật Viên chức 2010 (sửa đổi năm 2019); Nghị định 112/2020/NĐ-CP');
  });

  it('names the Luật Viên chức 2025 for a viên chức decision from 1/7/2026', () => {
    expect(disciplineFormsFor(dieuDuong, '2026-06-30').basis).toContain('Luật Viên chức 2010');
    expect(disciplineFormsFor(dieuDuong, '2026-07-01').basis).toBe('Luật Viên chức 2025 (hiệu lực từ 01/7/2026)');
  });

  it('offers a contract driver only nhắc nhở, phê bình, kiểm điểm, and says why not khiển trách', () => {
    const choice = allowedMeasures([laiXe], '2026-04-01');
    expect(choice.allowed.map((o) => o.value)).toEqual(['reminder', 'criticism', 'selfCriticism']);
    expect(choice.refused.find((r) => r.value === 'reprimand')?.reason).toContain('Bộ luật Lao động');
  });

  it('offers two people of one violation only the forms both may receive', () => {
    const both = values([chuyenVien, chuTich], '2026-04-01');
    expect(both).toEqual(['reminder', 'criticism', 'selfCriticism', 'reprimand', 'warning']);
  });

  it('refuses hạ bậc lương for a công chức in 2026 with a Vietnamese reason naming the person and the decree', () => {
    expect(checkMeasure([chuyenVien], 'salaryDemotion', '2026-02-03')).toBe(
      'Không áp dụng hình thức hạ bậc lương cho Trần Thị Bình (công chức) theo Nghị định 172/2025/NĐ-CP (quyết định ngày 03/02/2026).',
    );
    expect(checkMeasure([chuyenVien], 'salaryDemotion', '2025-02-03')).toBeNull();
    expect(checkMeasure([laiXe], 'criticism', '2026-02-03')).toBeNull();
  });

  it('reads a leading post from the head flag or the position title', () => {
    expect(holdsLeadingPost({ position: 'Phó Trưởng phòng', isHeadOfUnit: false })).toBe(true);
    expect(holdsLeadingPost({ position: 'Phó Chánh Văn phòng', isHeadOfUnit: false })).toBe(true);
    expect(holdsLeadingPost({ position: 'Chuyên viên', isHeadOfUnit: false })).toBe(false);
    expect(holdsLeadingPost({ position: 'Chuyên viên', isHeadOfUnit: true })).toBe(true);
  });
});
