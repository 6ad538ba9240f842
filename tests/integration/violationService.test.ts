import { promises as fs } from 'node:fs';
import { createHash } from 'node:crypto';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { afterEach, describe, expect, it } from 'vitest';
import type { Violation } from '../../shared/schema/violation';
import { CLAUSE_2_1, SMOKING, openWard, type Ward } from './violationFixtures';

let ward: Ward | null = null;
afterEach(async () => {
  await ward?.close();
  ward = null;
});

const PNG = Buffer.from('89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c4890000000d4944415478da63f8ffffff7f0009fb03fd2a86e38a0000000049454e44ae426082', 'hex');

async function fileText(w: Ward, name: string): Promise<string> {
  return fs.readFile(path.join(w.folder, 'db', name), 'utf8');
}

async function recordSmoking(w: Ward) {
  return w.must('createViolation', {
    date: '2026-03-16', time: '08:40', place: 'Sảnh Bộ phận Một cửa', staffIds: [w.ids.binh, w.ids.cuong], ruleRefs: [SMOKING, CLAUSE_2_1],
    description: 'Hu\u0301t thuô\u0301c ta\u0323i sa\u0309nh tiê\u0301p dân', source: 'camera',
    evidence: [{ fileName: 'anh-camera.png', dataBase64: PNG.toString('base64') }],
  });
}

describe('a ward records a violation and takes it to a conclusion', () => {
  it('records two people against a clause with camera evidence, stored NFC with its hash in evidence/2026', async () => {
    ward = await openWard();
    const detail = await recordSmoking(ward);
    expect(detail.row.rules.map((r) => r.label)).toEqual(['QĐ 1665 · Điều 3 · Không nên làm 5', 'QĐ 1665 · Điều 2 · Khoản 1']);
    expect(detail.row.people.map((p) => p.fullName)).toEqual(['Trần Thị Bình', 'Lê Văn Cường']);
    expect(detail.record.description).toBe('Hút thuốc tại sảnh tiếp dân'.normalize('NFC'));
    // The file is ASCII JSON (accents as \u escapes, store/jsonText.ts): its strings, read back, are NFC.
    expect(JSON.stringify(JSON.parse(await fileText(ward, 'violations-2026.json')))).toContain('Hút thuốc tại sảnh tiếp dân'.normalize('NFC'));
    const sha = createHash('sha256').update(PNG).digest('hex');
    expect(detail.record.evidence).toMatchObject([{ sha256: sha, ext: 'png', mediaType: 'image/png', year: '2026', size: PNG.length }]);
    expect(await fs.readFile(path.join(ward.folder, 'evidence', '2026', `${sha}.png`))).toEqual(PNG);
    const preview = await ward.must('getEvidence', { violationId: detail.record.id, sha256: sha });
    expect(preview).toMatchObject({ isPreviewable: true, mediaType: 'image/png', dataBase64: PNG.toString('base64') });
  });

  it('moves it through Chờ giải trình and Xem xét to Kết luận, refusing hạ bậc lương for a công chức in 2026', async () => {
    ward = await openWard();
    const { record } = await recordSmoking(ward);
    const skip = await ward.call('moveViolation', { id: record.id, to: 'concluded' });
    expect(skip).toMatchObject({ ok: false, error: { message: 'Không chuyển được từ "Ghi nhận" sang "Kết luận".' } });
    await ward.must('moveViolation', { id: record.id, to: 'awaitingExplanation', fields: { explanationDue: '2026-03-19' } });
    const noText = await ward.call('moveViolation', { id: record.id, to: 'underReview' });
    expect(noText.ok).toBe(false);
    await ward.must('moveViolation', { id: record.id, to: 'underReview', fields: { explanation: 'Chúng tôi nhận khuyết điểm.', explanationDate: '2026-03-18' } });
    const before = await fileText(ward, 'violations-2026.json');
    const illegal = await ward.call('moveViolation', {
      id: record.id, to: 'concluded',
      fields: { severity: 'minor', measure: 'salaryDemotion', conclusion: 'Hạ bậc lương', decision: { number: '15/QĐ-UBND', date: '2026-03-20' } },
    });
    expect(illegal).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', message: 'Không áp dụng hình thức hạ bậc lương cho Trần Thị Bình (công chức) theo Nghị định 172/2025/NĐ-CP (quyết định ngày 20/03/2026).' } });
    expect(await fileText(ward, 'violations-2026.json')).toBe(before);
    const concluded = await ward.must('moveViolation', {
      id: record.id, to: 'concluded',
      fields: { severity: 'minor', measure: 'reprimand', conclusion: 'Kỷ luật khiển trách cả hai người.', decision: { number: '15/QĐ-UBND', date: '2026-03-20' } },
    });
    expect(concluded).toMatchObject({ isLocked: true, nextStates: [], counting: { counts: true, discipline: { form: 'reprimand' } } });
    expect(concluded.record.concludedOn).toBe('2026-03-20');
    expect(concluded.record.workflow.map((s) => s.to)).toEqual(['recorded', 'awaitingExplanation', 'underReview', 'concluded']);
    expect(concluded.measures.allowed.map((m) => m.value)).not.toContain('salaryDemotion');
  });

  it('keeps a concluded record locked; an amendment with a reason changes it and stays in the history', async () => {
    ward = await openWard();
    const { record } = await recordSmoking(ward);
    await ward.must('moveViolation', { id: record.id, to: 'awaitingExplanation', fields: { explanationDue: '2026-03-19' } });
    await ward.must('moveViolation', { id: record.id, to: 'underReview', fields: { explanation: 'Nhận khuyết điểm.' } });
    await ward.must('moveViolation', { id: record.id, to: 'concluded', fields: { severity: 'minor', measure: 'criticism', conclusion: 'Phê bình trước đơn vị.' } });
    const edit = await ward.call('updateViolation', { id: record.id, fields: { description: 'Sửa lén' } });
    expect(edit).toMatchObject({ ok: false, error: { code: 'CONFLICT', message: 'Vi phạm đã kết luận nên đã khóa; muốn sửa hãy lập đính chính có lý do.' } });
    const noReason = await ward.call('amendViolation', { id: record.id, reason: '  ', fields: { place: 'Phòng họp tầng 2' } });
    expect(noReason).toMatchObject({ ok: false, error: { message: 'Nhập lý do đính chính' } });
    ward.clock.set('2026-03-23T03:00:00.000Z');
    const amended = await ward.must('amendViolation', { id: record.id, reason: 'Ghi nhầm địa điểm theo biên bản', fields: { place: 'Phòng họp tầng 2', expiresOn: '2026-09-16' } });
    expect(amended.record.state).toBe('concluded');
    expect(amended.record.amendments).toEqual([
      { at: '2026-03-23T03:00:00.000Z', by: 'Nguyễn Thị Hoa', reason: 'Ghi nhầm địa điểm theo biên bản', changes: { place: { from: 'Sảnh Bộ phận Một cửa', to: 'Phòng họp tầng 2' }, expiresOn: { from: null, to: '2026-09-16' } } },
    ]);
    expect(amended.record.history?.at(-1)).toMatchObject({ by: 'Nguyễn Thị Hoa', changes: { place: { from: 'Sảnh Bộ phận Một cửa', to: 'Phòng họp tầng 2' } } });
    const illegal = await ward.call('amendViolation', { id: record.id, reason: 'Nâng hình thức', fields: { measure: 'demotion', decision: { number: '20/QĐ-UBND', date: '2026-03-23' } } });
    expect(illegal.ok).toBe(false);
    const stored = JSON.parse(await fileText(ward, 'violations-2026.json')) as { records: Violation[] };
    expect(stored.records[0]?.measure).toBe('criticism');
    expect(stored.records[0]?.amendments).toHaveLength(1);
  });

  it('moves a record to another year file when its date is corrected, leaving one copy', async () => {
    ward = await openWard();
    const { record } = await recordSmoking(ward);
    await ward.must('updateViolation', { id: record.id, fields: { date: '2025-12-30' } });
    const y2025 = JSON.parse(await fileText(ward, 'violations-2025.json')) as { records: Violation[] };
    const y2026 = JSON.parse(await fileText(ward, 'violations-2026.json')) as { records: Violation[] };
    expect(y2025.records.map((r) => r.id)).toEqual([record.id]);
    expect(y2026.records).toHaveLength(0);
  });

  it('writes nothing when a recording is refused: unknown clause, unknown person, a file that is not the PNG it claims', async () => {
    ward = await openWard();
    const base = { date: '2026-03-16', staffIds: [ward.ids.binh], ruleRefs: [SMOKING], description: 'Nói to trong phòng tiếp dân' };
    const clause = await ward.call('createViolation', { ...base, ruleRefs: [{ ...CLAUSE_2_1, clause: '7' }] });
    expect(clause).toMatchObject({ ok: false, error: { message: 'QĐ 1665 không có Điều 2 · Khoản 7.' } });
    const nobody = await ward.call('createViolation', { ...base, staffIds: ['không-có'] });
    expect(nobody.ok).toBe(false);
    const fake = await ward.call('createViolation', { ...base, evidence: [{ fileName: 'anh.png', dataBase64: Buffer.from('không phải ảnh').toString('base64') }] });
    expect(fake).toMatchObject({ ok: false, error: { message: 'Tệp anh.png không đúng định dạng .png như tên tệp ghi.' } });
    await expect(fs.access(path.join(ward.folder, 'db', 'violations-2026.json'))).rejects.toThrow();
    expect(await fs.readdir(path.join(ward.folder, 'evidence')).catch(() => [])).toEqual([]);
  });

  it('lists by unit, person, state and a search without accents, and exports the filtered list with an ND 30 header', async () => {
    ward = await openWard();
    await recordSmoking(ward);
    await ward.must('createViolation', { date: '2026-02-03', staffIds: [ward.ids.dung], ruleRefs: [CLAUSE_2_1], description: 'Đỗ xe sai nơi quy định', source: 'citizenReport' });
    expect((await ward.must('listViolations', { unitId: ward.ids.vanHoa })).rows.map((r) => r.description)).toEqual(['Đỗ xe sai nơi quy định']);
    expect((await ward.must('listViolations', { search: 'hut thuoc sanh' })).total).toBe(1);
    expect((await ward.must('listViolations', { month: '2026-02' })).total).toBe(1);
    expect((await ward.must('listViolations', { staffId: ward.ids.cuong, state: 'recorded' })).total).toBe(1);
    expect((await ward.must('listViolations', { ruleSetId: 'qd-1665-2017', article: '3' })).total).toBe(1);
    // The search keeps folded words between calls: a record edited since is found by its new words only.
    const parked = (await ward.must('listViolations', { search: 'do xe' })).rows[0]!;
    await ward.must('updateViolation', { id: parked.id, fields: { description: 'Để xe máy trên vỉa hè trước cổng' } });
    expect((await ward.must('listViolations', { search: 'do xe' })).total).toBe(0);
    expect((await ward.must('listViolations', { search: 'via he truoc cong' })).rows.map((r) => r.description)).toEqual(['Để xe máy trên vỉa hè trước cổng']);
    const out = await ward.must('exportViolations', { filter: { ruleSetId: 'qd-1665-2017' } });
    expect(out.count).toBe(2);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(Buffer.from(out.dataBase64, 'base64') as unknown as ArrayBuffer);
    const sheet = book.worksheets[0]!;
    expect(sheet.getCell('A1').value).toBe('ỦY BAN NHÂN DÂN');
    // The title starts after the identity columns when the table is split across pages (they repeat there).
    expect((sheet.getRow(5).values as unknown[]).map(String)).toContain('DANH SÁCH VI PHẠM QUY TẮC ỨNG XỬ');
    expect(sheet.getCell(9, 5).font?.name).toBe('Times New Roman');
    const rows: string[] = [];
    sheet.eachRow((row) => rows.push(row.values?.toString() ?? ''));
    expect(rows.join('\n')).toContain('Vũ Văn Dũng (CB0004)');
    expect(rows.join('\n')).toContain('QĐ 1665 · Điều 3 · Không nên làm 5');
  });
});
