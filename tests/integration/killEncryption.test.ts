/**
 * kill -9 while the built CLI runs `encryption on` (and `encryption off`) on a demo ward with evidence
 * and backups: afterwards the folder opens (with the passphrase when db/encryption.json is there,
 * without it when not), every record and evidence file is there, and a folder left half-switched is
 * finished by that open. WC_ENCRYPTION_KILLS sets the kills per direction.
 */
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { Session } from '../../electron/services/session';
import { checkStore } from '../../electron/services/storeService';
import { seedDemo } from '../../electron/services/demoSeed';
import { storeEvidence } from '../../electron/services/evidenceService';
import { isEncrypted } from '../../electron/store/encryption/envelope';
import { META_FILE } from '../../shared/schema/records';
import { cliBin } from './cliHelpers';
import { tempFolder } from './helpers';

const KILLS = Number(process.env.WC_ENCRYPTION_KILLS ?? 6);
const PASSPHRASE = 'mật khẩu dữ liệu phường';
const sha = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

/** Record ids per data file, and the evidence files with their content hashes: what must never be lost. */
async function fingerprint(session: Session): Promise<string> {
  const store = session.store;
  const content: Record<string, string> = {};
  for (const name of store.fileNames()) {
    const value = JSON.parse((await store.disk.read(path.join(store.paths.db, name))).toString('utf8')) as { records?: { id: string }[]; ward?: { name: string } };
    content[name] = name === META_FILE ? String(value.ward?.name) : (value.records ?? []).map((r) => r.id).join(',');
  }
  const evidence = path.join(store.paths.root, 'evidence', '2026');
  for (const name of (await fs.readdir(evidence)).sort()) content[`evidence/${name}`] = sha((await store.readFolderFile(path.join('evidence', '2026', name)))!);
  content.backups = String((await fs.readdir(store.paths.backups)).filter((n) => n.endsWith('.wcbak')).length);
  return JSON.stringify(content);
}

async function openAsNeeded(folder: string): Promise<{ session: Session; isEncrypted: boolean }> {
  const isKeyed = (await fs.stat(path.join(folder, 'db', 'encryption.json')).catch(() => null)) !== null;
  const session = new Session(folder, { app: 'kill-encryption-check', now: () => new Date(), passphrase: async () => (isKeyed ? PASSPHRASE : null) });
  const state = await session.open();
  expect(state.status, state.message).toBe('ready');
  return { session, isEncrypted: isKeyed };
}

async function template(root: string): Promise<string> {
  const folder = path.join(root, 'template');
  const s = new Session(folder, { app: 'setup', now: () => new Date() });
  await s.open();
  await seedDemo(s.store, { size: 'M' });
  for (let i = 0; i < 5; i += 1) await storeEvidence(s.store, { fileName: `bien-ban-${i}.pdf`, dataBase64: Buffer.from(`%PDF-1.4 biên bản số ${i}`).toString('base64') }, '2026', 'setup', new Date());
  await s.store.backup('manual');
  await s.close();
  return folder;
}

/** When to kill: that long after the start, or that long after the key file says the switch began (`converting`). */
type KillAt = { afterStartMs: number } | { afterSwitchMs: number };

function run(folder: string, args: string[], killAt?: KillAt): Promise<{ ms: number; wasKilled: boolean }> {
  const started = Date.now();
  const child = spawn(process.execPath, [cliBin, '--data', folder, ...args], { stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, WARD_CONDUCT_PASSPHRASE: PASSPHRASE, WARD_CONDUCT_DATA: undefined } });
  let stderr = '';
  child.stderr.on('data', (c: Buffer) => (stderr += c.toString('utf8')));
  child.stdout.resume();
  let timer: NodeJS.Timeout | null = null;
  let poll: NodeJS.Timeout | null = null;
  if (killAt && 'afterStartMs' in killAt) timer = setTimeout(() => child.kill('SIGKILL'), killAt.afterStartMs);
  if (killAt && 'afterSwitchMs' in killAt) {
    const keyFile = path.join(folder, 'db', 'encryption.json');
    poll = setInterval(() => {
      fs.readFile(keyFile, 'utf8').then((text) => {
        if (!poll || !text.includes('"converting"')) return;
        clearInterval(poll);
        poll = null;
        timer = setTimeout(() => child.kill('SIGKILL'), killAt.afterSwitchMs);
      }, () => undefined);
    }, 2);
  }
  return new Promise((resolve, reject) => {
    child.on('exit', (code, signal) => {
      if (timer) clearTimeout(timer);
      if (poll) clearInterval(poll);
      if (code !== 0 && signal !== 'SIGKILL') reject(new Error(`encryption exited ${code}: ${stderr}`));
      resolve({ ms: Date.now() - started, wasKilled: signal === 'SIGKILL' });
    });
  });
}

async function killRounds(source: string, args: string[]): Promise<{ killed: number; plain: number; encrypted: number; finishedByOpen: number }> {
  const { session: s0 } = await openAsNeeded(source);
  const expected = await fingerprint(s0);
  await s0.close();
  const work = path.join(path.dirname(source), `work-${args.join('-')}`);
  await fs.cp(source, work, { recursive: true });
  const full = await run(work, args);
  const counts = { killed: 0, plain: 0, encrypted: 0, finishedByOpen: 0 };
  for (let i = 0; i < KILLS; i += 1) {
    await fs.rm(work, { recursive: true, force: true });
    await fs.cp(source, work, { recursive: true });
    // Half spread over the whole run (start-up, the backup first, the key file, the end); half while the files are rewritten one by one.
    const killAt: KillAt = i % 2 === 0 ? { afterStartMs: Math.floor(((i + Math.random()) / KILLS) * full.ms) } : { afterSwitchMs: Math.floor(Math.random() * 60) };
    const outcome = await run(work, args, killAt);
    if (outcome.wasKilled) counts.killed += 1;
    const wasCutShort = (await fs.readFile(path.join(work, 'db', 'encryption.json'), 'utf8').catch(() => '')).includes('"converting"');
    if (wasCutShort) counts.finishedByOpen += 1;
    const { session } = await openAsNeeded(work);
    const keyed = (await fs.stat(path.join(work, 'db', 'encryption.json')).catch(() => null)) !== null;
    try {
      // One more backup may be there (the one taken before the switch); the data is the same.
      const after = JSON.parse(await fingerprint(session)) as Record<string, string>;
      const before = JSON.parse(expected) as Record<string, string>;
      expect(Number(after.backups)).toBeGreaterThanOrEqual(Number(before.backups));
      expect({ ...after, backups: '' }, `kill ${i} after ${outcome.ms} ms`).toEqual({ ...before, backups: '' });
      expect((await checkStore(session)).isHealthy).toBe(true);
      // The open finished a switch cut short: every data file is wholly sealed, or wholly plain.
      const dbFiles = (await fs.readdir(session.store.paths.db)).filter((n) => n.endsWith('.json') && n !== 'encryption.json');
      for (const name of dbFiles) expect(isEncrypted(await fs.readFile(path.join(session.store.paths.db, name))), `${name} after kill ${i}`).toBe(keyed);
      if (keyed) counts.encrypted += 1;
      else counts.plain += 1;
    } finally {
      await session.close();
    }
  }
  return counts;
}

describe('kill -9 while turning encryption on or off', () => {
  it(`encryption on, then off: nothing lost after each of ${KILLS} kills per direction`, async () => {
    const root = await tempFolder('killenc');
    const plain = await template(root);
    const on = await killRounds(plain, ['encryption', 'on']);
    console.info(`[killEncryption] on: ${on.killed} kills landed, ${on.finishedByOpen} mid-switch (finished by the next open); afterwards ${on.plain} plain, ${on.encrypted} encrypted`);
    expect(on.finishedByOpen).toBeGreaterThan(0);
    // The same ward, encrypted, turned off.
    const encrypted = path.join(root, 'encrypted');
    await fs.cp(plain, encrypted, { recursive: true });
    await run(encrypted, ['encryption', 'on']);
    const off = await killRounds(encrypted, ['encryption', 'off']);
    console.info(`[killEncryption] off: ${off.killed} kills landed, ${off.finishedByOpen} mid-switch (finished by the next open); afterwards ${off.plain} plain, ${off.encrypted} encrypted`);
    expect(off.finishedByOpen).toBeGreaterThan(0);
  }, 600_000);
});
