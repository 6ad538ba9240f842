#!/usr/bin/env node
/**
 * After `npm install`: fetches Electron's binary with Electron's own installer (Electron ≥ 42 no longer
 * does this in its postinstall, and electron-vite needs node_modules/electron/path.txt). Idempotent;
 * honours ELECTRON_MIRROR and ELECTRON_SKIP_BINARY_DOWNLOAD; gives up within seconds when the host cannot
 * be reached; never fails the install — `npm start` then serves the app to the browser instead.
 */
import { spawn } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { canReach, electronDir, installDecision, isBinaryInstalled, mirrorHost } from './electron-binary.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const dir = electronDir(root);
const say = (text) => process.stdout.write(`ward-conduct postinstall: ${text}\n`);
/** A whole download of about 100 MB; a host that answers but stalls is given up after this. */
const DOWNLOAD_LIMIT_MS = 10 * 60 * 1000;

async function main() {
  const decision = installDecision(process.env, isBinaryInstalled(dir));
  if (decision === 'skip') return say('ELECTRON_SKIP_BINARY_DOWNLOAD is set: Electron binary not fetched.');
  if (decision === 'present') return say('Electron binary already installed.');
  const host = mirrorHost(process.env);
  if (!(await canReach(host, 5000))) {
    return say(`cannot reach ${host?.host ?? 'the Electron mirror'}: Electron binary not fetched (npm start will serve the app to the browser instead; set ELECTRON_MIRROR to use a mirror).`);
  }
  say(`fetching the Electron binary from ${host.host}…`);
  const child = spawn(process.execPath, [path.join(dir, 'install.js')], { cwd: dir, stdio: 'inherit', env: process.env });
  const timer = setTimeout(() => child.kill(), DOWNLOAD_LIMIT_MS);
  const code = await new Promise((resolve) => {
    child.once('exit', (c) => resolve(c ?? 1));
    child.once('error', () => resolve(1));
  });
  clearTimeout(timer);
  say(code === 0 && isBinaryInstalled(dir) ? 'Electron binary installed.' : 'the Electron binary could not be fetched (npm start will serve the app to the browser instead).');
}

main().catch((error) => say(`skipped (${error instanceof Error ? error.message : String(error)}).`)).finally(() => {
  process.exitCode = 0;
});
