/** Parses argv, picks the command, runs it and returns the exit code. No business rule lives here. */
import os from 'node:os';
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { defaultDataFolder, resolveDataFolder } from '../store/dataFolder';
import { findCommand } from './commands';
import { commandHelp, generalHelp } from './help';
import { EXIT, UsageError, appError, exitCodeFor, type CliIo, type CommandContext } from './io';
import { ServiceError } from '../../shared/api/result';
import { checkOutputPath } from '../store/outputPath';

const GLOBAL_OPTIONS = {
  data: { type: 'string' },
  json: { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
  user: { type: 'string' },
} satisfies NonNullable<ParseArgsConfig['options']>;

/** Turns node:util's English parse errors into Vietnamese usage messages. */
function usageMessage(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  const code = (error as { code?: string }).code;
  const option = /'([^']+)'/.exec(message)?.[1] ?? '';
  if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') return `Tùy chọn không hợp lệ: ${option.split(' ')[0]}`;
  if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') {
    return message.includes('argument missing') ? `Thiếu giá trị cho tùy chọn ${option.split(' ')[0]}` : `Giá trị không hợp lệ cho tùy chọn ${option.split(' ')[0]}`;
  }
  if (code === 'ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL') return `Đối số thừa: ${option}`;
  return message;
}

/** The words that are not options (or option values); the command name is the first one or two. */
function leadingWords(args: string[]): string[] {
  const { tokens } = parseArgs({ args, options: GLOBAL_OPTIONS, strict: false, allowPositionals: true, tokens: true });
  return tokens.flatMap((token) => (token.kind === 'positional' ? [token.value] : [])).slice(0, 2);
}

function fail(io: CliIo, isJson: boolean, message: string, showHelp: string): number {
  if (isJson) io.out(JSON.stringify({ ok: false, error: appError('INVALID_INPUT', message) }, null, 2));
  io.err(`Lỗi: ${message}\n\n${showHelp}`);
  return EXIT.usage;
}

export async function runCli(args: string[], io: CliIo): Promise<number> {
  const isJson = args.includes('--json');
  const words = leadingWords(args);
  const name = words[0];
  const command = findCommand(words.join(' ')) ?? (name ? findCommand(name) : undefined);
  if (!name || !command) {
    if (!name && (args.includes('--help') || args.includes('-h'))) {
      io.out(generalHelp());
      return EXIT.done;
    }
    return fail(io, isJson, name ? `Lệnh không tồn tại: ${name}` : 'Chưa nêu lệnh.', generalHelp());
  }
  let parsed: ReturnType<typeof parseArgs>;
  try {
    parsed = parseArgs({ args, options: { ...GLOBAL_OPTIONS, ...command.options }, strict: true, allowPositionals: true });
  } catch (error) {
    return fail(io, isJson, usageMessage(error), commandHelp(command));
  }
  const values = parsed.values as Record<string, unknown>;
  const positionals = parsed.positionals.slice(command.name.split(' ').length);
  if (values.help) {
    io.out(commandHelp(command));
    return EXIT.done;
  }
  if (positionals.length !== command.positionals) {
    const message = positionals.length > command.positionals ? `Đối số thừa: ${positionals.slice(command.positionals).join(' ')}` : 'Thiếu đối số.';
    return fail(io, isJson, message, commandHelp(command));
  }
  const explicit = typeof values.data === 'string' ? values.data : undefined;
  const ctx: CommandContext = { io, isJson, dataFolder: resolveDataFolder(explicit, io.env, defaultDataFolder(io.env, process.platform, os.homedir())) };
  if (typeof values.user === 'string') ctx.user = values.user;
  try {
    // Every `--out` is a file the person asked for: refused inside the data folder before the
    // store is opened, so a refusal never waits for (or takes) the data folder's lock.
    if (typeof values.out === 'string') await checkOutputPath(ctx.dataFolder, values.out);
    return await command.run(ctx, values, positionals);
  } catch (error) {
    if (error instanceof UsageError) return fail(io, isJson, error.message, commandHelp(command));
    // A refusal or a disk fault raised outside a Result (an output into the data folder, a full disk): its own exit code.
    if (error instanceof ServiceError) {
      if (isJson) io.out(JSON.stringify({ ok: false, error: appError(error.code, error.message) }, null, 2));
      io.err(`Lỗi: ${error.message}`);
      return exitCodeFor(error.code);
    }
    if (isJson) io.out(JSON.stringify({ ok: false, error: appError('INTERNAL') }, null, 2));
    io.err(`Lỗi: ${appError('INTERNAL').message}\n${String((error as Error)?.stack ?? error)}`);
    return EXIT.internal;
  }
}
