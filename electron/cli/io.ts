/** What a command needs from the outside world: where to print, the environment, the clock. */
import type { AppError, ErrorCode, Result } from '../../shared/api/result';
import { ERROR_MESSAGES } from '../../shared/api/result';

export interface CliIo {
  out(text: string): void;
  err(text: string): void;
  env: NodeJS.ProcessEnv;
  now: () => Date;
  /** Asks for a secret (a PIN) without echoing it; absent when there is no terminal to ask in. */
  readSecret?: (prompt: string) => Promise<string | null>;
}

/** Exit codes of ward-conduct (documented in the help text). */
export const EXIT = {
  done: 0,
  /** Done, but some items were refused, a file is damaged, or the store was recovered from a backup. */
  partial: 1,
  /** Bad usage or unusable input; nothing was written. */
  usage: 2,
  /** The store cannot be used: locked, damaged beyond recovery, folder unusable. */
  unavailable: 3,
  /** An unexpected error (a bug); the data was not changed by this command. */
  internal: 4,
} as const;

export function exitCodeFor(code: ErrorCode): number {
  if (code === 'STORE_LOCKED' || code === 'STORE_DAMAGED' || code === 'STORE_UNAVAILABLE') return EXIT.unavailable;
  if (code === 'INTERNAL') return EXIT.internal;
  return EXIT.usage;
}

/** Thrown for argv the CLI cannot use; turned into exit code 2 before anything is opened. */
export class UsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UsageError';
  }
}

export interface CommandContext {
  io: CliIo;
  isJson: boolean;
  dataFolder: string;
  /** --user: who signs in before the command runs (PIN from WARD_CONDUCT_PIN or a prompt). */
  user?: string;
}

export function appError(code: ErrorCode, message?: string): AppError {
  return { code, message: message ?? ERROR_MESSAGES[code] };
}

/** Prints a Result (JSON document on stdout, or text) and returns the exit code it means. */
export function report<T>(ctx: CommandContext, result: Result<T>, printText: (data: T) => void, hint?: string): number {
  if (ctx.isJson) ctx.io.out(JSON.stringify(result, null, 2));
  if (result.ok) {
    if (!ctx.isJson) printText(result.data);
    return EXIT.done;
  }
  if (!ctx.isJson) ctx.io.err(`Lỗi: ${result.error.message}${hint ? `\n${hint}` : ''}`);
  return exitCodeFor(result.error.code);
}
