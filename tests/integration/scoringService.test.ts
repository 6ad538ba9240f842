import { afterEach, describe, expect, it } from 'vitest';
import { periodSummary } from '../../electron/services/periodService';
import { scoreGrid } from '../../electron/services/scoringService';
import { scoreBreakdown } from '../../electron/services/scoringBreakdown';
import type { Session } from '../../electron/services/session';
import { fixedClock, tempFolder } from './helpers';
import { openWard } from '../fixtures/scoring/wardScores';

let session: Session | null = null;
afterEach(async () => {
  await session?.close();
  session = null;
});

describe('the ward scores May 2026 for its công chức on the ND 335 set', () => {
  it('shows every rating, the band edges, the reprimand trigger and Oanh\'s late arrival', async () => {
    const clock = fixedClock('2026-06-03T09:00:00+07:00');
    session = await openWard(await tempFolder('scoring'), clock.now);
    const grid = await scoreGrid(session, { period: '2026-05', setId: 'nd335-2025' });
    const by = Object.fromEntries(grid.rows.map((r) => [r.code, r]));
    expect(grid.rows.map((r) => r.code)).not.toContain('HD001');
    expect([by.CB001?.total, by.CB002?.total, by.CB003?.total, by.CB004?.total, by.CB005?.total, by.CB006?.total, by.CB007?.total]).toEqual([100, 90, 89.99, 70, 69.99, 50, 49.99]);
    expect([by.CB001?.rating, by.CB002?.rating, by.CB003?.rating, by.CB004?.rating, by.CB005?.rating, by.CB006?.rating, by.CB007?.rating]).toEqual(['excellent', 'excellent', 'good', 'good', 'meets', 'meets', 'fails']);
    expect(by.CB008).toMatchObject({ total: 95, rating: 'fails' });
    expect(by.CB008?.triggers[0]).toContain('15/QĐ-UBND');
    expect(by.CB009?.total).toBe(98.06);
    expect(by.CB010).toMatchObject({ total: null, rating: null, rank: null });
    expect(by.CB011).toMatchObject({ total: 87, rating: 'good', deductionCount: 1 });
    expect(by.CB001?.steps.headScore?.by).toBe('Quản trị viên');
    // Phòng Kinh tế: 3 xuất sắc (Minh 98,06, Phúc 90, Quỳnh 92) against 1 tốt (Oanh) → over the 20 % cap.
    const kt = grid.capChecks.find((c) => c.scope === 'unit' && c.groupName.startsWith('Phòng Kinh tế'));
    expect(kt?.isOver).toBe(true);
    expect(kt?.message.startsWith('Đơn vị Phòng Kinh tế')).toBe(true);
    // The whole ward: 5 xuất sắc against 3 tốt → allowed floor(0,6) = 0, over; said as "Toàn phường".
    expect(grid.capChecks.find((c) => c.scope === 'ward')).toMatchObject({ excellent: 5, good: 3, allowed: 0, isOver: true });
    const breakdown = await scoreBreakdown(session, { period: '2026-05', setId: 'nd335-2025', subjectId: 's11' });
    const phamChat = breakdown.breakdown?.criteria.find((c) => c.criterionId === 'pham-chat');
    expect(phamChat?.deductions[0]).toMatchObject({ violationId: 'v-oanh', measure: 'Phê bình', points: 5, refs: '522:Đ5.K1' });
  });

  it('keeps Anh Nam (no task results yet) as "Chưa chấm" in the stored cache and the period counts, not as failing', async () => {
    const clock = fixedClock('2026-06-03T09:00:00+07:00');
    session = await openWard(await tempFolder('scoring-unscored'), clock.now);
    const stored = session.store.collection('scores', '2026').records.find((r) => r.staffId === 's10' && r.period === '2026-05');
    expect(stored).toMatchObject({ total: null, rating: null });
    const summary = await periodSummary(session, '2026-05', 'nd335-2025');
    // Khánh (49,99) and Lan (forced) fail; Nam is counted apart.
    expect(summary.counts).toEqual({ excellent: 5, good: 3, meets: 2, fails: 2, unscored: 1 });
    expect(summary.scored).toBe(12);
  });
});
