/**
 * What the year-end report reads: this year and last year's violations and commendations for the "cùng kỳ"
 * columns, this year's scores for the ratings — last year's scores (a 10 MB file at 2,000 staff) and older
 * years stay on disk. The ratings it prints are the ones the Thi đua screen computes in full.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { listCriteriaSets } from '../../electron/services/criteriaService';
import { seedDemo } from '../../electron/services/demoSeed';
import { reportFigures } from '../../electron/services/reports/reportService';
import { computePeriod } from '../../electron/services/scoringCompute';
import { loadPeriod } from '../../electron/services/scoringData';
import { getScoringSettings } from '../../electron/services/scoringSettings';
import { Session } from '../../electron/services/session';
import { RATINGS } from '../../shared/schema/criteria';
import { fixedClock, tempFolder } from './helpers';

let session: Session | null = null;
afterEach(async () => {
  await session?.close();
  session = null;
});

describe('the annual report of 2026 reads this year and what it compares with', () => {
  it('leaves last year’s scores and older years on disk, and rates every set as the scoring screen does', async () => {
    const folder = await tempFolder('report-reads');
    const clock = fixedClock('2026-12-20T09:00:00+07:00');
    const seeding = new Session(folder, { app: 'test', now: clock.now });
    await seeding.open();
    await seedDemo(seeding.store, { size: 'S' });
    // Older books: a score of May 2025 and violations of 2024 and 2025 (copies of this year's, a year or two back).
    const score = seeding.store.collection('scores', '2026').records[0]!;
    await seeding.store.mutateCollection('scores', '2025', (file) => {
      file.records.push({ ...score, id: 'score-2025', period: '2025-05' });
    });
    const violation = seeding.store.collection('violations', '2026').records[0]!;
    for (const year of ['2024', '2025']) {
      await seeding.store.mutateCollection('violations', year, (file) => {
        file.records.push({ ...violation, id: `v-${year}`, date: `${year}${violation.date.slice(4)}` });
      });
    }
    await seeding.close();

    session = new Session(folder, { app: 'test', now: clock.now });
    await session.open();
    const store = session.store;
    expect(store.partitions('scores')).toContain('2025');
    expect(store.partitions('violations')).toContain('2024');
    const figures = await reportFigures(session, { kind: 'tong-ket', year: 2026 });

    expect(store.isLoaded('violations', '2025')).toBe(true);
    expect(store.isLoaded('commendations', '2025')).toBe(true);
    expect(store.isLoaded('scores', '2025')).toBe(false);
    expect(store.isLoaded('violations', '2024')).toBe(false);

    // Each set's table: per unit, the ratings of the full computation (every month's criteria lines).
    const method = getScoringSettings(session).rollupMethod;
    const sets = listCriteriaSets(session).filter((s) => s.isActive);
    expect(figures.scoring.length).toBeGreaterThan(1);
    for (const table of figures.scoring) {
      const set = sets.find((s) => s.setId === table.setId);
      expect(set).toBeDefined();
      const full = computePeriod(await loadPeriod(session, '2026', table.setId), method);
      expect(full.some((r) => r.months.some((m) => m.breakdown.criteria.length > 0))).toBe(true);
      for (const rating of RATINGS) {
        const counted = table.rows.reduce((n, row) => n + row[rating].value, 0);
        expect(counted).toBe(full.filter((r) => r.rating === rating).length);
      }
      const unscored = table.rows.reduce((n, row) => n + row.unscored.value, 0);
      expect(unscored).toBe(full.filter((r) => r.rating === null).length);
    }
  });
});

