import { afterEach, describe, expect, it } from 'vitest';
import { saveClassification } from '../../electron/services/evaluationService';
import { saveScores } from '../../electron/services/scoringService';
import type { Session } from '../../electron/services/session';
import { proposeTitle, revokeTitle, saveInitiative, titlesView } from '../../electron/services/titlesService';
import { MAY_SCORES, openWard, person } from '../fixtures/scoring/wardScores';
import { fixedClock, tempFolder } from './helpers';

let session: Session | null = null;
afterEach(async () => {
  await session?.close();
  session = null;
});

/** Every month January–November scored like May (Minh's and Nam's task results stay unscored outside May). */
async function scoreTheYear(s: Session): Promise<void> {
  await s.store.mutateCollection('staff', null, (f) => {
    f.records.push({ ...person('s15', 'CB015', 'Phan Thị Mới', 'kt'), startDate: '2026-08-01' });
  });
  for (let m = 1; m <= 11; m += 1) {
    const period = `2026-${String(m).padStart(2, '0')}`;
    const entries = MAY_SCORES.filter(([, , , , , , , task]) => task !== null).map(([id, , , , a, b, c, task]) => ({ subjectId: id, points: { 'pham-chat': a, 'trach-nhiem': b, 'doi-moi': c, 'task-results': task ?? 0 } }));
    // Chị Mới, recruited 01/08/2026: 9 + 9 + 9 + 55 = 82 → tốt, from August.
    if (m >= 8) entries.push({ subjectId: 's15', points: { 'pham-chat': 9, 'trach-nhiem': 9, 'doi-moi': 9, 'task-results': 55 } });
    if (m !== 5) await saveScores(s, { period, setId: 'nd335-2025', step: 'headScore', entries });
  }
}

describe('year-end titles for 2026, judged on the official annual classification', () => {
  it('explains eligibility, proposes Lao động tiên tiến and Chiến sĩ thi đua cơ sở, refuses the reprimanded, keeps a revocation with its reason', async () => {
    session = await openWard(await tempFolder('titles'), fixedClock('2026-12-10T09:00:00+07:00').now);
    await scoreTheYear(session);
    let view = await titlesView(session, 2026);
    const who = (code: string) => view.people.find((p) => p.code === code);
    // An: 100 every month → xuất sắc over 11/11 months ended by 10/12; no initiative, yet Chiến sĩ thi đua cơ sở (xuất sắc is one of the three).
    expect(who('CB001')).toMatchObject({ yearTotal: 100, yearRating: 'excellent', monthsScored: { scored: 11, applicable: 11, missing: [] }, conductRating: 'excellent' });
    expect(who('CB001')?.classification?.source).toBe('Nghị định 335/2025 — tổng hợp 11/11 tháng đến 30/11/2026');
    expect(who('CB001')?.eligibility.map((e) => [e.title, e.isEligible])).toEqual([['advancedWorker', true], ['gradeEmulationSoldier', true]]);
    expect(who('CB008')?.eligibility[0]?.checks.map((c) => c.detail).slice(0, 2)).toEqual(['Không hoàn thành nhiệm vụ (Nghị định 335/2025 — tổng hợp 11/11 tháng đến 30/11/2026)', 'Kỷ luật khiển trách (2026-03-12)']);
    // Minh has task results only in May: 10 months missing → no classification yet.
    expect(who('CB009')?.monthsScored?.missing).toHaveLength(10);
    expect(who('CB009')?.eligibility[0]?.isEligible).toBe(false);
    // Chị Mới: tốt over August–November, but recruited five months before the year ends.
    expect(who('CB015')).toMatchObject({ yearRating: 'good', monthsScored: { scored: 4, applicable: 4, missing: [] } });
    expect(who('CB015')?.eligibility[0]?.checks[2]).toMatchObject({ isMet: false, detail: 'Ngày tuyển dụng 01/08/2026 — chưa đủ 6 tháng đến 31/12/2026' });
    // The driver (người lao động) is not on ND 335: no classification until one is entered.
    expect(who('HD001')?.eligibility[0]?.checks[0]?.detail).toBe('Chưa chấm: chưa có xếp loại chất lượng năm');
    await saveClassification(session, { staffId: 's14', year: 2026, rating: 'good', date: '2026-12-08', decision: 'QĐ 88/QĐ-UBND', reason: 'Kết quả đánh giá người lao động năm 2026' });
    view = await titlesView(session, 2026);
    expect(who('HD001')?.classification).toEqual({ rating: 'good', source: 'Xếp loại chính thức: QĐ 88/QĐ-UBND ngày 08/12/2026', isComplete: true });
    expect(who('HD001')?.eligibility[0]?.isEligible).toBe(true);

    // Cường is tốt (89,99): Chiến sĩ thi đua cơ sở needs an initiative.
    expect(who('CB003')?.eligibility[1]?.isEligible).toBe(false);
    view = await saveInitiative(session, { year: 2026, staffId: 's03', initiative: { name: 'Số hóa hồ sơ một cửa', recognisedBy: 'Hội đồng sáng kiến phường', date: '2026-11-20' } });
    expect(who('CB003')?.eligibility[1]?.isEligible).toBe(true);
    view = await proposeTitle(session, { year: 2026, title: 'advancedWorker', subjectId: 's03' });
    view = await proposeTitle(session, { year: 2026, title: 'gradeEmulationSoldier', subjectId: 's03' });
    await expect(proposeTitle(session, { year: 2026, title: 'advancedWorker', subjectId: 's08' })).rejects.toThrow('Không bị kỷ luật trong năm');
    await expect(proposeTitle(session, { year: 2026, title: 'advancedWorker', subjectId: 's15' })).rejects.toThrow('Đã công tác từ 6 tháng trở lên');
    await expect(proposeTitle(session, { year: 2026, title: 'advancedWorker', subjectId: 's03' })).rejects.toThrow('Đã có trong danh sách đề nghị');

    const soldier = view.proposals.find((p) => p.title === 'gradeEmulationSoldier');
    view = await revokeTitle(session, { id: soldier!.id, reason: 'Sáng kiến chưa được nghiệm thu' });
    expect(view.proposals.map((p) => [p.title, p.status, p.revokeReason])).toEqual([
      ['advancedWorker', 'proposed', ''],
      ['gradeEmulationSoldier', 'revoked', 'Sáng kiến chưa được nghiệm thu'],
    ]);
    await expect(revokeTitle(session, { id: soldier!.id, reason: 'lần nữa thôi' })).rejects.toThrow('đã bị thu hồi');
  }, 60_000);
});
