/** Serves the built renderer (out/renderer) read-only, with the app's Content-Security-Policy. */
import { promises as fs } from 'node:fs';
import type http from 'node:http';
import path from 'node:path';

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

/** The same policy as renderer/index.html's meta tag, sent as a header too (a header also covers workers). */
export const APP_CSP =
  "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; font-src 'self' data:; connect-src 'self'; worker-src 'self'; frame-src 'none'; object-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

export const SECURITY_HEADERS: Record<string, string> = {
  'content-security-policy': APP_CSP,
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
  'x-frame-options': 'DENY',
  'cache-control': 'no-store',
};

/** What the browser may keep: nothing, except the build's content-named files (see cacheControlFor). */
export const NO_STORE = 'no-store';
export const IMMUTABLE = 'public, max-age=31536000, immutable';

/**
 * The build names each script, style and asset under assets/ after its content (name-<hash>.ext): a file
 * of that name never changes, so the browser keeps it and V8 keeps its compiled code (the next opening
 * neither downloads nor compiles it again). index.html, which names the current files, is never kept:
 * a new build is seen at the next opening.
 */
export function cacheControlFor(relative: string): string {
  return /^assets\/[A-Za-z0-9_.-]+-[A-Za-z0-9_-]{8}\.[a-z0-9]+$/.test(relative) ? IMMUTABLE : NO_STORE;
}

export async function serveStatic(req: http.IncomingMessage, res: http.ServerResponse, root: string, pathname: string): Promise<void> {
  if (req.method !== 'GET' && req.method !== 'HEAD') {
    res.writeHead(405, SECURITY_HEADERS).end();
    return;
  }
  let relative: string;
  try {
    relative = pathname === '/' ? 'index.html' : decodeURIComponent(pathname).replace(/^\/+/, '');
  } catch {
    res.writeHead(400, SECURITY_HEADERS).end();
    return;
  }
  const file = path.resolve(root, relative);
  if (file !== root && !file.startsWith(root + path.sep)) {
    res.writeHead(403, SECURITY_HEADERS).end();
    return;
  }
  const body = await fs.readFile(file).catch(() => null);
  if (!body) {
    res.writeHead(404, { ...SECURITY_HEADERS, 'content-type': 'text/plain; charset=utf-8' }).end('Không tìm thấy.');
    return;
  }
  res.writeHead(200, { ...SECURITY_HEADERS, 'cache-control': cacheControlFor(relative), 'content-type': CONTENT_TYPES[path.extname(file).toLowerCase()] ?? 'application/octet-stream' });
  res.end(req.method === 'HEAD' ? undefined : body);
}
