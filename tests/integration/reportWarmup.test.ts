/**
 * The app opens the ward's data and, while the clerk reads Tổng quan, prepares the report path in the
 * background: it waits while the screens are calling, writes nothing, and the clerk's report is made as usual
 * after it.
 */
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { newCallClock } from '../../electron/services/callClock';
import { seedDemo } from '../../electron/services/demoSeed';
import { exportReport } from '../../electron/services/reports/reportExport';
import { warmReportPath } from '../../electron/services/reports/reportWarmup';
import { Session } from '../../electron/services/session';
import { fixedClock, tempFolder } from './helpers';

let session: Session | null = null;
afterEach(async () => {
  await session?.close();
  session = null;
});

async function openedWard(): Promise<Session> {
  const s = new Session(await tempFolder('warmup'), { app: 'test', now: fixedClock('2026-12-20T09:00:00+07:00').now });
  await s.open();
  await s.store.updateMeta((m) => {
    m.ward = { name: 'Phường Hoàn Kiếm', address: '', chairman: 'Nguyễn Văn Chủ' };
  });
  await seedDemo(s.store, { size: 'S' });
  return s;
}

async function dataFiles(s: Session): Promise<Record<string, string>> {
  const db = s.store.paths.db;
  const names = (await fs.readdir(db)).filter((n) => n.endsWith('.json')).sort();
  return Object.fromEntries(await Promise.all(names.map(async (n) => [n, await fs.readFile(path.join(db, n), 'utf8')] as const)));
}

describe('the report warm-up after the store opens', () => {
  it('waits while the screens are calling and does nothing once stopped', async () => {
    session = await openedWard();
    const busy = { lastCallAt: () => performance.now() };
    const run = warmReportPath(session, { ...busy, delayMs: 0, quietMs: 50 });
    expect(run).not.toBeNull();
    await new Promise((resolve) => setTimeout(resolve, 300));
    run!.stop();
    expect(await run!.done).toEqual([]);
  });

  it('runs each step when the screens are quiet, writes nothing, and the clerk’s first report is then made as usual', async () => {
    session = await openedWard();
    const before = await dataFiles(session);
    const clock = newCallClock();
    const run = warmReportPath(session, { lastCallAt: clock.lastCallAt, delayMs: 0, quietMs: 0 });
    const steps = await run!.done;
    expect(steps.map((s) => s.step)).toEqual(['thư viện biểu đồ và PDF', 'số liệu năm (năm trước, xếp loại)', 'báo cáo tổng kết năm (biểu đồ, PDF)']);
    expect(await dataFiles(session)).toEqual(before);
    const first = await exportReport(session, { kind: 'tong-ket', year: 2026, format: 'pdf' });
    expect(Buffer.from(first.bytes.subarray(0, 5)).toString('latin1')).toBe('%PDF-');
  });

  it('does not start when the data folder could not be opened', () => {
    const closed = new Session('/nonexistent/ward', { app: 'test', now: () => new Date() });
    expect(warmReportPath(closed, { lastCallAt: () => 0 })).toBeNull();
  });
});
