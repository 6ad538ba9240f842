import { execFileSync } from 'node:child_process';
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { SMOKING, openWard, type Ward } from './violationFixtures';

let ward: Ward | null = null;
afterEach(async () => {
  await ward?.close();
  ward = null;
});

async function pdfText(w: Ward, dataBase64: string): Promise<{ text: string; pages: number }> {
  const file = path.join(w.folder, 'sheet.pdf');
  await fs.writeFile(file, Buffer.from(dataBase64, 'base64'));
  const text = execFileSync('pdftotext', [file, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
  const pages = Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [file], { encoding: 'utf8' }))?.[1]);
  return { text: text.normalize('NFC'), pages };
}

describe('the monthly unit-meeting sheet (sinh hoạt chuyên môn)', () => {
  it("prints March for Phòng Kinh tế: its violations and commendations, one line per person, and nothing from February or other units", async () => {
    ward = await openWard();
    const w = ward;
    await w.must('createViolation', { date: '2026-03-16', staffIds: [w.ids.binh], ruleRefs: [SMOKING], description: 'Hút thuốc tại sảnh tiếp dân' });
    await w.must('createViolation', { date: '2026-02-10', staffIds: [w.ids.cuong], ruleRefs: [SMOKING], description: 'Vi phạm tháng trước' });
    await w.must('createViolation', { date: '2026-03-05', staffIds: [w.ids.dung], ruleRefs: [SMOKING], description: 'Vi phạm của đơn vị khác' });
    await w.must('createCommendation', { date: '2026-03-12', staffIds: [w.ids.cuong], reason: 'Trả lại ví cho công dân', form: 'goodDeed' });
    const sheet = await w.must('printMeetingSheet', { month: '2026-03', unitId: w.ids.kinhTe });
    expect(sheet.fileName).toBe('sinh-hoat-chuyen-mon-2026-03-KT-HT-DT.pdf');
    expect(sheet.count).toBe(1);
    const { text, pages } = await pdfText(w, sheet.dataBase64);
    expect(pages).toBeGreaterThanOrEqual(1);
    for (const expected of ['CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'PHƯỜNG HOÀN KIẾM', 'Sinh hoạt chuyên môn tháng 03 năm 2026', 'Phòng Kinh tế, Hạ tầng và Đô thị', 'Hút thuốc tại sảnh', 'Trả lại ví cho công dân', 'Người tốt việc', 'mục 5 “Không nên làm”, Điều 3 (QĐ số 1665/QĐ-UBND)']) {
      expect(text).toContain(expected);
    }
    expect(text).not.toContain('Vi phạm tháng trước');
    expect(text).not.toContain('Vi phạm của đơn vị khác');
    expect(text).not.toContain('Vũ Văn Dũng');
    // One assessment line each, sorted by given name: Bình before Cường.
    expect(text.indexOf('Trần Thị Bình', text.indexOf('III.'))).toBeLessThan(text.indexOf('Lê Văn Cường', text.indexOf('III.')));
  });

  it('prints the whole ward grouped by unit, and refuses an unknown unit in Vietnamese', async () => {
    ward = await openWard();
    const all = await ward.must('printMeetingSheet', { month: '2026-03' });
    const { text } = await pdfText(ward, all.dataBase64);
    expect(text).toContain('Toàn cơ quan UBND Phường Hoàn Kiếm');
    expect(text).toContain('Phòng Văn hóa - Xã hội');
    expect(text).toContain('Trong tháng không có vi phạm nào được ghi nhận.');
    expect(await ward.call('printMeetingSheet', { month: '2026-13' })).toMatchObject({ ok: false, error: { message: 'Tháng phải có dạng yyyy-mm' } });
    expect(await ward.call('printMeetingSheet', { month: '2026-03', unitId: 'khong-co' })).toMatchObject({ ok: false, error: { message: 'Không tìm thấy đơn vị đã chọn.' } });
  });
});
