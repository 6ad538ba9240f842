/**
 * kill -9 in the middle of a restore or a demo seed: afterwards the data is wholly as before or wholly
 * the new data, never a mix, and `check` says so. WC_BATCH_KILLS sets the kills per operation.
 */
import { spawn } from 'node:child_process';
import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { build } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Session } from '../../electron/services/session';
import { checkStore } from '../../electron/services/storeService';
import { seedDemo } from '../../electron/services/demoSeed';
import { META_FILE } from '../../shared/schema/records';
import { staffRecord, tempFolder, violationRecord } from './helpers';

const KILLS = Number(process.env.WC_BATCH_KILLS ?? 6);
let bundleDir = '';
let script = '';

beforeAll(async () => {
  bundleDir = await fs.mkdtemp(path.join(os.tmpdir(), 'wc-batch-'));
  script = path.join(bundleDir, 'batch.mjs');
  await build({ entryPoints: [path.join(__dirname, '../fixtures/batch/batch.ts')], bundle: true, platform: 'node', format: 'esm', target: 'node20', outfile: script, logLevel: 'silent' });
});

afterAll(async () => {
  if (bundleDir) await fs.rm(bundleDir, { recursive: true, force: true });
});

/** What the data says, file by file: the record ids of each file and the ward's name; and the batch each file names. */
async function fingerprint(folder: string): Promise<{ content: Record<string, string>; batches: Set<string> }> {
  const db = path.join(folder, 'db');
  const content: Record<string, string> = {};
  const batches = new Set<string>();
  for (const name of (await fs.readdir(db)).filter((n) => n.endsWith('.json')).sort()) {
    const value = JSON.parse(await fs.readFile(path.join(db, name), 'utf8')) as { batch?: string; records?: { id: string }[]; ward?: { name: string } };
    content[name] = name === META_FILE ? String(value.ward?.name) : (value.records ?? []).map((r) => r.id).join(',');
    batches.add(value.batch ?? '(none)');
  }
  return { content, batches };
}

async function session(folder: string): Promise<Session> {
  const s = new Session(folder, { app: 'kill-batch-check', now: () => new Date() });
  expect((await s.open()).status).toBe('ready');
  return s;
}

/**
 * Runs the operation; with killAfterMs, kills it that long after it opened the store (printed "start").
 * Returns how long it ran after opening (ms).
 */
function run(folder: string, args: string[], killAfterMs?: number): Promise<{ ms: number; wasKilled: boolean; stdout: string }> {
  let started = Date.now();
  const child = spawn(process.execPath, [script, folder, ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let timer: NodeJS.Timeout | null = null;
  let hasStarted = false;
  child.stdout.on('data', (c: Buffer) => {
    stdout += c.toString('utf8');
    if (!stdout.startsWith('start\n') || hasStarted) return;
    hasStarted = true;
    started = Date.now();
    if (killAfterMs !== undefined) timer = setTimeout(() => child.kill('SIGKILL'), killAfterMs);
  });
  let stderr = '';
  child.stderr.on('data', (c: Buffer) => (stderr += c.toString('utf8')));
  return new Promise((resolve, reject) => {
    child.on('exit', (code, signal) => {
      if (timer) clearTimeout(timer);
      if (code !== 0 && signal !== 'SIGKILL') reject(new Error(`batch exited ${code}: ${stderr}`));
      resolve({ ms: Date.now() - started, wasKilled: signal === 'SIGKILL', stdout });
    });
  });
}

async function killRounds(template: string, args: string[], isNew: (f: Awaited<ReturnType<typeof fingerprint>>) => boolean): Promise<{ old: number; new: number; killed: number }> {
  const old = await fingerprint(template);
  const work = path.join(path.dirname(template), 'work');
  await fs.cp(template, work, { recursive: true });
  const full = await run(work, args);
  expect(isNew(await fingerprint(work))).toBe(true);
  const counts = { old: 0, new: 0, killed: 0 };
  for (let i = 0; i < KILLS; i += 1) {
    await fs.rm(work, { recursive: true, force: true });
    await fs.cp(template, work, { recursive: true });
    // Kill anywhere from the moment it has the store open to a little past its usual end.
    const outcome = await run(work, args, Math.floor(Math.random() * full.ms * 1.1));
    if (outcome.wasKilled) counts.killed += 1;
    const s = await session(work);
    try {
      const after = await fingerprint(work);
      const isOld = JSON.stringify(after.content) === JSON.stringify(old.content);
      expect(isOld || isNew(after), `kill ${i} after ${outcome.ms} ms: ${JSON.stringify(after)}`).toBe(true);
      if (isOld) counts.old += 1;
      else counts.new += 1;
      expect((await checkStore(s)).isHealthy).toBe(true);
    } finally {
      await s.close();
    }
  }
  return counts;
}

async function wardBefore(root: string): Promise<string> {
  const folder = path.join(root, 'before');
  const s = new Session(folder, { app: 'setup', now: () => new Date() });
  await s.open();
  await s.store.updateMeta((m) => void (m.ward.name = 'Phường Hoàn Kiếm'));
  const at = new Date().toISOString();
  await s.store.mutateCollection('staff', null, (f) => void f.records.push(staffRecord('s1', 'Nguyễn Văn An', at), staffRecord('s2', 'Trần Thị Bích Ngọc', at)));
  await s.store.mutateCollection('violations', '2024', (f) => void f.records.push(violationRecord('v-old', 'x', at)));
  await s.close();
  return folder;
}

describe('kill -9 during a change of many files', () => {
  it(`restore: all old or all new after each of ${KILLS} kills`, async () => {
    const root = await tempFolder('killbatch');
    const template = await wardBefore(root);
    // The backup to restore: a seeded ward of size M (many files).
    const other = path.join(root, 'other');
    const s = new Session(other, { app: 'setup', now: () => new Date() });
    await s.open();
    await seedDemo(s.store, { size: 'M' });
    const backup = path.join(root, 'm.wcbak');
    await s.store.backup('manual', backup);
    const seeded = await fingerprint(other);
    await s.close();
    const counts = await killRounds(template, ['restore', backup], (f) => JSON.stringify(f.content) === JSON.stringify(seeded.content) && f.batches.size === 1);
    console.info(`[killBatch] restore: ${counts.killed} kills landed; afterwards ${counts.old} wholly old, ${counts.new} wholly new`);
  }, 600_000);

  it(`demo seed: all old or all new after each of ${KILLS} kills`, async () => {
    const root = await tempFolder('killbatch');
    const template = await wardBefore(root);
    const counts = await killRounds(template, ['seed', 'M'], (f) => f.batches.size === 1 && !f.batches.has('(none)') && f.content['violations-2024.json'] !== 'v-old' && (f.content['staff.json'] ?? '').split(',').length > 100);
    console.info(`[killBatch] demo seed: ${counts.killed} kills landed; afterwards ${counts.old} wholly old, ${counts.new} wholly new`);
  }, 600_000);

  it('check reports a folder whose files come from two different states as damaged', async () => {
    const root = await tempFolder('killbatch');
    const folder = await wardBefore(root);
    const keep = await fs.readFile(path.join(folder, 'db', 'staff.json'));
    const s = await session(folder);
    await seedDemo(s.store, { size: 'S', force: true });
    expect((await checkStore(s)).isHealthy).toBe(true);
    // A half-finished change, as an older version could leave it: the roster from before, the rest new.
    await fs.writeFile(path.join(folder, 'db', 'staff.json'), keep);
    const report = await checkStore(s);
    await s.close();
    expect(report.isHealthy).toBe(false);
    expect(report.files.find((f) => f.name === 'staff.json')).toMatchObject({ status: 'damaged', reason: expect.stringMatching(/lần ghi khác/) });
    expect(report.files.filter((f) => f.status === 'damaged')).toHaveLength(1);
  });
});
