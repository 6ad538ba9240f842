/**
 * Report bench: `npx tsx tests/bench/reportBench.ts`. The L demo ward (2,000 staff, 50,000 violations): the
 * annual report end to end through the built CLI (`ward-conduct report … --out x.pdf`, a new process each time:
 * Node start, the store opened, the figures, charts and document — the ≤ 3 s target), the first report in a new
 * process run from the sources (cold, split into opening and report; tsx compiles as it loads, so it is slower
 * than the build and carries no target) and after the app's background warm-up
 * (reportWarmup), then the warm figures, .pdf and .docx, and Tổng quan's data (to-do list). Targets: report
 * ≤ 3 s; the to-do list is what Tổng quan paints first (≤ 300 ms; the screen itself: screenBench dashboard).
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { seedDemo } from '../../electron/services/demoSeed';
import { exportReport } from '../../electron/services/reports/reportExport';
import { reportFigures } from '../../electron/services/reports/reportService';
import { warmReportPath } from '../../electron/services/reports/reportWarmup';
import { todoView } from '../../electron/services/reports/todoService';
import { Session } from '../../electron/services/session';
import { median } from './measure';

const RUNS = 3;
const year = new Date().getFullYear();
const mark = (ok: boolean) => (ok ? 'đạt' : 'CHƯA ĐẠT');
const ms = (value: number) => `${Math.round(value)} ms`;

async function time(run: () => Promise<unknown>, runs = RUNS): Promise<number> {
  const samples: number[] = [];
  for (let i = 0; i < runs; i += 1) {
    const start = performance.now();
    await run();
    samples.push(performance.now() - start);
  }
  return median(samples);
}

interface FirstReport {
  openMs: number;
  warmupMs: number;
  warmupSteps: { step: string; ms: number }[];
  firstMs: number;
}

/** In a new process (`--first FOLDER [--warmed]`): the store opened, then the first annual report as PDF. */
async function firstReport(folder: string, isWarmed: boolean): Promise<FirstReport> {
  let start = performance.now();
  const session = new Session(folder, { app: 'report bench', now: () => new Date() });
  await session.open();
  const openMs = performance.now() - start;
  start = performance.now();
  // The warm-up's waits do not hold a process open (the app's window or server does); this one has nothing
  // else to wait on once the day's backup is done, so a timer keeps it alive until the warm-up ends.
  const alive = setInterval(() => undefined, 1000);
  const warmupSteps = isWarmed ? ((await warmReportPath(session, { lastCallAt: () => 0, delayMs: 0, quietMs: 0 })?.done) ?? []) : [];
  clearInterval(alive);
  const warmupMs = performance.now() - start;
  start = performance.now();
  await exportReport(session, { kind: 'tong-ket', year, format: 'pdf' });
  const firstMs = performance.now() - start;
  await session.close();
  return { openMs, warmupMs, warmupSteps, firstMs };
}

function childFirstReport(folder: string, isWarmed: boolean): FirstReport {
  const out = execFileSync(process.execPath, ['--import', 'tsx', path.join('tests', 'bench', 'reportBench.ts'), '--first', folder, ...(isWarmed ? ['--warmed'] : [])], { encoding: 'utf8' });
  return JSON.parse(out.trim().split('\n').pop() ?? '{}') as FirstReport;
}

/** The built CLI, a new process per run (median of RUNS); null when `npm run build` has not been run. */
function cliMs(folder: string, args: string[]): number | null {
  const bin = path.join('bin', 'ward-conduct.js');
  if (!existsSync(path.join('out', 'cli', 'ward-conduct.mjs'))) return null;
  const samples: number[] = [];
  for (let i = 0; i < RUNS; i += 1) {
    const start = performance.now();
    const result = spawnSync(process.execPath, [bin, '--data', folder, ...args], { encoding: 'utf8' });
    if (result.status !== 0) throw new Error(`ward-conduct ${args.join(' ')}: exit ${result.status} ${result.stderr}`);
    samples.push(performance.now() - start);
  }
  return median(samples);
}

async function bench(): Promise<void> {
  const root = await fs.mkdtemp(path.join(os.tmpdir(), 'ward-conduct-report-bench-'));
  try {
    const folder = path.join(root, 'data');
    const seeding = new Session(folder, { app: 'report bench', now: () => new Date() });
    await seeding.open();
    await seeding.store.updateMeta((m) => {
      m.ward = { name: 'Phường Hoàn Kiếm', address: '', chairman: 'Nguyễn Văn Chủ' };
    });
    console.error('Đang tạo dữ liệu mẫu cỡ L…');
    await seedDemo(seeding.store, { size: 'L' });
    await seeding.close();

    const out = path.join(root, 'out');
    await fs.mkdir(out);
    const cliReport = cliMs(folder, ['report', '--kind', 'tong-ket', '--year', String(year), '--out', path.join(out, 'bao-cao.pdf')]);
    const cliTodo = cliMs(folder, ['todo']);
    const cliInfo = cliMs(folder, ['info']);
    const cold = childFirstReport(folder, false);
    const warmed = childFirstReport(folder, true);

    const session = new Session(folder, { app: 'report bench', now: () => new Date() });
    await session.open();
    await exportReport(session, { kind: 'tong-ket', year, format: 'pdf' });
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
    await edit(1);
    const changedFiguresMs = await time(() => reportFigures(session, { kind: 'tong-ket', year }), 1);
    await edit(2);
    const changedPdfMs = await time(() => exportReport(session, { kind: 'tong-ket', year, format: 'pdf' }), 1);
    await edit(3);
    const changedTodoMs = await time(() => todoView(session), 1);
    await session.close();

    const cli = (label: string, value: number | null, target?: number) => `${label} ${value === null ? 'chưa dựng CLI (npm run build)' : `${ms(value)}${target ? ` — ${mark(value <= target)}` : ''}`}`;
    console.log(`Báo cáo tổng kết năm, cỡ L (tải ${os.loadavg()[0]?.toFixed(2)} lúc đo):`);
    console.log(`  dòng lệnh (tiến trình mới, trung vị của ${RUNS} lần): ${cli('report … --out x.pdf', cliReport, 3000)}; ${cli('todo', cliTodo)}; ${cli('info', cliInfo)}`);
    // From the sources under tsx, which compiles each TypeScript module as it loads: how the time splits
    // between opening and the report, not what a clerk waits for (that is the built CLI's line above).
    console.log(`  lần đầu trong tiến trình mới, chạy từ mã nguồn qua tsx (không phải bản dựng, chỉ để xem phần nào tốn thời gian): mở dữ liệu ${ms(cold.openMs)}, PDF ${ms(cold.firstMs)}`);
    console.log(`  sau khi ứng dụng làm nóng nền (${ms(warmed.warmupMs)}: ${warmed.warmupSteps.map((s) => `${s.step} ${ms(s.ms)}`).join(', ')}): PDF đầu tiên ${ms(warmed.firstMs)} — ${mark(warmed.firstMs <= 3000)}`);
    console.log(`  đã nóng (trung vị của ${RUNS}): số liệu ${ms(figuresMs)}; PDF ${ms(pdfMs)} — ${mark(pdfMs <= 3000)}; Word ${ms(docxMs)} — ${mark(docxMs <= 3000)}`);
    console.log(`  sau khi sửa một vi phạm (tính lại từ đầu): số liệu ${ms(changedFiguresMs)}; PDF ${ms(changedPdfMs)} — ${mark(changedPdfMs <= 3000)}; danh sách việc cần làm ${ms(changedTodoMs)} — ${mark(changedTodoMs <= 300)}`);
    console.log(`  Tổng quan — danh sách việc cần làm ${ms(todoMs)} — mục tiêu ≤ 300 ms: ${mark(todoMs <= 300)}; biểu đồ nhỏ dùng số liệu năm (${ms(figuresMs)}), vẽ sau danh sách`);
  } finally {
    await fs.rm(root, { recursive: true, force: true });
  }
}

const at = process.argv.indexOf('--first');
if (at >= 0) console.log(JSON.stringify(await firstReport(process.argv[at + 1] ?? '', process.argv.includes('--warmed'))));
else await bench();
