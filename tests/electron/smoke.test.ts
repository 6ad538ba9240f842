/**
 * Smoke test of the PACKAGED app (release/win-unpacked/Ward Conduct.exe), run by the Windows workflow
 * (.github/workflows/windows-build.yml) through `npm run test:electron`. Not part of `npm test`: the
 * development machines cannot download Electron's binary. Uses Playwright's Electron driver.
 */
import { mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { _electron as electron } from 'playwright-core';
import { describe, expect, it } from 'vitest';

const EXE = process.env.WARD_ELECTRON_EXE ?? path.join('release', 'win-unpacked', 'Ward Conduct.exe');

describe('the packaged Ward Conduct app', () => {
  it('opens its Vietnamese window, answers over IPC, saves a poster and closes cleanly', async () => {
    const data = await mkdtemp(path.join(os.tmpdir(), 'ward-smoke-'));
    const app = await electron.launch({ executablePath: path.resolve(EXE), env: { ...process.env, WARD_CONDUCT_DATA: data } });
    try {
      const page = await app.firstWindow();
      await page.waitForLoadState('domcontentloaded');
      expect(await page.title()).toBe('Ward Conduct — Quy tắc ứng xử');
      // One IPC round trip through the preload's window.api.
      const profile = await page.evaluate(async () => {
        const api = (window as unknown as { api: Record<string, (input?: unknown) => Promise<{ ok: boolean; data?: unknown }>> }).api;
        await api.updateProfile!({ wardName: 'Phường Kiểm Thử', operatorName: 'Máy kiểm thử' });
        return api.getProfile!({});
      });
      expect(profile).toMatchObject({ ok: true, data: { ward: { name: 'Phường Kiểm Thử' } } });
      // A poster made by the main process's pdfmake with the packaged fonts and rule sets.
      const poster = await page.evaluate(async () => {
        const api = (window as unknown as { api: Record<string, (input?: unknown) => Promise<{ ok: boolean; data?: { dataBase64: string } }>> }).api;
        return api.makePoster!({ ruleSetId: 'nam-khong-2019', paper: 'A4', frame: 'classic', output: 'print' });
      });
      expect(poster.ok).toBe(true);
      const bytes = Buffer.from((poster as { data: { dataBase64: string } }).data.dataBase64, 'base64');
      expect(bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
      const saved = path.join(os.tmpdir(), 'ward-smoke-poster.pdf');
      await writeFile(saved, bytes);
      expect((await stat(saved)).size).toBeGreaterThan(10_000);
      const menuLabels = await app.evaluate(({ Menu }) => Menu.getApplicationMenu()?.items.map((item) => item.label) ?? []);
      expect(menuLabels).toEqual(['Tệp', 'Sửa', 'Xem', 'Cửa sổ', 'Trợ giúp']);
    } finally {
      await app.close();
    }
    // Closing released the store: the lock file is gone.
    await expect(readFile(path.join(data, '.ward-conduct.lock'))).rejects.toThrow();
    await rm(data, { recursive: true, force: true });
  }, 120_000);
});
