/**
 * Door 3 (tests only, never shipped): a loopback HTTP server that serves the built renderer and
 * answers POST /api/<method> with dispatch(createHandlers(session), …) — the same path as IPC.
 */
import { randomBytes } from 'node:crypto';
import { promises as fs } from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { fail, type Result } from '../../../shared/api/result';
import { dispatch, isMethodName } from '../../../electron/services/dispatch';
import { createHandlers } from '../../../electron/services/handlers';
import type { Session } from '../../../electron/services/session';

export const TOKEN_HEADER = 'x-harness-token';
const MAX_BODY_BYTES = 20 * 1024 * 1024;

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.map': 'application/json; charset=utf-8',
};

export interface HarnessServer {
  url: string;
  token: string;
  close(): Promise<void>;
}

function sendJson(res: http.ServerResponse, status: number, body: Result<unknown>): void {
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' });
  res.end(JSON.stringify(body));
}

async function readBody(req: http.IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > MAX_BODY_BYTES) throw new Error('body too large');
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks).toString('utf8');
}

async function serveApi(req: http.IncomingMessage, res: http.ServerResponse, name: string, token: string, session: Session): Promise<void> {
  if (req.method !== 'POST') return sendJson(res, 405, fail('FORBIDDEN'));
  if (req.headers[TOKEN_HEADER] !== token) return sendJson(res, 403, fail('FORBIDDEN'));
  if (!isMethodName(name)) return sendJson(res, 404, fail('NOT_FOUND', `Không có chức năng ${name}.`));
  let input: unknown;
  try {
    const text = await readBody(req);
    input = text.length > 0 ? JSON.parse(text) : {};
  } catch {
    return sendJson(res, 400, fail('INVALID_INPUT'));
  }
  sendJson(res, 200, await dispatch(createHandlers(session), name, input));
}

async function serveStatic(req: http.IncomingMessage, res: http.ServerResponse, root: string, pathname: string): Promise<void> {
  if (req.method !== 'GET' && req.method !== 'HEAD') {
    res.writeHead(405).end();
    return;
  }
  const relative = pathname === '/' ? 'index.html' : decodeURIComponent(pathname).replace(/^\/+/, '');
  const file = path.resolve(root, relative);
  if (file !== root && !file.startsWith(root + path.sep)) {
    res.writeHead(403).end();
    return;
  }
  const body = await fs.readFile(file).catch(() => null);
  if (!body) {
    res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('Not found');
    return;
  }
  res.writeHead(200, { 'content-type': CONTENT_TYPES[path.extname(file).toLowerCase()] ?? 'application/octet-stream', 'cache-control': 'no-store' });
  res.end(req.method === 'HEAD' ? undefined : body);
}

export async function startHarnessServer(options: { session: Session; root: string }): Promise<HarnessServer> {
  const token = randomBytes(24).toString('hex');
  const root = path.resolve(options.root);
  const server = http.createServer((req, res) => {
    const pathname = new URL(req.url ?? '/', 'http://127.0.0.1').pathname;
    const api = /^\/api\/([^/]+)$/.exec(pathname);
    const work = api?.[1] ? serveApi(req, res, api[1], token, options.session) : serveStatic(req, res, root, pathname);
    work.catch((error: unknown) => {
      console.error('harness server', error);
      if (!res.headersSent) sendJson(res, 500, fail('INTERNAL'));
      else res.end();
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/`,
    token,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
