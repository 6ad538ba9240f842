import { afterEach, describe, expect, it } from 'vitest';
import { Session } from '../../electron/services/session';
import { startHarnessServer, TOKEN_HEADER, type HarnessServer } from './support/harnessServer';
import { RENDERER_OUT } from './support/projectRoot';
import { ensureRendererBuilt } from './support/rendererBuild';
import { makeDataFolder, removeDataFolder } from './support/dataFolders';

describe('the E2E harness door answers only its own page', () => {
  let server: HarnessServer | null = null;
  let session: Session | null = null;
  let folder = '';

  afterEach(async () => {
    await server?.close();
    await session?.close();
    server = null;
    session = null;
    if (folder) await removeDataFolder(folder);
  });

  async function start(): Promise<HarnessServer> {
    await ensureRendererBuilt();
    folder = await makeDataFolder('server');
    session = new Session(folder, { app: 'E2E harness', now: () => new Date() });
    await session.open();
    server = await startHarnessServer({ session, root: RENDERER_OUT });
    return server;
  }

  const post = (s: HarnessServer, name: string, body: unknown, token = s.token) =>
    fetch(`${s.url}api/${name}`, { method: 'POST', headers: { 'content-type': 'application/json', [TOKEN_HEADER]: token }, body: JSON.stringify(body) });

  it('refuses a call without the token, names an unknown method, and validates input like the app', async () => {
    const s = await start();
    expect(s.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);

    const forbidden = await post(s, 'getStartup', {}, 'wrong-token');
    expect(forbidden.status).toBe(403);
    expect(await forbidden.json()).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });

    const unknown = await post(s, 'dropEverything', {});
    expect(unknown.status).toBe(404);

    const invalid = await (await post(s, 'updateProfile', { wardName: '', operatorName: 'An' })).json();
    expect(invalid).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
    expect(invalid.error.message).toContain('Tên phường/xã: không được để trống');

    const saved = await (await post(s, 'updateProfile', { wardName: 'Phường Văn Miếu - Quốc Tử Giám', operatorName: 'An' })).json();
    expect(saved).toMatchObject({ ok: true, data: { ward: { name: 'Phường Văn Miếu - Quốc Tử Giám' } } });
  });

  it('serves the built renderer with the right content types and nothing outside it', async () => {
    const s = await start();
    const index = await fetch(s.url);
    expect(index.headers.get('content-type')).toBe('text/html; charset=utf-8');
    const html = await index.text();
    expect(html).toContain('Content-Security-Policy');
    const script = /src="\.\/(assets\/[^"]+\.js)"/.exec(html)?.[1];
    expect(script).toBeDefined();
    const js = await fetch(`${s.url}${script}`);
    expect(js.status).toBe(200);
    expect(js.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect((await fetch(`${s.url}..%2f..%2fpackage.json`)).status).toBe(403);
    expect((await fetch(`${s.url}missing.js`)).status).toBe(404);
  });
});
