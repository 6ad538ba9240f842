/**
 * The browser door (`ward-conduct serve`, and the E2E tests): the built renderer and the service API on
 * 127.0.0.1 only. POST /api/<method> answers with dispatch(createHandlers(session), …) — the same path as
 * IPC and the CLI. Every API call needs the run's token (the page reads it from the URL fragment, which
 * never reaches a server or a log), the server's own Host and, from a browser, its own Origin.
 */
import { randomBytes } from 'node:crypto';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { fail, type Result } from '../../shared/api/result';
import { dispatch, isMethodName } from '../services/dispatch';
import { createHandlers } from '../services/handlers';
import type { Session } from '../services/session';
import type { CallClock } from '../services/callClock';
import { checkHost, checkOrigin, checkToken, TOKEN_HEADER, type Refusal } from './guards';
import { SECURITY_HEADERS, serveStatic } from './staticFiles';

export { TOKEN_HEADER } from './guards';

/** Larger than any file a screen sends (a roster or a docx is a few MB as base64). */
const MAX_BODY_BYTES = 40 * 1024 * 1024;

export interface WebServer {
  /** The page's address, without the token. */
  url: string;
  /** The address to open: the token rides in the fragment. */
  openUrl: string;
  port: number;
  token: string;
  close(): Promise<void>;
}

export interface WebServerOptions {
  session: Session;
  /** out/renderer: the built renderer. */
  rendererRoot: string;
  /** 0 (default) picks a free port. */
  port?: number;
  /** Fixed token (tests); a random one per run otherwise. */
  token?: string;
  /** Stamped at each request's start and end (the background warm-up waits while the page is busy). */
  callClock?: CallClock;
}

function sendJson(res: http.ServerResponse, status: number, body: Result<unknown>): void {
  res.writeHead(status, { ...SECURITY_HEADERS, 'content-type': 'application/json; charset=utf-8' });
  res.end(JSON.stringify(body));
}

function refuse(res: http.ServerResponse, refusal: Refusal): void {
  sendJson(res, refusal.status, fail('FORBIDDEN', refusal.message));
}

async function readBody(req: http.IncomingMessage): Promise<string | null> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > MAX_BODY_BYTES) return null;
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks).toString('utf8');
}

async function serveApi(req: http.IncomingMessage, res: http.ServerResponse, name: string, token: string, session: Session, port: number): Promise<void> {
  if (req.method !== 'POST') return sendJson(res, 405, fail('FORBIDDEN'));
  const refusal = checkOrigin(req.headers.origin, port) ?? checkToken(req.headers[TOKEN_HEADER], token);
  if (refusal) return refuse(res, refusal);
  if (!isMethodName(name)) return sendJson(res, 404, fail('NOT_FOUND', 'Không có chức năng này.'));
  const text = await readBody(req);
  if (text === null) return sendJson(res, 413, fail('INVALID_INPUT', 'Dữ liệu gửi lên quá lớn.'));
  let input: unknown;
  try {
    input = text.length > 0 ? JSON.parse(text) : {};
  } catch {
    return sendJson(res, 400, fail('INVALID_INPUT'));
  }
  sendJson(res, 200, await dispatch(createHandlers(session), name, input));
}

export async function startWebServer(options: WebServerOptions): Promise<WebServer> {
  const token = options.token ?? randomBytes(24).toString('base64url');
  const root = path.resolve(options.rendererRoot);
  let port = 0;
  const server = http.createServer((req, res) => {
    const hostRefusal = checkHost(req.headers.host, port);
    if (hostRefusal) return refuse(res, hostRefusal);
    const pathname = new URL(req.url ?? '/', 'http://127.0.0.1').pathname;
    const api = /^\/api\/([^/]+)$/.exec(pathname);
    options.callClock?.stamp();
    const work = api?.[1] ? serveApi(req, res, api[1], token, options.session, port) : serveStatic(req, res, root, pathname);
    if (options.callClock) void work.finally(() => options.callClock?.stamp()).catch(() => undefined);
    work.catch((error: unknown) => {
      // Never echo the request (the token is in a header); the error itself is for the terminal.
      console.error('ward-conduct serve:', error instanceof Error ? error.message : error);
      if (!res.headersSent) sendJson(res, 500, fail('INTERNAL'));
      else res.end();
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => resolve());
  });
  port = (server.address() as AddressInfo).port;
  const url = `http://127.0.0.1:${port}/`;
  return {
    url,
    openUrl: `${url}#token=${token}`,
    port,
    token,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
