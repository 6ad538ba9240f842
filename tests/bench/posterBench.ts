/**
 * Poster bench: `npx tsx tests/bench/posterBench.ts`. An A0 print-shop poster of a full rule set
 * (fit + render + frame + boxes/crop marks) against bare pdfmake rendering the same text with no
 * frame, no fitting and no finishing. Targets: ≤ 2 s and ≤ 1.5 × bare.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { posterContent, type PosterContent } from '../../shared/domain/posterContent';
import { paperSize, mmToPt } from '../../shared/domain/posterSizes';
import { ruleSetVersionSchema, type RuleNode, type RuleSetVersion } from '../../shared/schema/ruleSet';
import { makePosterPdf } from '../../electron/documents/pdf/poster/posterOutputs';
import { renderPoster, bareDoc } from './posterBenchDocs';
import { median } from './measure';

const RUNS = 21;
const TARGETS = { ms: 2000, ratio: 1.5 };
const fontsDir = path.resolve('resources/fonts');

const load = (id: string): RuleSetVersion => ruleSetVersionSchema.parse(JSON.parse(readFileSync(path.resolve('resources/rules', `${id}.v1.json`), 'utf8')));

/** A complete 14-article code the size of QĐ 1665 once its official text is in (verified wording reused). */
function fullCode(): RuleSetVersion {
  const base = load('qd-1665-2017');
  const items = base.nodes[1]!.children[0]!.children.flatMap((list) => list.children).filter((n) => n.verified);
  const article = (n: number): RuleNode => ({
    kind: 'article', number: String(n), title: `Điều khoản thử ${n}`, text: '', verified: true, source: 'bench', children: items.slice(0, 7).map((item, i) => ({ ...item, kind: 'clause', number: String(i + 1), children: [] })),
  });
  return { ...base, nodes: [{ kind: 'chapter', number: 'I', title: 'QUY ĐỊNH', text: '', verified: true, source: 'bench', children: Array.from({ length: 14 }, (_, i) => article(i + 1)) }] };
}

interface Sample { wall: number; cpu: number }

async function sample(task: () => Promise<unknown>): Promise<Sample> {
  const cpu = process.cpuUsage();
  const start = performance.now();
  await task();
  const used = process.cpuUsage(cpu);
  return { wall: performance.now() - start, cpu: (used.user + used.system) / 1000 };
}

/** Poster and bare runs interleaved, so a busy machine slows both alike; CPU time as well as wall time. */
async function bench(label: string, content: PosterContent) {
  const style = { frame: 'classic', theme: 'red', font: 'serif', wardName: 'Phường Hoàn Kiếm', hasNationalHeader: true } as const;
  const output = { kind: 'print', size: paperSize('A0'), bleedMm: 3, hasCropMarks: true } as const;
  const first = await makePosterPdf(content, style, { fontsDir }, output); // warm fonts and caches
  const doc = bareDoc(content, first.fit, mmToPt(841), mmToPt(1189));
  await renderPoster(doc, fontsDir);
  const poster: Sample[] = [];
  const bare: Sample[] = [];
  for (let i = 0; i < RUNS; i += 1) {
    poster.push(await sample(() => makePosterPdf(content, style, { fontsDir }, output)));
    bare.push(await sample(() => renderPoster(doc, fontsDir)));
  }
  const m = (samples: Sample[], key: keyof Sample) => median(samples.map((x) => x[key]));
  return {
    label,
    posterMs: m(poster, 'wall'),
    bareMs: m(bare, 'wall'),
    posterCpu: m(poster, 'cpu'),
    bareCpu: m(bare, 'cpu'),
    bodySize: first.fit.spec.bodySize,
    chars: content.blocks.reduce((n, b) => n + b.text.length, 0),
  };
}

const rows = [];
for (const [label, set] of [['Năm không (complete)', load('nam-khong-2019')], ['QĐ 1665 (verified parts)', load('qd-1665-2017')], ['14-article code (synthetic, full)', fullCode()]] as const) {
  const result = posterContent(set, { kind: 'ruleSet' });
  if (!result.ok) throw new Error(result.message);
  rows.push(await bench(label, result.content));
}
console.log(`A0 poster, print-shop PDF (fit + pdfmake + frame + pdf-lib boxes and crop marks) vs bare pdfmake; medians of ${RUNS} interleaved runs`);
for (const r of rows) {
  const ratio = r.posterCpu / r.bareCpu;
  const verdict = r.posterMs <= TARGETS.ms && ratio <= TARGETS.ratio ? 'OK' : 'OVER TARGET';
  console.log(
    `${r.label.padEnd(34)} ${String(r.chars).padStart(5)} chars, body ${r.bodySize.toFixed(1)} pt | wall: poster ${r.posterMs.toFixed(0)} ms, bare ${r.bareMs.toFixed(0)} ms (×${(r.posterMs / r.bareMs).toFixed(2)}) | CPU: poster ${r.posterCpu.toFixed(0)} ms, bare ${r.bareCpu.toFixed(0)} ms (×${ratio.toFixed(2)}) ${verdict}`,
  );
}
