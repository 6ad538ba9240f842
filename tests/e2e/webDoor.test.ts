/**
 * The browser door (`ward-conduct serve`, and every E2E test) answers only its own page: a call without
 * the run's token, for another host name (DNS rebinding) or from another site's page is refused and
 * changes nothing; the page itself is served with the app's CSP.
 */
import { promises as fs } from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { Session } from '../../electron/services/session';
import { startWebServer, TOKEN_HEADER, type WebServer } from '../../electron/web/webServer';
import { RENDERER_OUT } from './support/projectRoot';
import { ensureRendererBuilt } from './support/rendererBuild';
import { makeDataFolder, prepareStore, removeDataFolder } from './support/dataFolders';

interface Reply {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: string;
}

function request(port: number, urlPath: string, options: { method?: string; headers?: Record<string, string>; body?: unknown } = {}): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const body = options.body === undefined ? undefined : JSON.stringify(options.body);
    const req = http.request(
      { host: '127.0.0.1', port, path: urlPath, method: options.method ?? 'GET', headers: { host: `127.0.0.1:${port}`, ...(body ? { 'content-type': 'application/json' } : {}), ...options.headers } },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks).toString('utf8') }));
      },
    );
    req.on('error', reject);
    req.end(body);
  });
}

describe('the browser door answers only its own page', () => {
  let server: WebServer | null = null;
  let session: Session | null = null;
  let folder = '';

  afterEach(async () => {
    await server?.close();
    await session?.close();
    server = null;
    session = null;
    if (folder) await removeDataFolder(folder);
  });

  async function start(): Promise<WebServer> {
    await ensureRendererBuilt();
    folder = await makeDataFolder('door');
    await prepareStore(folder, 'Phường Ngọc Hà');
    session = new Session(folder, { app: 'E2E door', now: () => new Date() });
    await session.open();
    server = await startWebServer({ session, rendererRoot: RENDERER_OUT });
    return server;
  }

  /** Every file of the data folder with its bytes: a refused call must leave all of them as they were. */
  async function snapshot(): Promise<Map<string, string>> {
    const files = new Map<string, string>();
    async function walk(dir: string): Promise<void> {
      for (const entry of await fs.readdir(dir, { withFileTypes: true })) {
        const full = path.join(dir, entry.name);
        if (entry.isDirectory()) await walk(full);
        else if (entry.name !== '.ward-conduct.lock') files.set(path.relative(folder, full), (await fs.readFile(full)).toString('base64'));
      }
    }
    await walk(folder);
    return files;
  }

  const rename = { wardName: 'Phường Bị Đổi Tên', operatorName: 'Kẻ lạ' };

  it('refuses a call with no token, a wrong token, another host name or another origin, and nothing changes', async () => {
    const s = await start();
    const before = await snapshot();
    const own = { origin: `http://127.0.0.1:${s.port}` };

    const noToken = await request(s.port, '/api/updateProfile', { method: 'POST', headers: own, body: rename });
    expect(noToken.status).toBe(401);
    expect(JSON.parse(noToken.body)).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect(JSON.parse(noToken.body).error.message).toContain('mã truy cập');

    const wrongToken = await request(s.port, '/api/updateProfile', { method: 'POST', headers: { ...own, [TOKEN_HEADER]: `${s.token}x` }, body: rename });
    expect(wrongToken.status).toBe(401);

    // DNS rebinding: evil.example resolves to 127.0.0.1, the browser sends its own Host name.
    const rebound = await request(s.port, '/api/updateProfile', { method: 'POST', headers: { host: `evil.example:${s.port}`, origin: `http://evil.example:${s.port}`, [TOKEN_HEADER]: s.token }, body: rename });
    expect(rebound.status).toBe(403);
    const reboundPage = await request(s.port, '/', { headers: { host: `evil.example:${s.port}` } });
    expect(reboundPage.status).toBe(403);

    const foreignOrigin = await request(s.port, '/api/updateProfile', { method: 'POST', headers: { origin: 'https://evil.example', [TOKEN_HEADER]: s.token }, body: rename });
    expect(foreignOrigin.status).toBe(403);
    expect(JSON.parse(foreignOrigin.body).error.message).toContain('trang khác');

    const getInstead = await request(s.port, '/api/getProfile', { headers: { [TOKEN_HEADER]: s.token } });
    expect(getInstead.status).toBe(405);

    expect(await snapshot()).toEqual(before);

    // The same call from the page itself, with the token, goes through the same validation as the app.
    const invalid = await request(s.port, '/api/updateProfile', { method: 'POST', headers: { ...own, [TOKEN_HEADER]: s.token }, body: { wardName: '', operatorName: 'An' } });
    expect(JSON.parse(invalid.body)).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
    const saved = await request(s.port, '/api/updateProfile', { method: 'POST', headers: { ...own, [TOKEN_HEADER]: s.token }, body: { wardName: 'Phường Văn Miếu - Quốc Tử Giám', operatorName: 'An' } });
    expect(JSON.parse(saved.body)).toMatchObject({ ok: true, data: { ward: { name: 'Phường Văn Miếu - Quốc Tử Giám' } } });
    const unknown = await request(s.port, '/api/dropEverything', { method: 'POST', headers: { ...own, [TOKEN_HEADER]: s.token }, body: {} });
    expect(unknown.status).toBe(404);
  });

  it('serves the built renderer with the app CSP and nothing outside it; the token is only in the fragment', async () => {
    const s = await start();
    expect(s.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
    expect(s.openUrl).toBe(`${s.url}#token=${s.token}`);
    expect(s.token.length).toBeGreaterThanOrEqual(32);
    const index = await request(s.port, '/');
    expect(index.status).toBe(200);
    expect(index.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(index.headers['content-security-policy']).toContain("script-src 'self'");
    expect(index.headers['content-security-policy']).toContain("frame-ancestors 'none'");
    expect(index.body).not.toContain(s.token);
    const script = /src="\.\/(assets\/[^"]+\.js)"/.exec(index.body)?.[1];
    expect(script).toBeDefined();
    const js = await request(s.port, `/${script}`);
    expect(js.status).toBe(200);
    expect(js.headers['content-type']).toBe('text/javascript; charset=utf-8');
    // The build's content-named files are kept by the browser (and V8's compiled code with them); the page
    // that names the current ones is never, so a new build is seen at the next opening.
    expect(js.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(index.headers['cache-control']).toBe('no-store');
    expect(js.headers['content-security-policy']).toContain("script-src 'self'");
    expect((await request(s.port, '/..%2f..%2fpackage.json')).status).toBe(403);
    expect((await request(s.port, '/missing.js')).status).toBe(404);
  });

  it('a second door on the same folder is refused while the first holds the store', async () => {
    await start();
    const second = new Session(folder, { app: 'second', now: () => new Date() });
    const state = await second.open();
    expect(state.status).toBe('locked');
    await second.close();
  });
});
