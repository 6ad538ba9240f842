/**
 * The violation list's kept search index (violationIndex.ts) follows every change: a record added, corrected,
 * moved to another year or deleted, and a person renamed, show in the next search exactly as full rows
 * built from the store at that moment would (filterViolations over toViolationRow, no index involved).
 */
import { afterEach, describe, expect, it } from 'vitest';
import { seedDemo } from '../../electron/services/demoSeed';
import { dispatch } from '../../electron/services/dispatch';
import { createHandlers } from '../../electron/services/handlers';
import { Session } from '../../electron/services/session';
import { defaultRulesDir } from '../../electron/services/ruleSources';
import { loadContext } from '../../electron/services/violationDeps';
import { toViolationRow } from '../../electron/services/violationViews';
import { compareNewestFirst, filterViolations, type ViolationQuery } from '../../shared/domain/violationQuery';
import { fixedClock, tempFolder } from './helpers';

let session: Session | null = null;
afterEach(async () => {
  await session?.close();
  session = null;
});

describe('searching the violation list after the records change', () => {
  it('finds what the store holds now, after an addition, a correction, a move, a deletion and a renamed person', async () => {
    session = new Session(await tempFolder('list-index'), { app: 'test', now: fixedClock('2026-11-20T09:00:00+07:00').now });
    await session.open();
    await seedDemo(session.store, { size: 'S' });
    const store = session.store;
    const handlers = createHandlers(session);
    const deps = { session, rulesDir: defaultRulesDir() };

    /** Full rows of every live record, straight from the store (what the index must agree with). */
    const expected = async (query: ViolationQuery) => {
      await store.loadAllPartitions('violations');
      const ctx = await loadContext(deps);
      const live = store.partitions('violations').flatMap((y) => store.collection('violations', y).records.filter((v) => !v.deletedAt));
      return filterViolations(live.sort(compareNewestFirst).map((v) => toViolationRow(ctx, v)), query).map((r) => r.id);
    };
    const listed = async (query: ViolationQuery) => {
      const result = await dispatch(handlers, 'listViolations', query);
      if (!result.ok) throw new Error(result.error.message);
      expect(result.data.total, JSON.stringify(query)).toBe(result.data.rows.length);
      return result.data.rows.map((r) => r.id);
    };
    const agree = async (query: ViolationQuery) => {
      const ids = await listed(query);
      expect(ids, JSON.stringify(query)).toEqual(await expected(query));
      return ids;
    };

    // The index is made by a first search; the ward's words are not in any record yet.
    expect(await agree({ search: 'nha van hoa to dan pho' })).toEqual([]);
    const sample = store.collection('violations', store.partitions('violations').at(-1)!).records.find((v) => !v.deletedAt)!;
    const created = await dispatch(handlers, 'createViolation', {
      date: '2026-11-18', staffIds: sample.staffIds, ruleRefs: sample.ruleRefs, description: 'Để xe máy chắn lối vào nhà văn hóa tổ dân phố 3', place: 'Nhà văn hóa',
    });
    if (!created.ok) throw new Error(created.error.message);
    const id = created.data.record.id;
    expect(await agree({ search: 'nha van hoa to dan pho' })).toEqual([id]);

    // Corrected: the old words no longer find it, the new ones do.
    const corrected = await dispatch(handlers, 'updateViolation', { id, fields: { description: 'Hút thuốc lá bên giếng làng Đình Ngòi' } });
    if (!corrected.ok) throw new Error(corrected.error.message);
    expect(await agree({ search: 'to dan pho' })).not.toContain(id);
    expect(await agree({ search: 'gieng lang dinh ngoi' })).toEqual([id]);

    // Moved to last year (another yearly file): found in last year's period, not in this year's.
    const moved = await dispatch(handlers, 'updateViolation', { id, fields: { date: '2025-12-30' } });
    if (!moved.ok) throw new Error(moved.error.message);
    expect(await agree({ search: 'dinh ngoi', from: '2026-01-01' })).toEqual([]);
    expect(await agree({ search: 'dinh ngoi', from: '2025-01-01', to: '2025-12-31' })).toEqual([id]);

    // Deleted (as the retention rules remove a record): gone from the list.
    await store.mutateCollection('violations', '2025', (file) => {
      file.records.find((v) => v.id === id)!.deletedAt = '2026-11-20T02:00:00.000Z';
    });
    expect(await agree({ search: 'dinh ngoi' })).toEqual([]);

    // A person renamed: their records are found by the new name, no longer by the old one.
    const person = store.collection('staff').records.find((s) => s.id === sample.staffIds[0])!;
    const theirs = await agree({ staffId: person.id });
    expect(theirs.length).toBeGreaterThan(0);
    await store.mutateCollection('staff', null, (file) => {
      file.records.find((s) => s.id === person.id)!.fullName = 'Phùng Thị Xuyến';
    });
    expect(await agree({ search: 'phung thi xuyen' })).toEqual(expect.arrayContaining(theirs));
    expect(await agree({ search: 'phung thi xuyen', staffId: person.id })).toEqual(theirs);
  }, 120_000);
});
