import { afterEach, describe, expect, it } from 'vitest';
import { periodSummary } from '../../electron/services/periodService';
import { saveScores, scoreGrid } from '../../electron/services/scoringService';
import { getScoringSettings, updateScoringSettings } from '../../electron/services/scoringSettings';
import type { BaseRecord } from '../../shared/schema/records';
import type { Session } from '../../electron/services/session';
import { openWard } from '../fixtures/scoring/wardScores';
import { fixedClock, tempFolder } from './helpers';

let session: Session | null = null;
afterEach(async () => {
  await session?.close();
  session = null;
});

describe('a ward that chooses to score by quarter (ND 335/2025 Điều 14: "hằng tháng hoặc quý")', () => {
  it('scores Quý II directly, refuses a month, and rolls the year up from the quarters with the missing ones named', async () => {
    session = await openWard(await tempFolder('quarterly'), fixedClock('2026-10-05T09:00:00+07:00').now);
    await updateScoringSettings(session, { cadence: 'quarter' });
    await expect(saveScores(session, { period: '2026-06', setId: 'nd335-2025', step: 'headScore', entries: [{ subjectId: 's01', points: { 'doi-moi': 9 } }] })).rejects.toThrow('chỉ chấm theo quý');
    // An: 10 + 10 + 9 + 60 = 89 for Quý II, 10 + 10 + 10 + 65 = 95 for Quý III.
    await saveScores(session, { period: '2026-Q2', setId: 'nd335-2025', step: 'headScore', entries: [{ subjectId: 's01', points: { 'pham-chat': 10, 'trach-nhiem': 10, 'doi-moi': 9, 'task-results': 60 } }] });
    await saveScores(session, { period: '2026-Q3', setId: 'nd335-2025', step: 'headScore', entries: [{ subjectId: 's01', points: { 'pham-chat': 10, 'trach-nhiem': 10, 'doi-moi': 10, 'task-results': 65 } }] });
    const q2 = await scoreGrid(session, { period: '2026-Q2', setId: 'nd335-2025' });
    expect(q2).toMatchObject({ isRollup: false, cadence: 'quarter', months: ['2026-Q2'] });
    expect(q2.rows.find((r) => r.code === 'CB001')).toMatchObject({ total: 89, rating: 'good' });
    // The year: (89 + 95) / 2 = 92, provisional — Quý I and Quý IV are missing.
    const year = await scoreGrid(session, { period: '2026', setId: 'nd335-2025' });
    expect(year.months).toEqual(['2026-Q1', '2026-Q2', '2026-Q3', '2026-Q4']);
    expect(year.rows.find((r) => r.code === 'CB001')).toMatchObject({ total: 92, missing: ['2026-Q1', '2026-Q4'] });
    const summary = await periodSummary(session, '2026', 'nd335-2025');
    expect(summary.scored).toBe(0);
    expect(summary.missing[0]).toBe('CB001 Nguyễn Văn An (thiếu quý 1/2026, quý 4/2026)');
  });
});

describe('settings saved before this version keep working', () => {
  it('a settings record with only the roll-up method and the ratio reads the new settings at their defaults', async () => {
    session = await openWard(await tempFolder('old-settings'), fixedClock('2026-10-05T09:00:00+07:00').now);
    await session.store.mutateCollection('scoringSettings', null, (f) => {
      f.records = [{ id: 'old', createdAt: '2026-01-02T00:00:00.000Z', updatedAt: '2026-01-02T00:00:00.000Z', createdBy: 'x', updatedBy: 'x', deletedAt: null, rollupMethod: 'lowest', soldierRatio: 0.1 } as BaseRecord];
    });
    expect(getScoringSettings(session)).toMatchObject({ rollupMethod: 'lowest', soldierRatio: 0.1, cadence: 'month', capScopes: ['unit', 'ward'], taskGroups: [], minServiceMonths: 6 });
    const grid = await scoreGrid(session, { period: '2026-05', setId: 'nd335-2025' });
    expect(grid.rows.find((r) => r.code === 'CB001')).toMatchObject({ total: 100, steps: { headScore: { scorerName: '(chưa xác định thủ trưởng trong danh sách cán bộ)' } } });
  });
});
