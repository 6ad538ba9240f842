import { mkdtemp, rm, readdir } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { Store } from '../../electron/store/dataStore';
import { seedDemo } from '../../electron/services/demoSeed';
import { buildDemoData } from '../../electron/services/demo/generate';
import { ServiceError } from '../../shared/api/result';
import { Session } from '../../electron/services/session';
import { scoreGrid } from '../../electron/services/scoringService';

const now = () => new Date('2026-06-15T03:00:00.000Z');
let folder: string;

beforeEach(async () => {
  folder = await mkdtemp(path.join(os.tmpdir(), 'wc-demo-'));
});
afterEach(async () => {
  await rm(folder, { recursive: true, force: true });
});

describe('demo data for a merged Hà Nội ward', () => {
  it('seeds size S into an empty folder: 6 units, about 40 people of every category, leavers, and a year of records', async () => {
    const store = await Store.open({ folder, app: 'test', now });
    const report = await seedDemo(store, { size: 'S' });
    await store.close();

    const reopened = await Store.open({ folder, app: 'test', now });
    try {
      const units = reopened.collection('units').records;
      const staff = reopened.collection('staff').records;
      const violations = reopened.collection('violations', '2026').records;
      expect(units).toHaveLength(6);
      expect(units.map((u) => (u as unknown as { name: string }).name)).not.toContain('Công an phường');
      expect(staff.length).toBeGreaterThanOrEqual(36);
      expect(staff.length).toBeLessThanOrEqual(44);
      expect(report.counts.staff).toBe(staff.length);
      expect(new Set(staff.map((s) => s.category))).toEqual(new Set(['official', 'civilServant', 'publicEmployee', 'worker']));
      const leavers = staff.filter((s) => s.status !== 'active');
      expect(new Set(leavers.map((s) => s.status))).toEqual(new Set(['transferred', 'retired', 'resigned']));
      expect(leavers.every((s) => /^\d{4}-\d{2}-\d{2}$/.test(s.statusDate ?? ''))).toBe(true);
      expect(staff.some((s) => (s.history?.length ?? 0) > 1)).toBe(true);
      expect(new Set(staff.map((s) => s.code)).size).toBe(staff.length);
      for (const person of staff) {
        expect(person.fullName.normalize('NFC')).toBe(person.fullName);
        expect(person.fullName.split(' ').length).toBeGreaterThanOrEqual(3);
      }
      expect(staff.some((s) => /[ăâđêôơưáàảãạếềểễệốồổỗộớờởỡợứừửữự]/i.test(s.fullName))).toBe(true);
      expect(violations).toHaveLength(report.counts.violations);
      expect(violations.every((v) => v.ruleRefs.every((ref) => ref.ruleSetId === 'qd-522-2017') && v.date.startsWith('2026-') && v.date <= '2026-06-15')).toBe(true);
      const ids = new Set(staff.map((s) => s.id));
      expect(violations.every((v) => v.staffIds.every((id) => ids.has(id)))).toBe(true);
      // Scores for January to May (June is not over), one per person at work that month.
      const periods = new Set(reopened.collection('scores', '2026').records.map((r) => r.period));
      expect([...periods].sort()).toEqual(['2026-01', '2026-02', '2026-03', '2026-04', '2026-05']);
      expect(reopened.isInitialised).toBe(true);
    } finally {
      await reopened.close();
    }
    expect((await readdir(path.join(folder, 'db'))).sort()).toEqual(
      ['commendations-2026.json', 'meta.json', 'scores-2026.json', 'staff.json', 'units.json', 'violations-2026.json'],
    );
  });

  it('scores everyone on the conduct scorecard and công chức on ND 335 from 2026, so the Thi đua screen shows the demo', async () => {
    const session = new Session(folder, { app: 'test', now });
    await session.open();
    try {
      await seedDemo(session.store, { size: 'S' });
      const scores = session.store.collection('scores', '2026').records;
      const staff = session.store.collection('staff').records;
      const civilServants = new Set(staff.filter((s) => s.category === 'civilServant').map((s) => s.id));
      expect(new Set(scores.map((r) => r.criteriaSetId))).toEqual(new Set(['conduct-individual', 'nd335-2025', 'nd335-2025-leader']));
      expect(scores.filter((r) => r.criteriaSetId === 'nd335-2025').every((r) => civilServants.has(r.staffId ?? ''))).toBe(true);
      // Unit heads and the Chủ tịch / Phó Chủ tịch UBND are scored on the leaders' set, everyone in it (their unit's results computed by the app).
      const leaders = await scoreGrid(session, { period: '2026-05', setId: 'nd335-2025-leader' });
      expect(leaders.rows.length).toBeGreaterThan(0);
      expect(leaders.rows.every((r) => r.leaderLabel !== '' && r.total !== null)).toBe(true);
      for (const setId of ['conduct-individual', 'nd335-2025']) {
        const grid = await scoreGrid(session, { period: '2026-05', setId });
        const scored = grid.rows.filter((r) => r.total !== null);
        expect(scored.length).toBeGreaterThan(0);
        expect(scored.length).toBe(grid.rows.length);
        // The cached total is the one the screen computes (violations of the month deducted).
        const cached = new Map(scores.filter((r) => r.criteriaSetId === setId && r.period === '2026-05').map((r) => [r.staffId, r] as const));
        for (const row of grid.rows) expect(cached.get(row.subjectId)).toMatchObject({ total: row.total, rating: row.rating });
      }
      expect((await scoreGrid(session, { period: '2026-05', setId: 'conduct-individual' })).rows.some((r) => r.deductionCount > 0)).toBe(true);
    } finally {
      await session.close();
    }
  });

  it('gives the same people and records on every run', () => {
    const a = buildDemoData('S', now(), 'Quản trị viên');
    const b = buildDemoData('S', now(), 'Quản trị viên');
    expect(JSON.stringify(b)).toBe(JSON.stringify(a));
  });

  it('refuses to seed over an existing roster unless forced, and keeps the ward already declared', async () => {
    const store = await Store.open({ folder, app: 'test', now });
    try {
      await store.updateMeta((meta) => {
        meta.ward.name = 'Phường Ngọc Hà';
      });
      await seedDemo(store, { size: 'S' });
      const error = await seedDemo(store, { size: 'S' }).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(ServiceError);
      expect((error as ServiceError).code).toBe('CONFLICT');
      const forced = await seedDemo(store, { size: 'S', force: true });
      expect(forced.counts.staff).toBe(store.collection('staff').records.length);
      expect(store.meta.ward.name).toBe('Phường Ngọc Hà');
    } finally {
      await store.close();
    }
  });
});
