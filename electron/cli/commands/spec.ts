/** The shape of one ward-conduct command. */
import type { ParseArgsConfig } from 'node:util';
import type { CommandContext } from '../io';

export interface CommandSpec {
  name: string;
  usage: string;
  summary: string;
  options: NonNullable<ParseArgsConfig['options']>;
  /** How many positional arguments the command takes (exactly). */
  positionals: number;
  // Values come from node:util parseArgs with the options above.
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  run(ctx: CommandContext, values: any, positionals: string[]): Promise<number>;
}
