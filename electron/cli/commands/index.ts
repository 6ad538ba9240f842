/** Every ward-conduct command, in the order the help lists them. */
import { backupCommand, restoreCommand } from './backup';
import { checkCommand } from './check';
import { demoSeedCommand } from './demo';
import { infoCommand, initCommand } from './profile';
import type { CommandSpec } from './spec';

export const COMMANDS: CommandSpec[] = [initCommand, infoCommand, demoSeedCommand, backupCommand, restoreCommand, checkCommand];

export function findCommand(name: string): CommandSpec | undefined {
  return COMMANDS.find((command) => command.name === name);
}
