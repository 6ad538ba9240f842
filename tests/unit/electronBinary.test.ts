/** After npm install: Electron's binary fetched when it can be, skipped quickly when it cannot, never failing the install. */
import { execFile } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { canReach, installDecision, isBinaryInstalled, mirrorHost } from '../../scripts/electron-binary.mjs';

function runScript(script: string, env: Record<string, string | undefined>): Promise<{ code: number; stdout: string; ms: number }> {
  const started = Date.now();
  return new Promise((resolve) => {
    execFile(process.execPath, [script], { env: { ...process.env, ...env }, timeout: 60_000 }, (error, stdout) => {
      resolve({ code: error ? (typeof error.code === 'number' ? error.code : -1) : 0, stdout: String(stdout), ms: Date.now() - started });
    });
  });
}

describe("Electron's binary after npm install", () => {
  it('is skipped when ELECTRON_SKIP_BINARY_DOWNLOAD is set, kept when present, fetched otherwise', () => {
    expect(installDecision({ ELECTRON_SKIP_BINARY_DOWNLOAD: '1' }, false)).toBe('skip');
    expect(installDecision({ ELECTRON_SKIP_BINARY_DOWNLOAD: '0' }, false)).toBe('fetch');
    expect(installDecision({}, true)).toBe('present');
    expect(installDecision({}, false)).toBe('fetch');
  });

  it('comes from ELECTRON_MIRROR when set, GitHub otherwise', () => {
    expect(mirrorHost({})).toEqual({ host: 'github.com', port: 443 });
    expect(mirrorHost({ ELECTRON_MIRROR: 'https://npmmirror.com/mirrors/electron/' })).toEqual({ host: 'npmmirror.com', port: 443 });
    expect(mirrorHost({ ELECTRON_MIRROR: 'http://10.0.0.5:8080/electron/' })).toEqual({ host: '10.0.0.5', port: 8080 });
    expect(mirrorHost({ ELECTRON_MIRROR: 'not a url' })).toBeNull();
  });

  it('counts as installed only when path.txt names a binary that exists (what electron-vite reads)', () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'wc-electron-'));
    try {
      expect(isBinaryInstalled(dir)).toBe(false);
      writeFileSync(path.join(dir, 'path.txt'), 'electron');
      expect(isBinaryInstalled(dir)).toBe(false);
      mkdirSync(path.join(dir, 'dist'));
      writeFileSync(path.join(dir, 'dist', 'electron'), '');
      expect(isBinaryInstalled(dir)).toBe(true);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('gives up at once on a host that cannot be resolved', async () => {
    expect(await canReach({ host: 'electron-mirror.invalid', port: 443 }, 5000)).toBe(false);
    expect(await canReach(null)).toBe(false);
  });

  it('never fails npm install: an unreachable mirror and a skip both exit 0 with one line saying so', async () => {
    const script = path.resolve('scripts', 'postinstall.mjs');
    const unreachable = await runScript(script, { ELECTRON_MIRROR: 'https://electron-mirror.invalid/', ELECTRON_SKIP_BINARY_DOWNLOAD: undefined });
    expect(unreachable.code).toBe(0);
    // Either the binary is already here (a networked machine) or the mirror was given up on.
    expect(unreachable.stdout).toMatch(/cannot reach electron-mirror\.invalid|already installed/);
    const skipped = await runScript(script, { ELECTRON_SKIP_BINARY_DOWNLOAD: '1' });
    expect(skipped.code).toBe(0);
    expect(skipped.stdout).toContain('ELECTRON_SKIP_BINARY_DOWNLOAD');
  });
});
