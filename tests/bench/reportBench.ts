/**
 * Report bench: `npx tsx tests/bench/reportBench.ts`. The L demo ward (2,000 staff, 50,000 violations): the
 * annual report's figures, the .pdf and the .docx end to end (figures, charts, document), and Tổng quan's
 * data (to-do list; the year's figures behind its small charts). Targets: report ≤ 3 s; the to-do list is
 * what Tổng quan paints first (≤ 300 ms); the charts follow it.
 */
import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { seedDemo } from '../../electron/services/demoSeed';
import { exportReport } from '../../electron/services/reports/reportExport';
import { reportFigures } from '../../electron/services/reports/reportService';
import { todoView } from '../../electron/services/reports/todoService';
import { Session } from '../../electron/services/session';
import { median } from './measure';

const RUNS = 3;

async function time(run: () => Promise<unknown>): Promise<number> {
  const samples: number[] = [];
  for (let i = 0; i < RUNS; i += 1) {
    const start = performance.now();
    await run();
    samples.push(performance.now() - start);
  }
  return median(samples);
}

const root = await fs.mkdtemp(path.join(os.tmpdir(), 'ward-conduct-report-bench-'));
try {
  const session = new Session(root, { app: 'report bench', now: () => new Date() });
  await session.open();
  await session.store.updateMeta((m) => {
    m.ward = { name: 'Phường Hoàn Kiếm', address: '', chairman: 'Nguyễn Văn Chủ' };
  });
  console.error('Đang tạo dữ liệu mẫu cỡ L…');
  await seedDemo(session.store, { size: 'L' });
  const year = new Date().getFullYear();
  // The first call pays once for loading last year's file, ECharts and the resvg WebAssembly.
  const warm = performance.now();
  await exportReport(session, { kind: 'tong-ket', year, format: 'pdf' });
  const firstMs = performance.now() - warm;
  const figuresMs = await time(() => reportFigures(session, { kind: 'tong-ket', year }));
  const pdfMs = await time(() => exportReport(session, { kind: 'tong-ket', year, format: 'pdf' }));
  const docxMs = await time(() => exportReport(session, { kind: 'tong-ket', year, format: 'docx' }));
  const todoMs = await time(() => todoView(session));
  // After a change (one violation's description edited) nothing cached may be used: figures, PDF and
  // the to-do list are computed again from the records, once each.
  const edit = async (i: number) => session.store.mutateCollection('violations', String(year), (f) => {
    const v = f.records[i];
    if (v) v.description = `${v.description} (${i})`;
  });
  const once = async (run: () => Promise<unknown>) => {
    const start = performance.now();
    await run();
    return performance.now() - start;
  };
  await edit(1);
  const changedFiguresMs = await once(() => reportFigures(session, { kind: 'tong-ket', year }));
  await edit(2);
  const changedPdfMs = await once(() => exportReport(session, { kind: 'tong-ket', year, format: 'pdf' }));
  await edit(3);
  const changedTodoMs = await once(() => todoView(session));
  await session.close();
  const mark = (ok: boolean) => (ok ? 'đạt' : 'CHƯA ĐẠT');
  console.log('Báo cáo tổng kết năm, cỡ L (trung vị của 3 lần):');
  console.log(`  số liệu ${Math.round(figuresMs)} ms; PDF ${Math.round(pdfMs)} ms — ${mark(pdfMs <= 3000)}; Word ${Math.round(docxMs)} ms — ${mark(docxMs <= 3000)}; lần đầu (nạp thư viện) ${Math.round(firstMs)} ms`);
  console.log(`  sau khi sửa một vi phạm (tính lại từ đầu): số liệu ${Math.round(changedFiguresMs)} ms; PDF ${Math.round(changedPdfMs)} ms — ${mark(changedPdfMs <= 3000)}; danh sách việc cần làm ${Math.round(changedTodoMs)} ms — ${mark(changedTodoMs <= 300)}`);
  console.log(`  Tổng quan — danh sách việc cần làm ${Math.round(todoMs)} ms — mục tiêu ≤ 300 ms: ${mark(todoMs <= 300)}; biểu đồ nhỏ dùng số liệu năm (${Math.round(figuresMs)} ms), vẽ sau danh sách`);
} finally {
  await fs.rm(root, { recursive: true, force: true });
}
