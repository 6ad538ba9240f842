/**
 * `npm start` on a machine without Electron's binary (this one): one line saying why in Vietnamese and
 * English, then the same app served to the browser — the page and a service call answer at the printed address.
 */
import { spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { ensureRendererBuilt } from '../e2e/support/rendererBuild';
import { repoRoot } from './cliHelpers';

let folder = '';
afterEach(async () => {
  if (folder) await rm(folder, { recursive: true, force: true });
});

describe('npm start without the Electron binary', () => {
  it('says why and serves the app to the browser at the address it prints', async () => {
    await ensureRendererBuilt();
    folder = await mkdtemp(path.join(os.tmpdir(), 'wc-start-'));
    const child = spawn(process.execPath, [path.join(repoRoot, 'scripts', 'start.mjs'), '--data', folder, '--no-open'], {
      cwd: repoRoot,
      env: { ...process.env, WARD_CONDUCT_NO_ELECTRON: '1', WARD_CONDUCT_SKIP_BUILD: '1', WARD_CONDUCT_DATA: undefined },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
    try {
      const address = await new Promise<string>((resolve, reject) => {
        const timer = setInterval(() => {
          const match = /(http:\/\/127\.0\.0\.1:\d+\/)#token=([\w-]+)/.exec(output);
          if (match) {
            clearInterval(timer);
            resolve(match[0]);
          }
        }, 100);
        child.once('exit', () => {
          clearInterval(timer);
          reject(new Error(`start ended early:\n${output}`));
        });
      });
      expect(output).toContain('Máy này không có chương trình Electron');
      expect(output).toContain("Electron's binary is not installed here");
      const [url, token] = address.split('#token=') as [string, string];
      const page = await fetch(url);
      expect(page.status).toBe(200);
      expect(await page.text()).toContain('Ward Conduct');
      const startup = await fetch(`${url}api/getStartup`, { method: 'POST', headers: { 'x-ward-token': token, 'content-type': 'application/json' }, body: '{}' });
      expect(await startup.json()).toMatchObject({ ok: true, data: { dataFolder: folder } });
    } finally {
      child.kill('SIGTERM');
      await new Promise((resolve) => child.once('exit', resolve));
    }
    expect(output).toContain('Đã dừng Ward Conduct.');
  });
});
