import { createHash } from 'node:crypto';
import { promises as fs } from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { afterEach, describe, expect, it } from 'vitest';
import { closePeriod } from '../../electron/services/periodService';
import { exportScorecard } from '../../electron/services/scorecardExport';
import { applyScorecardImport, previewScorecardImport } from '../../electron/services/scorecardImport';
import { saveScores, scoreGrid } from '../../electron/services/scoringService';
import type { Session } from '../../electron/services/session';
import { openWard } from '../fixtures/scoring/wardScores';
import { fixedClock, tempFolder } from './helpers';

let session: Session | null = null;
afterEach(async () => {
  await session?.close();
  session = null;
});

async function edit(bytes: Uint8Array, change: (wb: ExcelJS.Workbook) => void): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
  change(wb);
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

const scoresFile = (folder: string) => fs.readFile(path.join(folder, 'db', 'scores-2026.json'), 'utf8');

describe('the council fills the exported scorecard and the ward imports it back', () => {
  it('shows each changed cell old → new, refuses out-of-range values, and writes only the accepted changes', async () => {
    const folder = await tempFolder('scorecard-import');
    session = await openWard(folder, fixedClock('2026-06-03T09:00:00+07:00').now);
    const exported = (await exportScorecard(session, { period: '2026-05', setId: 'nd335-2025' })).bytes;
    const filled = await edit(exported, (wb) => {
      const vp = wb.getWorksheet('Văn phòng HĐND và UBND')!;
      vp.getCell('H11').value = 60; // Cường: task results 59,99 → 60 (89,99 → 90)
      vp.getCell('E14').value = 9; // Hà (row 14: names sort by given name, Giang before Hà): phẩm chất 7 → 9
      vp.getCell('F9').value = 12; // An: 12 > 10, refused
      vp.getCell('N9').value = 'Nhất trí, đề nghị khen thưởng';
    });
    const preview = await previewScorecardImport(session, filled);
    expect(preview.changes.map((c) => [c.code, c.label, c.from, c.to])).toEqual([
      ['CB001', 'Ý kiến Hội đồng', null, 'Nhất trí, đề nghị khen thưởng'],
      ['CB003', 'Kết quả thực hiện nhiệm vụ (70 điểm)', 59.99, 60],
      ['CB005', 'Phẩm chất chính trị, đạo đức, văn hóa thực thi công vụ, ý thức kỷ luật', 7, 9],
    ]);
    expect(preview.problems.map((p) => `${p.cell} ${p.message}`)).toEqual(['F9 CB001 · Tinh thần trách nhiệm, thái độ phục vụ nhân dân, doanh nghiệp: 12 ngoài khoảng 0–10.']);
    expect(preview.missingPeople).toEqual([]);

    const result = await applyScorecardImport(session, filled, { accepted: ['CB003:task-results', 'CB001:__remark'] });
    expect(result).toEqual({ applied: 2, rejected: 1, asAmendment: false });
    const grid = await scoreGrid(session, { period: '2026-05', setId: 'nd335-2025' });
    const by = Object.fromEntries(grid.rows.map((r) => [r.code, r]));
    expect(by.CB003).toMatchObject({ total: 90, rating: 'excellent' });
    expect(by.CB005).toMatchObject({ total: 69.99, rating: 'meets' });
    expect(by.CB003?.steps.councilScore?.by).toBe('Quản trị viên');
  });

  it('a unit head’s file (sheet renamed, blank rows, "8,5" typed as text, names re-typed, a code lost) imports with a clear diff', async () => {
    const folder = await tempFolder('scorecard-tolerant');
    session = await openWard(folder, fixedClock('2026-06-03T09:00:00+07:00').now);
    const exported = (await exportScorecard(session, { period: '2026-05', setId: 'nd335-2025' })).bytes;
    const filled = await edit(exported, (wb) => {
      const vp = wb.getWorksheet('Văn phòng HĐND và UBND')!;
      vp.name = 'VP (đã chấm)';
      vp.getCell('E14').value = '8,5'; // Hà: phẩm chất typed as text with a decimal comma
      vp.getCell('C11').value = 'Nguyen Van Cuong'; // re-typed without accents
      vp.getCell('B9').value = null; // An's code deleted: found by name
      vp.getCell('H9').value = 'tốt'; // not a number: refused with its cell
      vp.spliceRows(12, 0, [], []); // two blank rows inserted in the middle of the table
    });
    const preview = await previewScorecardImport(session, filled);
    expect(preview.changes.map((c) => [c.sheet, c.cell, c.code, c.to])).toEqual([['VP (đã chấm)', 'E16', 'CB005', 8.5]]);
    const messages = preview.problems.map((p) => `${p.sheet} ${p.cell} ${p.message}`);
    expect(messages).toContain('VP (đã chấm)  Trang tính "Văn phòng HĐND và UBND" đã được đổi tên thành "VP (đã chấm)"; vẫn đọc theo tiêu đề cột.');
    expect(messages).toContain('VP (đã chấm)  Bỏ qua 2 dòng trống trong bảng.');
    expect(messages.find((m) => m.includes(' C9 '))).toContain('thiếu mã; đã khớp theo họ tên với CB001');
    expect(messages.find((m) => m.includes(' C11 '))).toContain('họ tên trong tệp "Nguyen Van Cuong" khác');
    expect(messages.find((m) => m.includes(' H9 '))).toContain('"tốt" không phải là số');
    expect(preview.missingPeople).toEqual([]);
    const result = await applyScorecardImport(session, filled, { accepted: ['CB005:' + preview.changes[0]!.criterionId] });
    expect(result).toEqual({ applied: 1, rejected: 0, asAmendment: false });
  });

  it('a changed column, an unknown code or a foreign file gets a clear refusal and changes nothing', async () => {
    const folder = await tempFolder('scorecard-tamper');
    session = await openWard(folder, fixedClock('2026-06-03T09:00:00+07:00').now);
    const exported = (await exportScorecard(session, { period: '2026-05', setId: 'nd335-2025' })).bytes;
    const before = await scoresFile(folder);
    const columnRemoved = await edit(exported, (wb) => {
      wb.getWorksheet('KT-HT-ĐT')!.spliceColumns(6, 1);
    });
    await expect(previewScorecardImport(session, columnRemoved)).rejects.toThrow('Tệp bảng chấm điểm đã bị thay đổi cấu trúc');
    await expect(applyScorecardImport(session, columnRemoved, { accepted: [] })).rejects.toThrow('thay đổi cấu trúc');
    const stranger = await edit(exported, (wb) => {
      const kt = wb.getWorksheet('KT-HT-ĐT')!;
      kt.getCell('B14').value = 'CB099';
      kt.getCell('C14').value = 'Người Lạ';
      kt.getCell('E14').value = 10;
    });
    const preview = await previewScorecardImport(session, stranger);
    expect(preview.changes).toEqual([]);
    expect(preview.problems.map((p) => `${p.cell} ${p.message}`)).toEqual(['B14 dòng 14: mã CB099 không có trong danh sách chấm điểm của kỳ; dòng này bị bỏ qua.']);
    const foreign = new ExcelJS.Workbook();
    foreign.addWorksheet('Danh sách').getCell('A1').value = 'Mã cán bộ';
    await expect(previewScorecardImport(session, new Uint8Array(await foreign.xlsx.writeBuffer()))).rejects.toThrow('không phải bảng chấm điểm do Ward Conduct xuất ra');
    await expect(previewScorecardImport(session, new TextEncoder().encode('không phải Excel'))).rejects.toThrow('không phải là tệp Excel');
    expect(await scoresFile(folder)).toBe(before);
  });
});

describe('closing May 2026 freezes it', () => {
  it('writes a PDF snapshot with its hash, refuses direct edits, and takes the council\'s import only as an amendment with a reason', async () => {
    const folder = await tempFolder('period-close');
    const clock = fixedClock('2026-06-05T16:00:00+07:00');
    session = await openWard(folder, clock.now);
    const exported = (await exportScorecard(session, { period: '2026-05', setId: 'nd335-2025' })).bytes;
    // Anh Nam has no task results: closing is refused and names him, until it is closed "incomplete" with a reason.
    await expect(closePeriod(session, { period: '2026-05', setId: 'nd335-2025' })).rejects.toThrow('1 người chưa chấm đủ — CB010 Đặng Văn Nam (thiếu 05/2026)');
    await expect(closePeriod(session, { period: '2026-05', setId: 'nd335-2025', allowIncomplete: true, reason: '' })).rejects.toThrow('hãy ghi lý do');
    // The collective set scores units: its refusal counts units, not people.
    await expect(closePeriod(session, { period: '2026-05', setId: 'conduct-collective' })).rejects.toThrow(/Chưa khóa Tháng 05\/2026 \([^)]*\): \d+ đơn vị chưa chấm đủ/);
    const summary = await closePeriod(session, { period: '2026-05', setId: 'nd335-2025', allowIncomplete: true, reason: 'Anh Nam nghỉ ốm, chấm bổ sung sau' });
    expect(summary).toMatchObject({ status: 'closed', closedBy: 'Quản trị viên', subjects: 13, scored: 12, incompleteClose: { reason: 'Anh Nam nghỉ ốm, chấm bổ sung sau', missing: ['CB010 Đặng Văn Nam (thiếu 05/2026)'] } });
    const pdf = await fs.readFile(path.join(folder, 'snapshots', summary.snapshotFile!));
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    expect(createHash('sha256').update(pdf).digest('hex')).toBe(summary.snapshotSha256);
    await expect(closePeriod(session, { period: '2026-05', setId: 'nd335-2025' })).rejects.toThrow('đã khóa');
    await expect(saveScores(session, { period: '2026-05', setId: 'nd335-2025', step: 'councilScore', entries: [{ subjectId: 's01', points: { 'doi-moi': 9 } }] })).rejects.toThrow('đã khóa');

    const filled = await edit(exported, (wb) => {
      wb.getWorksheet('Văn phòng HĐND và UBND')!.getCell('G9').value = 9;
    });
    const preview = await previewScorecardImport(session, filled);
    expect(preview.isLocked).toBe(true);
    await expect(applyScorecardImport(session, filled, { accepted: ['CB001:doi-moi'] })).rejects.toThrow('lý do');
    await applyScorecardImport(session, filled, { accepted: ['CB001:doi-moi'], reason: 'Hội đồng họp lại ngày 10/6' });
    const grid = await scoreGrid(session, { period: '2026-05', setId: 'nd335-2025' });
    expect(grid.rows.find((r) => r.code === 'CB001')).toMatchObject({ total: 99, isAmended: true });
    const periods = JSON.parse(await fs.readFile(path.join(folder, 'db', 'periods.json'), 'utf8')) as { records: { amendments: { reason: string; changes: string[] }[] }[] };
    expect(periods.records[0]?.amendments[0]).toMatchObject({ reason: 'Hội đồng họp lại ngày 10/6', changes: ['CB001 · Năng lực đổi mới sáng tạo, dám nghĩ, dám làm: 10 → 9'] });
  });
});
