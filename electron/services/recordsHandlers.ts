/** Handlers of the records methods: the person's scores, a closed period's snapshot, a chosen backup file. */
import type { Handlers } from '../../shared/api/contract';
import type { recordsMethods } from '../../shared/api/recordsContract';
import { chooseBackupFile, stageBackupUpload } from './backupChosenFile';
import { periodSnapshotFile } from './periodSnapshotFile';
import type { Session } from './session';
import { listStaffScores } from './staffScores';

type RecordsHandlerNames = keyof typeof recordsMethods;

export function createRecordsHandlers(session: Session): Pick<Handlers, RecordsHandlerNames> {
  return {
    listStaffScores: async (input) => listStaffScores(session, input),
    getPeriodSnapshot: async (input) => periodSnapshotFile(session, input),
    stageBackupUpload: async (input) => stageBackupUpload(session, input),
    chooseBackupFile: async (input) => chooseBackupFile(session, input),
  };
}
