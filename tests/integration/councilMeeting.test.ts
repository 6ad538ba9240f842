/**
 * The ward's year-end council, through the services: candidates from eligibility, ballots printed one a
 * member with a serial, ballots typed in one by one, the vote shares per title, closing locks the
 * results, a correction afterwards is an amendment with its reason, the minutes, the proposal and the
 * decision read back from the rendered Word and PDF files, titles recorded and shown per person.
 */
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { docxParagraphs } from '../../electron/documents/docx/docxParagraphs';
import { printCouncilDocument } from '../../electron/services/councilDocuments';
import { closeMeeting, createMeeting, recordTally, updateMeeting } from '../../electron/services/councilService';
import { grantTitles, personTitles } from '../../electron/services/grantedTitles';
import { newRecord } from '../../electron/services/records';
import type { Session } from '../../electron/services/session';
import { COUNCIL, openCouncilWard } from '../fixtures/council/councilWard';
import { pageCount, renderPng, textOf, wordBoxes } from '../fixtures/poster/readPdf';
import { repoRoot } from './cliHelpers';
import { fixedClock, tempFolder } from './helpers';

const OUT = path.join(repoRoot, 'test-output', 'council');
let session: Session | null = null;
afterEach(async () => {
  await session?.close();
  session = null;
});

async function save(name: string, dataBase64: string): Promise<string> {
  await fs.mkdir(OUT, { recursive: true });
  const file = path.join(OUT, name);
  await fs.writeFile(file, Buffer.from(dataBase64, 'base64'));
  return file;
}

const ALL = Array.from({ length: 13 }, (_, i) => i + 1);
const except = (...nos: number[]) => ALL.filter((n) => !nos.includes(n));
const pdfText = (file: string, first?: number, last?: number) => textOf(file, first, last).normalize('NFC');

describe('Hội đồng thi đua – khen thưởng 2026: from the eligible list to the decision', () => {
  it('holds the meeting: 6 members (5 present), 13 candidates, ballots typed in, Chiến sĩ thi đua cơ sở needs 70 % of all six', async () => {
    session = await openCouncilWard(await tempFolder('council'), fixedClock('2026-12-10T09:00:00+07:00').now);
    // An was Lao động tiên tiến in 2025 (recorded earlier): the council sees it.
    await session.store.mutateCollection('grantedTitles', null, (f) => {
      f.records.push(newRecord({ year: 2025, title: 'advancedWorker' as const, subjectKind: 'person' as const, subjectId: 's01', name: 'Nguyễn Văn An', decisionNumber: '210/QĐ-UBND', decisionDate: '2025-12-22', meetingId: null }, 'test', new Date('2025-12-22T03:00:00Z')));
    });
    let m = await createMeeting(session, { year: 2026, half: null, date: '2026-12-12', place: 'Phòng họp tầng 2, trụ sở UBND phường', members: COUNCIL });
    expect(m).toMatchObject({ members: 6, present: 5, candidates: 13, status: 'open' });
    expect(m.candidateList.map((c) => `${c.no} ${c.code || c.name} ${c.title}`)).toEqual([
      '1 CB001 advancedWorker', '2 CB002 advancedWorker', '3 CB003 advancedWorker', '4 CB004 advancedWorker', '5 CB011 advancedWorker', '6 CB012 advancedWorker', '7 CB013 advancedWorker',
      '8 CB001 gradeEmulationSoldier', '9 CB002 gradeEmulationSoldier', '10 CB011 gradeEmulationSoldier', '11 CB012 gradeEmulationSoldier', '12 CB013 gradeEmulationSoldier',
      '13 Phòng Kinh tế, Hạ tầng và Đô thị advancedCollective',
    ]);
    expect(m.candidateList[0]?.facts).toEqual([
      'Xếp loại năm 2026: Hoàn thành xuất sắc nhiệm vụ (Nghị định 335/2025 — tổng hợp 11/11 tháng đến 30/11/2026)',
      'Bảng chấm điểm thực hiện quy tắc ứng xử: Hoàn thành xuất sắc nhiệm vụ', 'Không bị kỷ luật trong năm', 'Đã đạt "Lao động tiên tiến" năm 2025',
      // Each earlier year, a year without any record said as such.
      'Năm 2024: không có hồ sơ', 'Năm 2025: chưa có xếp loại; Lao động tiên tiến (210/QĐ-UBND ngày 22/12/2025)',
    ]);
    // Lan (reprimanded) and Hà (69,99 → hoàn thành) are not on the list.
    expect(m.candidateList.some((c) => c.code === 'CB008' || c.code === 'CB005')).toBe(false);

    const ballots = await save('phieu-bau.pdf', (await printCouncilDocument(session, { id: m.id, doc: 'ballots', format: 'pdf', offsetXmm: 0, offsetYmm: 0 })).dataBase64);
    expect(pageCount(ballots)).toBe(6);
    expect(pdfText(ballots, 1)).toContain('Phiếu số 001/006');
    expect(pdfText(ballots, 6)).toContain('Phiếu số 006/006');
    expect(pdfText(ballots, 1)).toContain('PHIẾU BẦU Xét danh hiệu thi đua, khen thưởng năm 2026');
    expect(pdfText(ballots, 1)).toContain('13 Phòng Kinh tế, Hạ tầng và Đô thị Tập thể lao động tiên tiến');
    renderPng(ballots, path.join(OUT, 'phieu-bau'), 60);

    // Five ballots returned: Bình (9) struck on three of them, Dũng (4) on two, Quỳnh (7) on one.
    m = await recordTally(session, { id: m.id, issued: 5, ballots: [
      { serial: 1, isSpoiled: false, approved: ALL }, { serial: 2, isSpoiled: false, approved: ALL }, { serial: 3, isSpoiled: false, approved: except(9) },
      { serial: 4, isSpoiled: false, approved: except(9, 4) }, { serial: 5, isSpoiled: false, approved: except(4, 7, 9) },
    ] });
    const result = (no: number) => m.candidateList.find((c) => c.no === no)?.result;
    expect(m.summary).toMatchObject({ issued: 5, returned: 5, missing: 0, spoiled: 0, valid: 5 });
    expect(result(8)).toMatchObject({ votes: 5, percent: 83.33, baseCount: 6, isPassed: true });
    // 3 of 5 valid ballots, but 3 of the 6 members is 50 % < 70 %.
    expect(result(9)).toMatchObject({ votes: 2, percent: 33.33, isPassed: false });
    // Lao động tiên tiến: more than half of the 5 present — 3 passes.
    expect(result(4)).toMatchObject({ votes: 3, percent: 60, baseCount: 5, isPassed: true });
    expect(m.passed).toBe(12);

    await expect(recordTally(session, { id: m.id, issued: 6, returned: 6, spoiled: 0, votes: {} })).rejects.toThrow('Số phiếu phát ra (6) nhiều hơn số thành viên có mặt (5).');
    m = await closeMeeting(session, m.id);
    expect(m.status).toBe('closed');
    await expect(updateMeeting(session, { id: m.id, place: 'Hội trường' })).rejects.toThrow('Cuộc họp đã kết thúc, kết quả đã khóa');
    await expect(recordTally(session, { id: m.id, issued: 5, returned: 5, spoiled: 1, votes: {} })).rejects.toThrow('cần ghi lý do');
    // Ballot 5 had a name added by hand: spoiled. Recounted as counts, with the reason.
    m = await recordTally(session, { id: m.id, issued: 5, returned: 5, spoiled: 1, votes: { 1: 4, 2: 4, 3: 4, 4: 2, 5: 4, 6: 4, 7: 4, 8: 4, 9: 2, 10: 4, 11: 4, 12: 4, 13: 4 }, reason: 'Phiếu số 5 ghi thêm tên ngoài danh sách: không hợp lệ' });
    expect(m.amendments).toHaveLength(1);
    expect(m.amendments[0]).toMatchObject({ reason: 'Phiếu số 5 ghi thêm tên ngoài danh sách: không hợp lệ', before: { spoiled: 0 }, after: { spoiled: 1 } });
    // 4 of 6 = 66,67 %: below 70 % — no Chiến sĩ thi đua cơ sở now; Dũng 2 of 5 present is not more than half.
    expect(result(8)).toMatchObject({ votes: 4, percent: 66.67, isPassed: false });
    expect(result(4)).toMatchObject({ votes: 2, isPassed: false });
    expect(m.passed).toBe(7);

    const minutesDocx = await save('bien-ban.docx', (await printCouncilDocument(session, { id: m.id, doc: 'minutes', format: 'docx', offsetXmm: 0, offsetYmm: 0 })).dataBase64);
    const lines = (await docxParagraphs(await fs.readFile(minutesDocx)))!.map((l) => l.normalize('NFC'));
    expect(lines).toContain('Tổng số thành viên Hội đồng: 6; có mặt: 5; vắng mặt: 1.');
    expect(lines).toContain('Vắng mặt: Vũ Hương Giang (Đi học tập trung).');
    expect(lines).toContain('Số phiếu phát ra: 5; số phiếu thu về: 5; số phiếu không thu về: 0; số phiếu không hợp lệ: 1; số phiếu hợp lệ: 4.');
    expect(lines.join('|')).toContain('8|Nguyễn Văn An (Văn phòng HĐND và UBND)|Chiến sĩ thi đua cơ sở|4|66,67%|Không đạt');
    expect(lines.some((l) => l.startsWith('Điều chỉnh kết quả sau khi kết thúc: 10/12/2026, Quản trị viên: Phiếu số 5 ghi thêm tên'))).toBe(true);
    expect(lines.some((l) => l === '- Chiến sĩ thi đua cơ sở: từ 70% tổng số thành viên Hội đồng trở lên (Do phường tự quy định — chưa tìm thấy văn bản quy định tỷ lệ phiếu cho cấp xã; bỏ phiếu kín theo cách NĐ 91/2017 Điều 45 khoản 8 áp dụng cho Chiến sĩ thi đua cấp tỉnh (từ 90% tổng số thành viên, văn bản đã được thay thế)).')).toBe(true);
    const minutesPdf = await save('bien-ban.pdf', (await printCouncilDocument(session, { id: m.id, doc: 'minutes', format: 'pdf', offsetXmm: 0, offsetYmm: 0 })).dataBase64);
    expect(pdfText(minutesPdf)).toContain('Hội đồng thống nhất đề nghị Chủ tịch Ủy ban nhân dân phường công nhận: “Lao động tiên tiến” cho 6 trường hợp; “Tập thể lao động tiên tiến” cho 1 tập thể');
    for (let page = 1; page <= pageCount(minutesPdf); page += 1) renderPng(minutesPdf, path.join(OUT, `bien-ban-${page}`), 60, page);

    const granted = await grantTitles(session, { year: 2026, decisionNumber: '125/QĐ-UBND', decisionDate: '2026-12-20' });
    expect(granted.map((g) => `${g.name}: ${g.titleLabel}`)).toEqual([
      'Nguyễn Văn An: Lao động tiên tiến', 'Trần Thị Bình: Lao động tiên tiến', 'Lê Văn Cường: Lao động tiên tiến', 'Lý Thị Oanh: Lao động tiên tiến',
      'Trịnh Văn Phúc: Lao động tiên tiến', 'Mai Thị Quỳnh: Lao động tiên tiến', 'Phòng Kinh tế, Hạ tầng và Đô thị: Tập thể lao động tiên tiến',
    ]);
    await expect(grantTitles(session, { year: 2026, decisionNumber: '126/QĐ-UBND', decisionDate: '2026-12-21' })).rejects.toThrow('đã được công nhận "Lao động tiên tiến" năm 2026 tại quyết định 125/QĐ-UBND');
    expect(personTitles(session, 's01')).toMatchObject({
      titles: [{ year: 2026, titleLabel: 'Lao động tiên tiến', decisionNumber: '125/QĐ-UBND', decisionDate: '2026-12-20' }, { year: 2025, decisionNumber: '210/QĐ-UBND' }],
      runs: [{ title: 'advancedWorker', untilYear: 2026, years: 2 }],
    });

    const decision = await save('quyet-dinh.pdf', (await printCouncilDocument(session, { id: m.id, doc: 'decision', format: 'pdf', offsetXmm: 0, offsetYmm: 0 })).dataBase64);
    const decisionText = pdfText(decision);
    expect(decisionText).toContain('Số: 125/QĐ-UBND');
    expect(decisionText).toContain('Điều 1. Công nhận danh hiệu “Lao động tiên tiến” năm 2026 cho 6 cá nhân; danh hiệu “Tập thể lao động tiên tiến” năm 2026 cho 1 tập thể (có danh sách kèm theo).');
    const annex = pdfText(decision, pageCount(decision) - 1, pageCount(decision));
    expect(annex).toContain('DANH SÁCH CÁ NHÂN ĐẠT DANH HIỆU “LAO ĐỘNG TIÊN TIẾN” NĂM 2026');
    expect(annex).toContain('(Kèm theo Quyết định số 125/QĐ-UBND ngày 20/12/2026 của Chủ tịch Ủy ban nhân dân Phường Hoàn Kiếm)');
    expect(annex).toContain('6 Mai Thị Quỳnh Phòng Kinh tế, Hạ tầng và Đô thị');
    for (let page = 1; page <= pageCount(decision); page += 1) renderPng(decision, path.join(OUT, `quyet-dinh-${page}`), 60, page);
    const proposal = await save('to-trinh.docx', (await printCouncilDocument(session, { id: m.id, doc: 'proposal', format: 'docx', offsetXmm: 0, offsetYmm: 0 })).dataBase64);
    const proposalLines = (await docxParagraphs(await fs.readFile(proposal)))!.map((l) => l.normalize('NFC'));
    expect(proposalLines).toContain('1. Danh hiệu “Lao động tiên tiến” cho 6 cá nhân;');
    expect(proposalLines).toContain('DANH SÁCH TẬP THỂ ĐẠT DANH HIỆU “TẬP THỂ LAO ĐỘNG TIÊN TIẾN” NĂM 2026');

    // Giấy khen on pre-printed stock: moved 3 mm right and 2 mm up, every text moves by that much.
    const plain = await save('giay-khen.pdf', (await printCouncilDocument(session, { id: m.id, doc: 'certificates', format: 'pdf', offsetXmm: 0, offsetYmm: 0 })).dataBase64);
    const shifted = await save('giay-khen-lech.pdf', (await printCouncilDocument(session, { id: m.id, doc: 'certificates', format: 'pdf', offsetXmm: 3, offsetYmm: -2 })).dataBase64);
    expect(pageCount(plain)).toBe(7);
    const word = (file: string, text: string) => wordBoxes(file, 1, 1).find((w) => w.text === text)!;
    expect(word(shifted, 'An').xMin - word(plain, 'An').xMin).toBeCloseTo((3 * 72) / 25.4, 1);
    expect(word(shifted, 'An').yMin - word(plain, 'An').yMin).toBeCloseTo((-2 * 72) / 25.4, 1);
    expect(pdfText(plain, 1)).toContain('Đã đạt danh hiệu “Lao động tiên tiến” năm 2026');
    renderPng(plain, path.join(OUT, 'giay-khen'), 40);
  }, 120_000);
});
