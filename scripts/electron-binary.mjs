/**
 * Electron's binary: is it here, and can it be fetched? Shared by the postinstall step
 * (scripts/postinstall.mjs) and `npm start` (scripts/start.mjs). Pure decisions are exported for tests.
 */
import { existsSync, readFileSync } from 'node:fs';
import net from 'node:net';
import path from 'node:path';

export const DEFAULT_MIRROR = 'https://github.com/electron/electron/releases/download/';

/** Electron's package folder: node_modules/electron of the project. */
export function electronDir(root) {
  return path.join(root, 'node_modules', 'electron');
}

/** True when node_modules/electron/path.txt names a binary that exists (what electron-vite reads). */
export function isBinaryInstalled(dir) {
  const pathFile = path.join(dir, 'path.txt');
  if (!existsSync(pathFile)) return false;
  const relative = readFileSync(pathFile, 'utf8').trim();
  return relative.length > 0 && existsSync(path.join(dir, 'dist', relative));
}

/** The host the binary would come from: ELECTRON_MIRROR (or npm's electron_mirror) first, GitHub otherwise. */
export function mirrorHost(env) {
  const mirror = env.ELECTRON_MIRROR || env.npm_config_electron_mirror || DEFAULT_MIRROR;
  try {
    const url = new URL(mirror);
    return { host: url.hostname, port: Number(url.port) || (url.protocol === 'http:' ? 80 : 443) };
  } catch {
    return null;
  }
}

/** What the postinstall step does: 'skip' (asked to), 'present' (already there) or 'fetch'. */
export function installDecision(env, installed) {
  if (env.ELECTRON_SKIP_BINARY_DOWNLOAD && env.ELECTRON_SKIP_BINARY_DOWNLOAD !== '0' && env.ELECTRON_SKIP_BINARY_DOWNLOAD !== 'false') return 'skip';
  if (installed) return 'present';
  return 'fetch';
}

/** Resolves true when a TCP connection to the host opens within timeoutMs (a name that does not resolve fails at once). */
export function canReach(target, timeoutMs = 5000) {
  return new Promise((resolve) => {
    if (!target) return resolve(false);
    const socket = net.connect({ host: target.host, port: target.port });
    const done = (value) => {
      socket.destroy();
      resolve(value);
    };
    socket.setTimeout(timeoutMs, () => done(false));
    socket.once('connect', () => done(true));
    socket.once('error', () => done(false));
  });
}
