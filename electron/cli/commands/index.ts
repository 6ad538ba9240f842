/** Every ward-conduct command, in the order the help lists them. */
import { backupCommand, restoreCommand } from './backup';
import { checkCommand } from './check';
import { demoSeedCommand } from './demo';
import { infoCommand, initCommand } from './profile';
import { posterCommand } from './poster';
import { scorecardExportCommand, scorecardImportCommand } from './scorecard';
import { evaluateCommand, periodCloseCommand, titlesCommand } from './evaluation';
import type { CommandSpec } from './spec';
import { staffExportCommand, staffImportCommand, staffListCommand } from './staff';
import { meetingSheetCommand } from './meeting';
import { rulesImportCommand, rulesListCommand } from './rules';
import { violationAddCommand, violationListCommand } from './violation';

export const COMMANDS: CommandSpec[] = [initCommand, infoCommand, demoSeedCommand, backupCommand, restoreCommand, checkCommand, staffImportCommand, staffExportCommand, staffListCommand, posterCommand,
  rulesListCommand, rulesImportCommand, violationAddCommand, violationListCommand, meetingSheetCommand, scorecardExportCommand, scorecardImportCommand,
  evaluateCommand, titlesCommand, periodCloseCommand];

export function findCommand(name: string): CommandSpec | undefined {
  return COMMANDS.find((command) => command.name === name);
}
