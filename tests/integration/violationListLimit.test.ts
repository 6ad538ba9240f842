/**
 * The violation list at a ward with years of records: the screen gets the newest 500 matches and the
 * number that match; the Excel export carries every match.
 */
import ExcelJS from 'exceljs';
import { afterEach, describe, expect, it } from 'vitest';
import { seedDemo } from '../../electron/services/demoSeed';
import { dispatch } from '../../electron/services/dispatch';
import { createHandlers } from '../../electron/services/handlers';
import { Session } from '../../electron/services/session';
import { compareNewestFirst, filterViolations, type ViolationQuery } from '../../shared/domain/violationQuery';
import { foldVietnamese } from '../../shared/domain/text';
import { queryViolations } from '../../electron/services/violationList';
import { defaultRulesDir } from '../../electron/services/ruleSources';
import { fixedClock, tempFolder } from './helpers';

let session: Session | null = null;
afterEach(async () => {
  await session?.close();
  session = null;
});

describe('the violation list of a ward with three years of records', () => {
  it('shows the newest 500 of every year with the count of all, and exports them all', async () => {
    session = new Session(await tempFolder('list-limit'), { app: 'test', now: fixedClock('2026-11-20T09:00:00+07:00').now });
    await session.open();
    await seedDemo(session.store, { size: 'M' });
    const live = session.store.partitions('violations').flatMap((y) => session!.store.collection('violations', y).records.filter((v) => !v.deletedAt));
    expect(live.length).toBeGreaterThan(500);
    const handlers = createHandlers(session);
    const listed = await dispatch(handlers, 'listViolations', {});
    if (!listed.ok) throw new Error(listed.error.message);
    expect(listed.data.total).toBe(live.length);
    expect(listed.data.rows).toHaveLength(500);
    expect(listed.data.rows.map((r) => r.id)).toEqual([...live].sort(compareNewestFirst).slice(0, 500).map((v) => v.id));
    // The list screen asks for one page of 20: the third page is the 41st to 60th newest, with the count of all.
    const page = await dispatch(handlers, 'listViolations', { offset: 40, limit: 20 });
    if (!page.ok) throw new Error(page.error.message);
    expect(page.data.total).toBe(live.length);
    expect(page.data.rows.map((r) => r.id)).toEqual([...live].sort(compareNewestFirst).slice(40, 60).map((v) => v.id));
    const tooMany = await dispatch(handlers, 'listViolations', { limit: 5000 });
    expect(tooMany.ok ? '' : tooMany.error.message).toContain('Tối đa 500 dòng');
    const exported = await dispatch(handlers, 'exportViolations', {});
    if (!exported.ok) throw new Error(exported.error.message);
    expect(exported.data.count).toBe(live.length);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(Buffer.from(exported.data.dataBase64, 'base64') as unknown as ArrayBuffer);
    expect(book.worksheets[0]!.rowCount).toBeGreaterThan(live.length);
  }, 120_000);
});

describe('searching the violation list finds what the full rows hold', () => {
  it('gives the same matches as the words of every full row, also after an edit', async () => {
    session = new Session(await tempFolder('list-search'), { app: 'test', now: fixedClock('2026-11-20T09:00:00+07:00').now });
    await session.open();
    await seedDemo(session.store, { size: 'M' });
    const handlers = createHandlers(session);
    const deps = { session, rulesDir: defaultRulesDir() };
    const store = session.store;
    const someone = store.collection('staff').records[3]!;
    const unit = store.collection('units').records[0]!;
    // Words of a description, a person's name, a unit's name, a rule's text (no accents), none, and mixed with filters.
    const queries: ViolationQuery[] = [
      { search: 'dien thoai' }, { search: 'di lam muon' }, { search: foldVietnamese(someone.fullName) },
      { search: foldVietnamese(unit.name) }, { search: 'khong co tu nay' }, { search: 'thai do', unitId: unit.id },
      { search: 'the', state: 'concluded' }, { search: 'Điện Thoại' },
    ];
    const check = async () => {
      const { rows } = await queryViolations(deps, {});
      for (const query of queries) {
        const expected = filterViolations(rows, query).map((r) => r.id);
        const listed = await dispatch(handlers, 'listViolations', query);
        if (!listed.ok) throw new Error(listed.error.message);
        expect(listed.data.total, JSON.stringify(query)).toBe(expected.length);
        expect(listed.data.rows.map((r) => r.id), JSON.stringify(query)).toEqual(expected.slice(0, 500));
      }
      return rows;
    };
    const rows = await check();
    expect(rows.filter((r) => filterViolations([r], { search: 'dien thoai' }).length > 0).length).toBeGreaterThan(0);
    // A clerk corrects one record's description and another's clause: the next search sees the new words, not kept ones.
    const year = store.partitions('violations').at(-1)!;
    const [first, second] = store.collection('violations', year).records.filter((v) => !v.deletedAt);
    const other = rows.find((r) => r.id !== second!.id && JSON.stringify(r.rules.map((x) => x.ref)) !== JSON.stringify(second!.ruleRefs))!;
    await store.mutateCollection('violations', year, (file) => {
      const a = file.records.find((v) => v.id === first!.id)!;
      a.description = 'Để xe máy chắn lối đi của nhà văn hóa';
      const b = file.records.find((v) => v.id === second!.id)!;
      b.ruleRefs = other.rules.map((x) => x.ref);
    });
    queries.push({ search: 'nha van hoa' }, { search: foldVietnamese(other.rules[0]!.short) });
    const after = await check();
    expect(filterViolations(after, { search: 'nha van hoa' }).map((r) => r.id)).toContain(first!.id);
  }, 180_000);
});
