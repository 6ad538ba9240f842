import { afterEach, describe, expect, it } from 'vitest';
import type { Session } from '../../electron/services/session';
import { proposeTitle, revokeTitle, saveInitiative, titlesView } from '../../electron/services/titlesService';
import { openWard } from '../fixtures/scoring/wardScores';
import { fixedClock, tempFolder } from './helpers';

let session: Session | null = null;
afterEach(async () => {
  await session?.close();
  session = null;
});

describe('year-end titles for 2026', () => {
  it('explains eligibility, proposes Lao động tiên tiến and Chiến sĩ thi đua cơ sở, refuses the reprimanded, keeps a revocation with its reason', async () => {
    session = await openWard(await tempFolder('titles'), fixedClock('2026-12-10T09:00:00+07:00').now);
    let view = await titlesView(session, 2026);
    const an = view.people.find((p) => p.code === 'CB001');
    const lan = view.people.find((p) => p.code === 'CB008');
    expect(an).toMatchObject({ yearTotal: 100, yearRating: 'excellent' });
    expect(an?.eligibility.map((e) => [e.title, e.isEligible])).toEqual([['advancedWorker', true], ['gradeEmulationSoldier', false]]);
    expect(lan?.eligibility[0]?.checks.map((c) => c.detail)).toEqual(['Xếp loại năm: Không hoàn thành nhiệm vụ', 'Kỷ luật khiển trách (2026-03-12)']);
    expect(view.people.some((p) => p.code === 'HD001')).toBe(true);

    view = await saveInitiative(session, { year: 2026, staffId: 's01', initiative: { name: 'Số hóa hồ sơ một cửa', recognisedBy: 'Hội đồng sáng kiến phường', date: '2026-11-20' } });
    expect(view.people.find((p) => p.code === 'CB001')?.eligibility[1]?.isEligible).toBe(true);
    view = await proposeTitle(session, { year: 2026, title: 'advancedWorker', subjectId: 's01' });
    view = await proposeTitle(session, { year: 2026, title: 'gradeEmulationSoldier', subjectId: 's01' });
    await expect(proposeTitle(session, { year: 2026, title: 'advancedWorker', subjectId: 's08' })).rejects.toThrow('Không bị kỷ luật trong năm');
    await expect(proposeTitle(session, { year: 2026, title: 'advancedWorker', subjectId: 's01' })).rejects.toThrow('Đã có trong danh sách đề nghị');

    const soldier = view.proposals.find((p) => p.title === 'gradeEmulationSoldier');
    view = await revokeTitle(session, { id: soldier!.id, reason: 'Sáng kiến chưa được nghiệm thu' });
    expect(view.proposals.map((p) => [p.title, p.status, p.revokeReason])).toEqual([
      ['advancedWorker', 'proposed', ''],
      ['gradeEmulationSoldier', 'revoked', 'Sáng kiến chưa được nghiệm thu'],
    ]);
    await expect(revokeTitle(session, { id: soldier!.id, reason: 'lần nữa thôi' })).rejects.toThrow('đã bị thu hồi');
  });
});
