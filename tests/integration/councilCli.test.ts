/** The council's year from the command line, on the built CLI: create, list, ballots, tally, close, documents, titles grant, giấy khen. */
import { execFileSync } from 'node:child_process';
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { docxParagraphs } from '../../electron/documents/docx/docxParagraphs';
import { openCouncilWard } from '../fixtures/council/councilWard';
import { pageCount, textOf } from '../fixtures/poster/readPdf';
import { runCli } from './cliHelpers';
import { fixedClock, tempFolder } from './helpers';

const COUNTS = ['# Kiểm phiếu Hội đồng ngày 12/12/2026', 'muc,so_phieu', 'phat_ra,5', 'thu_ve,5', 'khong_hop_le,1', ...[4, 4, 4, 3, 4, 4, 4, 4, 1, 4, 4, 4, 4].map((v, i) => `${i + 1},${v}`)].join('\n');

describe('ward-conduct council … and titles grant', () => {
  it('creates the 2026 meeting, prints ballots, reads the tally file, closes, prints the minutes and decision, grants the titles, prints giấy khen', async () => {
    const data = await tempFolder('council-cli');
    const out = await tempFolder('council-cli-out');
    const session = await openCouncilWard(data, fixedClock('2026-12-10T09:00:00+07:00').now);
    await session.close();
    const cli = (...args: string[]) => runCli([...args, '--data', data]);

    const created = await cli('council', 'create', '--year', '2026', '--date', '12/12/2026', '--place', 'Phòng họp tầng 2', '--members', 'CT001:chair,CB011:viceChair,CB012,CB013,CB006:member:vang,CB002:secretary');
    expect(created.stderr).toBe('');
    expect(created.code).toBe(0);
    expect(created.stdout).toContain('Thành viên: 5/6 có mặt');
    expect(created.stdout).toContain('8. Nguyễn Văn An (Văn phòng HĐND và UBND) — Chiến sĩ thi đua cơ sở');

    const listed = await cli('council', 'list', '--json');
    const meetings = JSON.parse(listed.stdout) as { ok: true; data: { id: string; label: string; candidates: number; status: string }[] };
    expect(meetings.data).toHaveLength(1);
    expect(meetings.data[0]).toMatchObject({ label: 'Xét danh hiệu thi đua, khen thưởng năm 2026', candidates: 13, status: 'open' });
    const id = meetings.data[0]!.id;

    const ballots = path.join(out, 'phieu-bau.pdf');
    expect((await cli('council', 'ballots', '--meeting', id, '--out', ballots)).code).toBe(0);
    expect(pageCount(ballots)).toBe(6);
    expect(textOf(ballots, 3).normalize('NFC')).toContain('Phiếu số 003/006');
    // Outputs are refused inside the data folder, before the store is opened.
    expect((await cli('council', 'ballots', '--meeting', id, '--out', path.join(data, 'phieu.pdf'))).code).toBe(2);

    const counts = path.join(out, 'kiem-phieu.csv');
    await fs.writeFile(counts, COUNTS);
    const bad = path.join(out, 'sai.csv');
    await fs.writeFile(bad, 'phat_ra,5\nthu_ve,7\n1,3\n');
    const refused = await cli('council', 'tally', '--meeting', id, '--file', bad);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain('Số phiếu thu về (7) nhiều hơn số phiếu phát ra (5).');
    const tallied = await cli('council', 'tally', '--meeting', id, '--file', counts);
    expect(tallied.code).toBe(0);
    expect(tallied.stdout).toContain('8. Nguyễn Văn An (Văn phòng HĐND và UBND) — Chiến sĩ thi đua cơ sở: 4 phiếu, 66,67% — Không đạt (từ 70% tổng số thành viên Hội đồng trở lên)');
    expect(tallied.stdout).toContain('4. Phạm Minh Dũng (Văn phòng HĐND và UBND) — Lao động tiên tiến: 3 phiếu, 60% — Đạt (trên 50% số thành viên có mặt)');
    expect(tallied.stdout).toContain('Phiếu phát ra 5, thu về 5, không thu về 0, không hợp lệ 1, hợp lệ 4.');

    const early = await cli('council', 'minutes', '--meeting', id, '--doc', 'decision', '--out', path.join(out, 'qd.docx'));
    expect(early.code).toBe(2);
    expect(early.stderr).toContain('Cuộc họp chưa kết thúc');
    expect((await cli('council', 'close', '--meeting', id)).code).toBe(0);
    const reopened = await cli('council', 'tally', '--meeting', id, '--file', counts);
    expect(reopened.code).toBe(2);
    expect(reopened.stderr).toContain('cần ghi lý do');

    const minutes = path.join(out, 'bien-ban.docx');
    expect((await cli('council', 'minutes', '--meeting', id, '--out', minutes)).code).toBe(0);
    const lines = (await docxParagraphs(await fs.readFile(minutes)))!.map((l) => l.normalize('NFC'));
    expect(lines).toContain('Số phiếu phát ra: 5; số phiếu thu về: 5; số phiếu không thu về: 0; số phiếu không hợp lệ: 1; số phiếu hợp lệ: 4.');

    const granted = await cli('titles', 'grant', '--year', '2026', '--decision', '125/QĐ-UBND', '--date', '20/12/2026', '--json');
    expect(granted.code).toBe(0);
    const titles = JSON.parse(granted.stdout) as { data: { name: string; titleLabel: string; decisionDate: string }[] };
    expect(titles.data).toHaveLength(8);
    expect(titles.data.filter((t) => t.titleLabel === 'Lao động tiên tiến').map((t) => t.name)).toContain('Phạm Minh Dũng');
    expect(titles.data.every((t) => t.decisionDate === '2026-12-20')).toBe(true);

    const decision = path.join(out, 'quyet-dinh.pdf');
    expect((await cli('council', 'minutes', '--meeting', id, '--doc', 'decision', '--out', decision)).code).toBe(0);
    const decisionText = textOf(decision).normalize('NFC');
    expect(decisionText).toContain('Số: 125/QĐ-UBND');
    expect(decisionText).toContain('Hoàn Kiếm, ngày 20 tháng 12 năm 2026');
    expect(decisionText).toContain('Công nhận danh hiệu “Lao động tiên tiến” năm 2026 cho 7 cá nhân');

    const certificates = path.join(out, 'giay-khen.pdf');
    expect((await cli('council', 'certificates', '--meeting', id, '--out', certificates, '--offset-x', '2,5', '--offset-y=-1')).code).toBe(0);
    expect(pageCount(certificates)).toBe(8);
    expect(execFileSync('pdfinfo', [certificates], { encoding: 'utf8' })).toMatch(/Page size:\s+841\.89 x 595\.28 pts/);
  }, 420_000);
});
