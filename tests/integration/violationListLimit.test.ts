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
import { compareNewestFirst } from '../../shared/domain/violationQuery';
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
    const exported = await dispatch(handlers, 'exportViolations', {});
    if (!exported.ok) throw new Error(exported.error.message);
    expect(exported.data.count).toBe(live.length);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(Buffer.from(exported.data.dataBase64, 'base64') as unknown as ArrayBuffer);
    expect(book.worksheets[0]!.rowCount).toBeGreaterThan(live.length);
  }, 120_000);
});
