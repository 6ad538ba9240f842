/** Every ward-conduct command, in the order the help lists them. */
import { backupCommand, restoreCommand } from './backup';
import { checkCommand } from './check';
import { demoSeedCommand } from './demo';
import { infoCommand, initCommand } from './profile';
import { posterCommand } from './poster';
import { serveCommand } from './serve';
import { commitmentFormsCommand, violationExportCommand } from './outputs';
import { scorecardExportCommand, scorecardImportCommand } from './scorecard';
import { evaluateCommand, periodCloseCommand, titlesCommand } from './evaluation';
import type { CommandSpec } from './spec';
import { councilSetCommand } from './councilSet';
import { councilBallotsCommand, councilCertificatesCommand, councilCloseCommand, councilCreateCommand, councilListCommand, councilMinutesCommand, councilTallyCommand, titlesGrantCommand } from './council';
import { staffExportCommand, staffIdNumberCommand, staffListCommand } from './staff';
import { staffImportCommand, staffTemplateCommand } from './staffImport';
import { meetingSheetCommand } from './meeting';
import { rulesImportCommand, rulesListCommand } from './rules';
import { violationAddCommand, violationListCommand } from './violation';
import { commendationPrintCommand, violationPrintCommand } from './recordPrint';
import { violationConcludeCommand } from './violationConclude';
import { accessLogExportCommand, personExportCommand, userAddCommand, userListCommand, userResetPinCommand } from './users';
import { reportCommand, todoCommand } from './report';
import { retentionRunCommand } from './retention';
import { encryptionOffCommand, encryptionOnCommand, encryptionStatusCommand } from './encryption';

export const COMMANDS: CommandSpec[] = [
  initCommand,
  infoCommand,
  demoSeedCommand,
  backupCommand,
  restoreCommand,
  checkCommand,
  staffImportCommand,
  staffTemplateCommand,
  staffExportCommand,
  staffListCommand,
  staffIdNumberCommand,
  commitmentFormsCommand,
  posterCommand,
  rulesListCommand,
  rulesImportCommand,
  violationAddCommand,
  violationListCommand,
  violationConcludeCommand,
  violationExportCommand,
  violationPrintCommand,
  commendationPrintCommand,
  meetingSheetCommand,
  scorecardExportCommand,
  scorecardImportCommand,
  evaluateCommand,
  titlesCommand,
  periodCloseCommand,
  councilCreateCommand,
  councilListCommand,
  councilBallotsCommand,
  councilTallyCommand,
  councilCloseCommand,
  councilSetCommand,
  councilMinutesCommand,
  councilCertificatesCommand,
  titlesGrantCommand,
  reportCommand,
  todoCommand,
  serveCommand,
  userAddCommand,
  userListCommand,
  userResetPinCommand,
  accessLogExportCommand,
  personExportCommand,
  retentionRunCommand,
  encryptionOnCommand,
  encryptionOffCommand,
  encryptionStatusCommand,
];

export function findCommand(name: string): CommandSpec | undefined {
  return COMMANDS.find((command) => command.name === name);
}
