/**
 * Diagnosis (not a test, not the bench): where the time of "Tổng quan opened → to-do list painted" goes.
 * Seeds demo set L once into a folder kept between runs (WARD_TRACE_FOLDER, default a temp folder),
 * opens the app through the browser door, reloads it a few times under a Chromium trace and prints, per
 * opening, the page's own milestones (resource timings of the scripts and the API calls) and the main
 * thread's time by kind (script compile, module evaluation, style recalculation, layout, paint).
 *
 *   npx tsx tests/bench/dashboardTrace.ts [reloads]
 */
import { existsSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { seedDemo } from '../../electron/services/demoSeed';
import { Store } from '../../electron/store/dataStore';
import type { CDPSession, Page } from 'playwright-core';
import { startHarness } from '../e2e/harness';

const folder = process.env.WARD_TRACE_FOLDER ?? path.join(os.tmpdir(), 'wc-trace-L');
if (!existsSync(path.join(folder, '.seeded'))) {
  await mkdir(folder, { recursive: true });
  const store = await Store.open({ folder, app: 'trace', now: () => new Date() });
  await seedDemo(store, { size: 'L' });
  await store.close();
  await import('node:fs/promises').then((fs) => fs.writeFile(path.join(folder, '.seeded'), ''));
}

const MARK = `(() => {
  new MutationObserver((records, observer) => {
    if (!document.querySelector('[data-testid="todo-list"]')) return;
    observer.disconnect();
    window.__todoInDom = performance.now();
    requestAnimationFrame(() => { window.__painted = performance.now(); });
  }).observe(document, { childList: true, subtree: true });
})()`;

interface TraceEvent { name: string; cat: string; ph: string; ts: number; dur?: number; pid: number; tid: number; args?: Record<string, unknown> }

const h = await startHarness({ dataFolder: folder, isOpeningPage: false });
try {
  const { page } = h;
  page.setDefaultTimeout(60_000);
  await page.setViewportSize({ width: 1093, height: 574 });
  await page.addInitScript(MARK);
  await page.goto(h.openUrl);
  await page.waitForFunction(() => (window as unknown as { __painted?: number }).__painted !== undefined);
  await page.getByTestId('overview-charts').waitFor();
  const cdp = await page.context().newCDPSession(page);
  const reloads = Number(process.argv[2] ?? 3);
  if (process.argv[3] === 'profile') {
    await profile(cdp, page);
    process.exit(0);
  }
  for (let i = 0; i < reloads; i += 1) {
    const events: TraceEvent[] = [];
    const collect = (e: { value: unknown[] }) => events.push(...(e.value as TraceEvent[]));
    cdp.on('Tracing.dataCollected', collect);
    await cdp.send('Tracing.start', { categories: 'devtools.timeline,v8,disabled-by-default-devtools.timeline,blink.user_timing,loading', transferMode: 'ReportEvents' });
    await page.reload();
    await page.waitForFunction(() => (window as unknown as { __painted?: number }).__painted !== undefined);
    const timings = await page.evaluate(() => {
      const w = window as unknown as { __painted: number; __todoInDom: number };
      const resources = performance.getEntriesByType('resource') as PerformanceResourceTiming[];
      const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming;
      return {
        painted: w.__painted,
        todoInDom: w.__todoInDom,
        nav: { responseEnd: nav.responseEnd, domInteractive: nav.domInteractive, domContentLoaded: nav.domContentLoadedEventEnd },
        fcp: performance.getEntriesByName('first-contentful-paint')[0]?.startTime,
        resources: resources.filter((r) => r.startTime < w.__painted).map((r) => ({ name: r.name.replace(/^.*\//, '').replace(/#.*/, ''), start: r.startTime, reqStart: r.requestStart, end: r.responseEnd, kb: r.encodedBodySize / 1024 })),
      };
    });
    const done = new Promise<void>((resolve) => cdp.once('Tracing.tracingComplete', () => resolve()));
    await cdp.send('Tracing.end');
    await done;
    cdp.off('Tracing.dataCollected', collect);
    await page.getByTestId('overview-charts').waitFor();
    console.log(`\n— opening ${i + 1}: to-do in DOM ${timings.todoInDom.toFixed(0)} ms, painted ${timings.painted.toFixed(0)} ms, FCP ${timings.fcp?.toFixed(0)} ms, html ${timings.nav.responseEnd.toFixed(0)} ms, DOMContentLoaded ${timings.nav.domContentLoaded.toFixed(0)} ms`);
    for (const r of timings.resources.sort((a, b) => a.start - b.start)) console.log(`  ${r.start.toFixed(0).padStart(5)} → ${r.end.toFixed(0).padStart(5)} ms  ${r.kb.toFixed(0).padStart(5)} KB  ${r.name}`);
    summarise(events, timings.painted);
  }
} finally {
  await h.close();
}

interface ProfileNode { id: number; callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number }; children?: number[] }

/** A CPU profile of one opening up to the paint: self time by script file and by function. */
async function profile(cdp: CDPSession, page: Page): Promise<void> {
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
  await cdp.send('Profiler.start');
  await page.reload();
  await page.waitForFunction(() => (window as unknown as { __painted?: number }).__painted !== undefined);
  const painted = await page.evaluate(() => (window as unknown as { __painted: number }).__painted);
  const { profile: p } = (await cdp.send('Profiler.stop')) as unknown as { profile: { nodes: ProfileNode[]; samples: number[]; timeDeltas: number[]; startTime: number } };
  const byId = new Map(p.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of p.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const selfByFn = new Map<string, number>();
  const selfByFile = new Map<string, number>();
  const totalByFn = new Map<string, number>();
  p.samples.forEach((id, i) => {
    const ms = (p.timeDeltas[i + 1] ?? 0) / 1000;
    const n = byId.get(id)!;
    const file = n.callFrame.url.replace(/^.*\//, '') || `(${n.callFrame.functionName || 'native'})`;
    const fn = `${n.callFrame.functionName || '(anon)'} ${file}:${n.callFrame.lineNumber}:${n.callFrame.columnNumber}`;
    selfByFn.set(fn, (selfByFn.get(fn) ?? 0) + ms);
    selfByFile.set(file, (selfByFile.get(file) ?? 0) + ms);
    const seen = new Set<string>();
    for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) {
      const m = byId.get(at)!;
      const key = `${m.callFrame.functionName || '(anon)'} ${m.callFrame.url.replace(/^.*\//, '')}:${m.callFrame.lineNumber}:${m.callFrame.columnNumber}`;
      if (seen.has(key)) continue;
      seen.add(key);
      totalByFn.set(key, (totalByFn.get(key) ?? 0) + ms);
    }
  });
  const show = (title: string, m: Map<string, number>, n: number) => {
    console.log(title);
    for (const [k, v] of [...m.entries()].sort((a, b) => b[1] - a[1]).slice(0, n)) console.log(`  ${v.toFixed(1).padStart(7)} ms  ${k}`);
  };
  console.log(`painted at ${painted.toFixed(0)} ms (profile covers the reload to a little after)`);
  show('self time by file:', selfByFile, 20);
  show('self time by function:', selfByFn, 40);
  show('total time by function:', totalByFn, 60);
}

/** Main-thread time of the renderer by kind, from the navigation's start to the paint (top-level slices only for totals). */
function summarise(events: TraceEvent[], paintedMs: number): void {
  const navStart = events.find((e) => e.name === 'navigationStart' || e.name === 'NavigationBodyLoader::StartLoadingBody')?.ts
    ?? Math.min(...events.filter((e) => e.ph === 'X').map((e) => e.ts));
  const main = events.find((e) => e.name === 'thread_name' && e.args && (e.args as { name?: string }).name === 'CrRendererMain' && events.some((x) => x.pid === e.pid && x.name === 'ParseHTML'));
  if (!main) return console.log('  (no renderer main thread in the trace)');
  const until = navStart + paintedMs * 1000;
  const slices = events.filter((e) => e.pid === main.pid && e.tid === main.tid && e.ph === 'X' && e.ts >= navStart && e.ts <= until && e.dur !== undefined);
  const byName = new Map<string, number>();
  for (const e of slices) byName.set(e.name, (byName.get(e.name) ?? 0) + e.dur! / 1000);
  const top = [...byName.entries()].sort((a, b) => b[1] - a[1]).slice(0, 18);
  console.log('  main thread (all slices, nested counted in each):');
  for (const [name, ms] of top) console.log(`    ${ms.toFixed(1).padStart(7)} ms  ${name}`);
  // Top-level tasks' total: how busy the main thread was.
  const tasks = slices.filter((e) => e.name === 'RunTask' || e.name === 'ThreadControllerImpl::RunTask');
  console.log(`  busy in tasks: ${(tasks.reduce((s, e) => s + e.dur!, 0) / 1000).toFixed(0)} ms of ${paintedMs.toFixed(0)} ms`);
  const long = tasks.filter((e) => e.dur! > 15_000).map((e) => `${((e.ts - navStart) / 1000).toFixed(0)}+${(e.dur! / 1000).toFixed(0)}`);
  console.log(`  long tasks (start+ms): ${long.join(', ')}`);
  if (!process.env.WARD_TRACE_TASKS) return;
  // Each task over 3 ms with what it ran (its direct children's names, and a script's file).
  for (const t of tasks.filter((e) => e.dur! > 3000)) {
    const inner = slices.filter((e) => e !== t && e.ts >= t.ts && e.ts + e.dur! <= t.ts + t.dur! && e.dur! > 1000 && e.name !== 'RunTask');
    const what = inner.slice(0, 6).map((e) => {
      const data = (e.args?.data ?? e.args?.beginData ?? {}) as { url?: string; functionName?: string; type?: string };
      return `${e.name}${data.url ? `(${data.url.replace(/^.*\//, '')})` : ''}${data.type ? `(${data.type})` : ''} ${(e.dur! / 1000).toFixed(0)}`;
    });
    console.log(`    ${((t.ts - navStart) / 1000).toFixed(0).padStart(5)} +${(t.dur! / 1000).toFixed(0).padStart(4)}  ${what.join(' | ')}`);
  }
}
