/** Opens the store for one command through a Session, reports why it cannot, and always closes it. */
import { Session, type SessionDeps } from '../services/session';
import { createHandlers } from '../services/handlers';
import { fail, ok, ServiceError, type ErrorCode, type Result } from '../../shared/api/result';
import type { Handlers } from '../../shared/api/contract';
import type { StartupState } from '../../shared/api/types';
import { EXIT, report, type CommandContext } from './io';
import { dispatch } from '../services/dispatch';

export const CLI_APP_NAME = 'ward-conduct CLI';

const STATUS_CODES: Record<Exclude<StartupState['status'], 'ready'>, ErrorCode> = {
  locked: 'STORE_LOCKED',
  damaged: 'STORE_DAMAGED',
  unavailable: 'STORE_UNAVAILABLE',
};

export const PASSPHRASE_VARIABLE = 'WARD_CONDUCT_PASSPHRASE';
const passphrases = new WeakMap<CommandContext, Promise<string | null>>();

/** The data passphrase of an encrypted folder: WARD_CONDUCT_PASSPHRASE or a prompt without echo, asked once per command. */
export function passphraseOf(ctx: CommandContext): Promise<string | null> {
  let asked = passphrases.get(ctx);
  if (!asked) {
    asked = secretFrom(ctx, PASSPHRASE_VARIABLE, 'Mật khẩu dữ liệu: ');
    passphrases.set(ctx, asked);
  }
  return asked;
}

export function newSession(ctx: CommandContext, deps: Partial<SessionDeps> = {}): Session {
  return new Session(ctx.dataFolder, { app: CLI_APP_NAME, now: ctx.io.now, passphrase: () => passphraseOf(ctx), ...deps });
}

/**
 * Runs work on an open store. Exit 3 when the store cannot be opened; exit 1 (at least) when
 * a file had to be recovered from a backup, with the notice on stderr.
 */
export async function withSession(ctx: CommandContext, work: (session: Session, handlers: Handlers) => Promise<number>, deps: Partial<SessionDeps> = {}): Promise<number> {
  const session = newSession(ctx, deps);
  try {
    const state = await session.open();
    if (state.status !== 'ready') {
      const result = fail(STATUS_CODES[state.status], state.message);
      if (ctx.isJson) ctx.io.out(JSON.stringify(result, null, 2));
      else ctx.io.err(`Lỗi: ${state.message}`);
      return EXIT.unavailable;
    }
    for (const notice of state.notices) ctx.io.err(`Lưu ý: ${notice}`);
    const handlers = createHandlers(session);
    if (ctx.user !== undefined) {
      const signedIn = await signInFromCli(ctx, handlers, ctx.user);
      if (signedIn !== EXIT.done) return signedIn;
    }
    const wasRecovered = session.store.notices.some((notice) => notice.kind === 'recovered');
    const code = await work(session, handlers);
    return code === EXIT.done && wasRecovered ? EXIT.partial : code;
  } finally {
    await session.close();
  }
}

/** A secret from the environment or, in a terminal, typed at a prompt; null when neither is there. */
export async function secretFrom(ctx: CommandContext, variable: string, prompt: string): Promise<string | null> {
  const fromEnv = ctx.io.env[variable];
  if (fromEnv) return fromEnv;
  return (await ctx.io.readSecret?.(prompt)) ?? null;
}

/** --user NAME: signs in through the same contract method as the app's sign-in screen. */
async function signInFromCli(ctx: CommandContext, handlers: Handlers, name: string): Promise<number> {
  const pin = await secretFrom(ctx, 'WARD_CONDUCT_PIN', `Mã PIN của ${name}: `);
  if (!pin) return report(ctx, fail('INVALID_INPUT', 'Thiếu mã PIN: đặt biến môi trường WARD_CONDUCT_PIN hoặc chạy lệnh trong cửa sổ dòng lệnh để nhập.'), () => undefined);
  const result = await dispatch(handlers, 'signIn', { name, pin }, (e) => ctx.io.err(String(e)));
  return result.ok ? EXIT.done : report(ctx, result, () => undefined);
}

/** Calls a service function directly (for what the contract does not carry) and returns a Result. */
export async function attempt<T>(ctx: CommandContext, task: () => Promise<T>): Promise<Result<T>> {
  try {
    return ok(await task());
  } catch (error) {
    if (error instanceof ServiceError) return fail(error.code, error.message);
    ctx.io.err(String((error as Error)?.stack ?? error));
    return fail('INTERNAL');
  }
}
