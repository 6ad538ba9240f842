/**
 * The year-end council of 2026 in a ward whose earlier councils (2024, 2025) granted titles by decision:
 * `titles --year 2026 --json` reads those years for the proposals upward, the 2026 meeting lists them with
 * the earlier-year facts, and `council set` changes thresholds and attendance — after closing only as an
 * amendment with its reason. All on the built CLI, the earlier years entered through the services.
 */
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { CouncilMeetingView } from '../../shared/api/councilTypes';
import type { TitlesView } from '../../shared/api/scoringTypes';
import { docxParagraphs } from '../../electron/documents/docx/docxParagraphs';
import { closeMeeting, createMeeting, recordTally, updateMeeting } from '../../electron/services/councilService';
import { grantTitles } from '../../electron/services/grantedTitles';
import type { Session } from '../../electron/services/session';
import { COUNCIL, openCouncilWard } from '../fixtures/council/councilWard';
import { runCli } from './cliHelpers';
import { fixedClock, tempFolder } from './helpers';

/** An earlier year's council: the given people voted Chiến sĩ thi đua cơ sở unanimously, closed, granted by decision. */
async function earlierCouncil(s: Session, year: number, staffIds: string[], decisionNumber: string, decisionDate: string): Promise<void> {
  const m = await createMeeting(s, { year, half: null, date: `${year}-12-15`, place: 'Phòng họp', members: COUNCIL });
  const added = await updateMeeting(s, { id: m.id, addCandidates: staffIds.map((subjectId) => ({ title: 'gradeEmulationSoldier' as const, subjectId, reason: 'Hoàn thành xuất sắc nhiệm vụ' })) });
  const votes = Object.fromEntries(added.candidateList.map((c) => [String(c.no), 5]));
  await recordTally(s, { id: m.id, issued: 5, returned: 5, spoiled: 0, votes });
  await closeMeeting(s, m.id);
  await grantTitles(s, { year, decisionNumber, decisionDate, meetingId: m.id });
}

describe('proposals upward that look at earlier years, and council set', () => {
  it('An, CSTĐ cơ sở 2024 and 2025 by decision, is proposed for Chiến sĩ thi đua Thành phố in 2026; Cường, with 2025 missing, is not', async () => {
    const data = await tempFolder('council-earlier');
    const out = await tempFolder('council-earlier-out');
    const session = await openCouncilWard(data, fixedClock('2026-12-10T09:00:00+07:00').now);
    await earlierCouncil(session, 2024, ['s01', 's03'], '12/QĐ-UBND', '2024-12-20');
    await earlierCouncil(session, 2025, ['s01'], '30/QĐ-UBND', '2025-12-22');
    await session.close();
    const cli = (...args: string[]) => runCli([...args, '--data', data]);

    const titles = await cli('titles', '--year', '2026', '--json');
    expect(titles.stderr).toBe('');
    const view = (JSON.parse(titles.stdout) as { data: TitlesView }).data;
    const an = view.people.find((p) => p.code === 'CB001')!;
    expect(an.eligibility.find((e) => e.title === 'gradeEmulationSoldier')?.isEligible).toBe(true);
    const soldier = an.upward?.find((u) => u.title === 'provincialEmulationSoldier');
    expect(soldier).toMatchObject({ isEligible: true, confidence: 'unverified' });
    expect(soldier?.checks[0]?.detail).toBe('năm 2024, 2025 đã đạt CSTĐ cơ sở (12/QĐ-UBND ngày 20/12/2024; 30/QĐ-UBND ngày 22/12/2025); năm 2026 đủ điều kiện CSTĐ cơ sở, Hội đồng xét cùng kỳ');
    expect(an.upward?.find((u) => u.title === 'provincialMerit')).toMatchObject({ isEligible: true, confidence: 'quoted', basis: 'Luật Thi đua, khen thưởng 2022, Điều 74 khoản 1 điểm d' });
    expect(an.earlierYears).toContain('Năm 2025: chưa có xếp loại; Chiến sĩ thi đua cơ sở (30/QĐ-UBND ngày 22/12/2025)');

    const cuong = view.people.find((p) => p.code === 'CB003')!;
    const cuongRun = cuong.upward?.find((u) => u.title === 'provincialEmulationSoldier');
    expect(cuongRun?.isEligible).toBe(false);
    expect(cuongRun?.checks[0]?.detail).toContain('năm 2025 không có hồ sơ — tính là không đạt');
    const binh = view.people.find((p) => p.code === 'CB002')!;
    expect(binh.upward?.every((u) => !u.isEligible)).toBe(true);

    const text = await cli('titles', '--year', '2026');
    expect(text.stdout).toContain('Đề nghị Chiến sĩ thi đua Thành phố: đủ điều kiện — căn cứ:');
    expect(text.stdout).toContain('CHƯA XÁC MINH');

    const created = await cli('council', 'create', '--year', '2026', '--date', '12/12/2026', '--members', 'CT001:chair,CB011:viceChair,CB012,CB013,CB006:member:vang,CB002:secretary', '--json');
    const meeting = (JSON.parse(created.stdout) as { data: CouncilMeetingView }).data;
    const upward = meeting.candidateList.filter((c) => c.title === 'provincialEmulationSoldier');
    expect(upward.map((c) => c.name)).toEqual(['Nguyễn Văn An']);
    expect(upward[0]?.facts[0]).toContain('năm 2024, 2025 đã đạt CSTĐ cơ sở');
    expect(upward[0]?.facts).toContain('Năm 2024: chưa có xếp loại; Chiến sĩ thi đua cơ sở (12/QĐ-UBND ngày 20/12/2024)');
    expect(meeting.candidateList.find((c) => c.title === 'gradeEmulationSoldier' && c.name === 'Nguyễn Văn An')?.facts).toContain('Đã đạt "Chiến sĩ thi đua cơ sở" 2 năm liên tục (2024–2025)');

    // Thresholds and attendance while open: the ward lowers CSTĐ cơ sở to 60 % and Phúc is away.
    const set = await cli('council', 'set', '--meeting', meeting.id, '--threshold', 'cstdcs=60', '--threshold', 'ldtt=50:valid:tu', '--absent', 'CB012:Ốm', '--json');
    expect(set.stderr).toBe('');
    const changed = (JSON.parse(set.stdout) as { data: CouncilMeetingView }).data;
    expect(changed.present).toBe(4);
    expect(changed.memberList.find((x) => x.fullName === 'Trịnh Văn Phúc')).toMatchObject({ isPresent: false, absenceNote: 'Ốm' });
    expect(changed.thresholds.find((t) => t.title === 'gradeEmulationSoldier')?.text).toBe('từ 60% tổng số thành viên Hội đồng trở lên');
    expect(changed.thresholds.find((t) => t.title === 'advancedWorker')?.text).toBe('từ 50% số phiếu hợp lệ trở lên');
    const unknown = await cli('council', 'set', '--meeting', meeting.id, '--threshold', 'khong-co=50');
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('Không rõ danh hiệu "khong-co"');

    const counts = path.join(out, 'kiem-phieu.csv');
    await fs.writeFile(counts, ['phat_ra,4', 'thu_ve,4', ...changed.candidateList.map((c) => `${c.no},4`)].join('\n'));
    expect((await cli('council', 'tally', '--meeting', meeting.id, '--file', counts)).code).toBe(0);
    expect((await cli('council', 'close', '--meeting', meeting.id)).code).toBe(0);

    // Closed: refused without a reason, recorded as an amendment with one.
    const refused = await cli('council', 'set', '--meeting', meeting.id, '--present', 'CB012');
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain('cần ghi lý do');
    const amended = await cli('council', 'set', '--meeting', meeting.id, '--present', 'CB012', '--threshold', 'cstdcs=70', '--reason', 'Ông Phúc có mặt từ đầu, thư ký ghi nhầm');
    expect(amended.stderr).toBe('');
    expect(amended.code).toBe(0);
    expect(amended.stdout).toContain('Điều chỉnh — Có mặt: Trịnh Văn Phúc: vắng (Ốm) → có mặt (lý do: Ông Phúc có mặt từ đầu, thư ký ghi nhầm)');
    expect(amended.stdout).toContain('Điều chỉnh — Tỷ lệ phiếu: Chiến sĩ thi đua cơ sở: từ 60% tổng số thành viên Hội đồng trở lên → từ 70% tổng số thành viên Hội đồng trở lên');
    const otherChange = await cli('council', 'set', '--meeting', meeting.id, '--present', 'CB012', '--reason', 'Không đổi gì cả');
    expect(otherChange.code).toBe(2);
    expect(otherChange.stderr).toContain('Không có gì thay đổi');

    const minutes = path.join(out, 'bien-ban.docx');
    expect((await cli('council', 'minutes', '--meeting', meeting.id, '--out', minutes)).code).toBe(0);
    const lines = (await docxParagraphs(await fs.readFile(minutes)))!.map((l) => l.normalize('NFC'));
    expect(lines.some((l) => l.includes('Có mặt: Trịnh Văn Phúc: vắng (Ốm) → có mặt'))).toBe(true);
    // The writers print typographic quotes; compare without them.
    const plain = lines.map((l) => l.replace(/[“”"]/g, ''));
    expect(plain.some((l) => l.startsWith('- Nguyễn Văn An — Chiến sĩ thi đua Thành phố: Đạt Chiến sĩ thi đua cơ sở 03 lần liên tục (2024, 2025, 2026): năm 2024, 2025 đã đạt CSTĐ cơ sở'))).toBe(true);
    // 4 of 6 members (66,67 %) is under the 70 % the ward set for CSTĐ Thành phố; the Bằng khen passed (4 of 5 present).
    expect(plain.some((l) => l.includes('trình Chủ tịch Ủy ban nhân dân Thành phố xem xét: Bằng khen của Chủ tịch UBND Thành phố cho 1 trường hợp'))).toBe(true);

    // The ward's decision grants its own titles only; the proposal upward waits for the city.
    const granted = await cli('titles', 'grant', '--year', '2026', '--decision', '125/QĐ-UBND', '--date', '20/12/2026', '--json');
    const list = (JSON.parse(granted.stdout) as { data: { titleLabel: string }[] }).data;
    expect(list.length).toBeGreaterThan(0);
    expect(list.some((g) => g.titleLabel === 'Bằng khen của Chủ tịch UBND Thành phố')).toBe(false);
  }, 420_000);
});
