/**
 * The browser door's checks, as pure functions: the server answers only requests addressed to its own
 * loopback address (Host: against DNS rebinding), from its own page (Origin), carrying the run's token.
 */
import { timingSafeEqual } from 'node:crypto';

export const TOKEN_HEADER = 'x-ward-token';

export type Refusal = { status: 401 | 403; message: string };

const LOOPBACK_NAMES = ['127.0.0.1', 'localhost'];

/** The Host header must name this server on loopback: a rebinding attacker's name (evil.example:port) is refused. */
export function checkHost(host: string | undefined, port: number): Refusal | null {
  const allowed = LOOPBACK_NAMES.map((name) => `${name}:${port}`);
  if (host && allowed.includes(host.toLowerCase())) return null;
  return { status: 403, message: 'Địa chỉ truy cập không hợp lệ: chỉ mở Ward Conduct bằng địa chỉ 127.0.0.1 mà lệnh đã in ra.' };
}

/** A browser always sends Origin on POST: it must be this server's own page. No Origin (a script on this PC) needs the token. */
export function checkOrigin(origin: string | undefined, port: number): Refusal | null {
  if (origin === undefined) return null;
  const allowed = LOOPBACK_NAMES.map((name) => `http://${name}:${port}`);
  if (allowed.includes(origin.toLowerCase())) return null;
  return { status: 403, message: 'Yêu cầu đến từ một trang khác, không phải Ward Conduct: đã từ chối.' };
}

/** The run's token, compared in constant time. */
export function checkToken(given: string | string[] | undefined, token: string): Refusal | null {
  const value = Array.isArray(given) ? given[0] : given;
  const a = Buffer.from(value ?? '', 'utf8');
  const b = Buffer.from(token, 'utf8');
  if (a.length === b.length && timingSafeEqual(a, b)) return null;
  return { status: 401, message: 'Phiên làm việc không hợp lệ: hãy mở Ward Conduct bằng đúng địa chỉ (có mã truy cập) mà lệnh ward-conduct serve đã in ra.' };
}
