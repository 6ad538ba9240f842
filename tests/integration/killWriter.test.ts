import { spawn, type ChildProcess } from 'node:child_process';
import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { build } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Store } from '../../electron/store/dataStore';
import { checkCollection, checkMeta } from '../../shared/schema/validate';
import { listNames, tempFolder } from './helpers';

const ITERATIONS = Number(process.env.WC_KILL_ITERATIONS ?? 200);

let bundleDir = '';
let writerScript = '';

beforeAll(async () => {
  bundleDir = await fs.mkdtemp(path.join(os.tmpdir(), 'wc-writer-'));
  writerScript = path.join(bundleDir, 'writer.mjs');
  await build({
    entryPoints: [path.join(__dirname, '../fixtures/writer/writer.ts')],
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    outfile: writerScript,
    logLevel: 'silent',
  });
});

afterAll(async () => {
  if (bundleDir) await fs.rm(bundleDir, { recursive: true, force: true });
});

interface RunningWriter {
  child: ChildProcess;
  acks: number[];
  lines: string[];
  stderr: string;
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  /** Resolves when the writer has printed a line matching the test. */
  waitFor(test: (line: string) => boolean): Promise<void>;
}

function startWriter(folder: string): RunningWriter {
  const child = spawn(process.execPath, [writerScript, folder], { stdio: ['ignore', 'pipe', 'pipe'] });
  const acks: number[] = [];
  const lines: string[] = [];
  const waiters: { test: (line: string) => boolean; resolve: () => void }[] = [];
  let buffered = '';
  const writer: RunningWriter = {
    child,
    acks,
    lines,
    stderr: '',
    exited: new Promise((resolve) => child.on('exit', (code, signal) => resolve({ code, signal }))),
    waitFor(test) {
      if (lines.some(test)) return Promise.resolve();
      return new Promise((resolve, reject) => {
        waiters.push({ test, resolve });
        void writer.exited.then(({ code }) => reject(new Error(`writer exited (${code}) before the expected line: ${writer.stderr}`)));
      });
    },
  };
  child.stderr!.on('data', (chunk: Buffer) => (writer.stderr += chunk.toString('utf8')));
  child.stdout!.on('data', (chunk: Buffer) => {
    buffered += chunk.toString('utf8');
    let newline = buffered.indexOf('\n');
    while (newline >= 0) {
      const line = buffered.slice(0, newline);
      buffered = buffered.slice(newline + 1);
      lines.push(line);
      if (line.startsWith('ack ')) acks.push(Number(line.slice(4)));
      for (const waiter of waiters.filter((w) => w.test(line))) waiter.resolve();
      newline = buffered.indexOf('\n');
    }
  });
  return writer;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('a writer killed with SIGKILL at random moments', () => {
  it(`never loses an acknowledged save and never leaves the store damaged (${ITERATIONS} kills)`, async () => {
    const folder = await tempFolder('kill');
    const started = Date.now();
    let lastAcked = 0;
    let landedUnacked = 0;
    const delays: number[] = [];
    for (let i = 0; i < ITERATIONS; i += 1) {
      const writer = startWriter(folder);
      await writer.waitFor((line) => line.startsWith('ack '));
      const delay = 5 + Math.floor(Math.random() * 56);
      delays.push(delay);
      await sleep(delay);
      writer.child.kill('SIGKILL');
      const exit = await writer.exited;
      expect(exit.signal, writer.stderr).toBe('SIGKILL');
      const acked = writer.acks.at(-1)!;
      expect(acked).toBeGreaterThan(lastAcked);
      lastAcked = acked;

      // The stale lock of the dead writer must be taken over; nothing may need recovering.
      const store = await Store.open({ folder, app: 'kill-test-check' });
      try {
        expect(store.notices, `iteration ${i}`).toEqual([]);
        const staff = store.collection('staff');
        expect(checkCollection(staff, 'staff').ok).toBe(true);
        expect(checkMeta(store.meta).ok).toBe(true);
        const stored = (staff.records.find((r) => r.id === 'counter') as unknown as { seq: number }).seq;
        // Every acknowledged save is there; at most the one save in flight landed without its ack.
        expect(stored, `iteration ${i}: acked ${acked}`).toBeGreaterThanOrEqual(acked);
        expect(stored, `iteration ${i}: acked ${acked}`).toBeLessThanOrEqual(acked + 1);
        if (stored > acked) landedUnacked += 1;
        lastAcked = stored;
        expect((staff.records.find((r) => r.id === `s${stored}`) as { seq?: number } | undefined)?.seq).toBe(stored);
        for (const name of await listNames(path.join(folder, 'db'))) {
          expect(name.includes('.corrupt-'), name).toBe(false);
          expect(name.endsWith('.tmp'), name).toBe(false);
        }
      } finally {
        await store.close();
      }
    }
    const elapsedMs = Date.now() - started;
    const backupTemps = (await listNames(path.join(folder, 'backups'))).filter((n) => n.endsWith('.tmp'));
    console.info(`[killWriter] ${ITERATIONS} kills in ${(elapsedMs / 1000).toFixed(1)} s; last seq ${lastAcked}; ${landedUnacked} saves landed before their ack was printed; delays ${Math.min(...delays)}–${Math.max(...delays)} ms; temp files left in backups/: ${backupTemps.length}`);
    expect(lastAcked).toBeGreaterThanOrEqual(ITERATIONS);
    // Backups cut short by a kill are temp files, cleared by the next open; finished ones all read back.
    expect(backupTemps).toEqual([]);
  }, 300_000);

  it('refuses a second writer while the first holds the folder, and lets it in after the first is killed', async () => {
    const folder = await tempFolder('kill');
    const first = startWriter(folder);
    await first.waitFor((line) => line.startsWith('ack '));

    const second = startWriter(folder);
    const refused = await second.exited;
    expect(refused.code, second.stderr).toBe(3);
    expect(second.lines).toEqual([`locked ${first.child.pid}`]);
    expect(second.acks).toEqual([]);

    first.child.kill('SIGKILL');
    await first.exited;
    const third = startWriter(folder);
    await third.waitFor((line) => line.startsWith('ack '));
    expect(third.lines[0]).toMatch(/^open \d+$/);
    expect(Number(third.lines[0]!.slice(5))).toBeGreaterThanOrEqual(first.acks.at(-1)!);
    third.child.kill('SIGKILL');
    await third.exited;
  });
});
