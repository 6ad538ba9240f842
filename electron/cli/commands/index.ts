/** Every ward-conduct command, in the order the help lists them. */
import { backupCommand, restoreCommand } from './backup';
import { checkCommand } from './check';
import { demoSeedCommand } from './demo';
import { infoCommand, initCommand } from './profile';
import { posterCommand } from './poster';
import type { CommandSpec } from './spec';
import { staffExportCommand, staffImportCommand, staffListCommand } from './staff';

export const COMMANDS: CommandSpec[] = [initCommand, infoCommand, demoSeedCommand, backupCommand, restoreCommand, checkCommand, staffImportCommand, staffExportCommand, staffListCommand, posterCommand];

export function findCommand(name: string): CommandSpec | undefined {
  return COMMANDS.find((command) => command.name === name);
}
