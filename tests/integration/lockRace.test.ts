/**
 * Many programs opening one data folder at once, each time over a stale lock (a crashed program's,
 * or one naming a live process that is not Ward Conduct): exactly one may write at a time, and every
 * save a program was told succeeded must be in the data afterwards. WC_LOCK_ROUNDS runs longer.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { build } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Store } from '../../electron/store/dataStore';
import { LOCK_FILE } from '../../electron/store/lock';
import { processStartTime } from '../../electron/store/processIdentity';
import { tempFolder } from './helpers';

const ROUNDS = Number(process.env.WC_LOCK_ROUNDS ?? 200);
const OPENERS = 4;
/** Which stale locks to plant in turn: 0 a crashed program's, 1 a live unrelated process with another start time, 2 an old lock older than its PID's process. */
const VARIANTS = (process.env.WC_LOCK_VARIANTS ?? '0,1,2').split(',').map(Number);

let bundleDir = '';
let script = '';

beforeAll(async () => {
  bundleDir = await fs.mkdtemp(path.join(os.tmpdir(), 'wc-opener-'));
  script = path.join(bundleDir, 'opener.mjs');
  await build({
    entryPoints: [path.join(__dirname, '../fixtures/opener/opener.ts')],
    bundle: true, platform: 'node', format: 'esm', target: 'node20', outfile: script, logLevel: 'silent',
  });
});

afterAll(async () => {
  if (bundleDir) await fs.rm(bundleDir, { recursive: true, force: true });
});

interface Opener {
  child: ChildProcess;
  acks: string[];
  next(prefix: string): Promise<string>;
}

function startOpener(folder: string, name: string): Opener {
  const child = spawn(process.execPath, [script, folder, name], { stdio: ['pipe', 'pipe', 'pipe'] });
  const acks: string[] = [];
  const lines: string[] = [];
  const waiters: { prefix: string; resolve: (line: string) => void }[] = [];
  let buffered = '';
  let stderr = '';
  const exited = new Promise<never>((_, reject) => child.once('exit', (code) => reject(new Error(`opener exited (${code}): ${stderr}`))));
  exited.catch(() => undefined);
  child.stderr!.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
  child.stdout!.on('data', (chunk: Buffer) => {
    buffered += chunk.toString('utf8');
    for (let i = buffered.indexOf('\n'); i >= 0; i = buffered.indexOf('\n')) {
      const line = buffered.slice(0, i);
      buffered = buffered.slice(i + 1);
      if (line.startsWith('ack ')) acks.push(line.slice(4));
      const waiter = waiters.find((w) => line.startsWith(w.prefix));
      if (waiter) {
        waiters.splice(waiters.indexOf(waiter), 1);
        waiter.resolve(line);
      } else lines.push(line);
    }
  });
  return {
    child,
    acks,
    next(prefix) {
      const found = lines.find((l) => l.startsWith(prefix));
      if (found) {
        lines.splice(lines.indexOf(found), 1);
        return Promise.resolve(found);
      }
      return Promise.race([new Promise<string>((resolve) => waiters.push({ prefix, resolve })), exited]);
    },
  };
}

/** The pid of a process that has already exited (and been reaped). */
async function deadPid(): Promise<number> {
  const child = spawn(process.execPath, ['-e', '0']);
  await new Promise((resolve) => child.on('exit', resolve));
  return child.pid!;
}

describe('many programs opening the folder over a stale lock', () => {
  it(`lose no acknowledged save (${OPENERS} openers × ${ROUNDS} rounds)`, async () => {
    const folder = await tempFolder('lockrace');
    // A live process that is not Ward Conduct, whose PID an old lock could name.
    const bystander = spawn(process.execPath, ['-e', 'setTimeout(() => {}, 600000)'], { stdio: 'ignore' });
    const openers = Array.from({ length: OPENERS }, (_, i) => startOpener(folder, `p${i}`));
    const outcomes: Record<string, number> = {};
    const lockFile = path.join(folder, LOCK_FILE);
    let checkedPresent = 0;
    try {
      for (let r = 0; r < ROUNDS; r += 1) {
        const variant = VARIANTS[r % VARIANTS.length];
        const base = { host: os.hostname(), app: 'Ward Conduct', since: '2026-03-02T01:00:00.000Z' };
        if (variant === 0) await fs.writeFile(lockFile, JSON.stringify({ ...base, pid: await deadPid(), token: `dead${r}` }));
        if (variant === 1) await fs.writeFile(lockFile, JSON.stringify({ ...base, pid: bystander.pid, token: `reused${r}`, started: '1' }));
        if (variant === 2) {
          // An older lock without a start time, written an hour before the process now holding its PID started.
          await fs.writeFile(lockFile, JSON.stringify({ ...base, pid: bystander.pid }));
          const hourAgo = new Date(Date.now() - 3600_000);
          await fs.utimes(lockFile, hourAgo, hourAgo);
        }
        const done = openers.map((o) => o.next(`done ${r} `));
        for (const o of openers) o.child.stdin!.write(`go ${r}\n`);
        for (const line of await Promise.all(done)) {
          const outcome = line.split(' ')[2]!;
          expect(outcome, line).not.toBe('error');
          outcomes[outcome] = (outcomes[outcome] ?? 0) + 1;
        }
        // Every round: the saves each opener was told about are all there.
        const store = await Store.open({ folder, app: 'lock race check' });
        try {
          const present = new Set(store.collection('staff').records.map((rec) => rec.id));
          const acked = openers.flatMap((o) => o.acks);
          const lost = acked.filter((id) => !present.has(id));
          expect(lost, `round ${r}`).toEqual([]);
          checkedPresent = present.size;
        } finally {
          await store.close();
        }
      }
    } finally {
      for (const o of openers) o.child.stdin!.end('quit\n');
      bystander.kill();
    }
    const acked = openers.reduce((n, o) => n + o.acks.length, 0);
    console.info(`[lockRace] ${ROUNDS} rounds × ${OPENERS} openers over stale locks: ${acked} saves acknowledged, ${checkedPresent} present, outcomes ${JSON.stringify(outcomes)}`);
    expect(acked).toBe(checkedPresent);
    // Every round someone got in: the stale lock never kept the folder shut.
    expect(outcomes.opened ?? 0).toBeGreaterThanOrEqual(ROUNDS);
    expect(processStartTime(process.pid)).not.toBeNull();
  }, 600_000);
});
