// Temporary probe (not committed): encrypted staff write distribution at L.
import { promises as fs } from 'node:fs';
import { Store } from '../../electron/store/dataStore';
import { seedDemo } from '../../electron/services/demoSeed';

const root = '/tmp/probeL';
const plain = `${root}/plain`;
const enc = `${root}/enc`;
const app = 'probe';
const now = () => new Date();
const PASS = 'mật khẩu đo thử 2026';
if (!(await fs.stat(plain).catch(() => null))) {
  await fs.mkdir(plain, { recursive: true });
  const s = await Store.open({ folder: plain, app, now });
  await seedDemo(s, { size: 'L' });
  await s.close();
}
await fs.rm(enc, { recursive: true, force: true });
await fs.cp(plain, enc, { recursive: true });
const sw = await Store.open({ folder: enc, app, now });
await sw.setEncryption(true, PASS);
await sw.close();
const mode = process.argv[2] ?? 'enc';
const store = await Store.open({ folder: mode === 'enc' ? enc : plain, app, now, passphrase: async () => PASS });
const staffId = store.collection('staff').records[0]?.id;
const samples: { t: number; cpu: number; busy: boolean }[] = [];
let busy = false;
void (async () => { const t0 = performance.now(); await store.idle(); busy = false; console.log('background idle after', (performance.now() - t0).toFixed(0)); })();
busy = true;
for (let i = 0; i < 200; i += 1) {
  const c0 = process.cpuUsage();
  const t0 = performance.now();
  await store.mutateCollection('staff', null, (file) => {
    const r = file.records.find((x) => x.id === staffId);
    if (r) r.notes = `Ghi chú thử ${i}`;
  });
  const c = process.cpuUsage(c0);
  samples.push({ t: performance.now() - t0, cpu: (c.user + c.system) / 1000, busy });
}
await store.close();
const sorted = [...samples].sort((a, b) => a.t - b.t);
console.log(mode, 'p50', sorted[100]!.t.toFixed(1), 'p95', sorted[190]!.t.toFixed(1), 'max', sorted[199]!.t.toFixed(1));
console.log('slowest', sorted.slice(-12).map((s) => `${s.t.toFixed(0)}ms cpu${s.cpu.toFixed(0)}${s.busy ? ' B' : ''}`).join(', '));
console.log('index of slow', samples.map((s, i) => (s.t > 50 ? i : -1)).filter((i) => i >= 0).join(','));
