/**
 * After the store opens, the app (Electron main, `ward-conduct serve`) makes the report path warm in the
 * background, so a clerk's first report costs what the next ones do: the chart and PDF libraries loaded,
 * the resvg WebAssembly compiled, last year's files read, this year's ratings computed (ratingsCache) and
 * the ward's annual report drawn once (its charts stay in chartRender's cache while the data is unchanged).
 *
 * It never holds up the first screen: it starts a few seconds after opening, and before each step it waits
 * until the doors have had no call for a while (a step is at most a few hundred milliseconds of work).
 * Every failure is ignored — the report then simply pays for itself, as without the warm-up.
 */
import type { Session } from '../session';
import { exportReport } from './reportExport';
import { reportFigures } from './reportService';

export interface WarmupOptions {
  /** When the doors last answered a call (performance.now() time); the warm-up waits while they are busy. */
  lastCallAt: () => number;
  /** Wait after opening before the first step (ms). */
  delayMs?: number;
  /** Quiet time the doors must have had before each step (ms). */
  quietMs?: number;
}

export interface WarmupRun {
  /** Resolves with each step's time (ms), once every step has run or the warm-up was stopped. */
  done: Promise<{ step: string; ms: number }[]>;
  stop(): void;
}

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms).unref?.());

/** Starts the warm-up when the store is open (else null: the startup screen is showing). */
export function warmReportPath(session: Session, options: WarmupOptions): WarmupRun | null {
  try {
    return startWarmup(session, session.store.now().getFullYear(), options);
  } catch {
    return null;
  }
}

function startWarmup(session: Session, year: number, options: WarmupOptions): WarmupRun {
  let isStopped = false;
  const quietMs = options.quietMs ?? 400;
  const untilQuiet = async () => {
    for (;;) {
      const quietFor = performance.now() - options.lastCallAt();
      if (isStopped || quietFor >= quietMs) return;
      await sleep(quietMs - quietFor);
    }
  };
  const steps: [string, () => Promise<unknown>][] = [
    ['thư viện biểu đồ và PDF', async () => {
      await (await import('../../documents/charts/chartRender')).prepareChartRendering();
      await import('pdfmake');
    }],
    ['số liệu năm (năm trước, xếp loại)', () => reportFigures(session, { kind: 'tong-ket', year })],
    ['báo cáo tổng kết năm (biểu đồ, PDF)', () => exportReport(session, { kind: 'tong-ket', year, format: 'pdf' })],
  ];
  const done = (async () => {
    const times: { step: string; ms: number }[] = [];
    await sleep(options.delayMs ?? 3000);
    for (const [step, run] of steps) {
      await untilQuiet();
      if (isStopped) break;
      const start = performance.now();
      try {
        await run();
      } catch {
        break;
      }
      times.push({ step, ms: performance.now() - start });
    }
    return times;
  })();
  return { done, stop: () => void (isStopped = true) };
}
