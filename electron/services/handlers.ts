/** Every method of the contract, implemented by the services over one session. */
import type { Handlers } from '../../shared/api/contract';
import { ServiceError } from '../../shared/api/result';
import type { Session } from './session';
import { updateProfile, viewProfile } from './profileService';
import { exportBackupToChosenFile, createManualBackup, listStoreBackups, previewBackup, restoreBackup } from './backupService';
import { checkStore, storeInfo } from './storeService';
import { createRosterHandlers } from './rosterHandlers';
import { createRuleHandlers } from './ruleHandlers';
import { createPosterHandlers } from './posterHandlers';
import { createViolationHandlers } from './violationHandlers';
import { createScoringHandlers } from './scoringHandlers';
import { createSystemHandlers } from './systemHandlers';
import { createAccessHandlers } from './accessHandlers';
import { ACCESS_GUARD, accessGuard } from './access/guard';
import { createCouncilHandlers } from './councilHandlers';
import { createReportHandlers } from './reports/reportHandlers';
import { createRecordsHandlers } from './recordsHandlers';
import { removeIfUploaded } from './backupChosenFile';
import { unlockCarriedKey } from './backupChosenFile';
import { encryptionStatus, setAccountUnlock, setEncryption } from './encryptionService';

export function createHandlers(session: Session): Handlers {
  const handlers: Handlers = {
    getStartup: async () => session.startup,
    retryOpen: async () => session.open(),
    chooseDataFolder: async ({ folder }) => {
      const chosen = folder || (await session.deps.chooseFolder?.()) || null;
      if (!chosen) throw new ServiceError('INVALID_INPUT', 'Chưa chọn thư mục dữ liệu.');
      const state = await session.open(chosen);
      if (state.status === 'ready') await session.deps.rememberFolder?.(chosen);
      return state;
    },
    startFreshAfterDamage: async () => session.startFreshAfterDamage(),
    dismissNotices: async () => session.dismissNotices(),
    getProfile: async () => viewProfile(session),
    updateProfile: async (input) => updateProfile(session, input),
    getStoreInfo: async () => storeInfo(session),
    checkStore: async () => checkStore(session),
    listBackups: async () => listStoreBackups(session),
    createBackup: async () => createManualBackup(session),
    exportBackup: async () => exportBackupToChosenFile(session),
    previewBackup: async ({ file, passphrase }) => {
      await unlockCarriedKey(session, file, passphrase);
      return previewBackup(file, session.dataFolder, session.readDisk);
    },
    restoreBackup: async ({ file }) => restoreBackup(session, file).finally(() => removeIfUploaded(file)),
    ...createRosterHandlers(session),
    ...createRuleHandlers(session),
    ...createPosterHandlers(session),
    ...createViolationHandlers(session),
    ...createScoringHandlers(session),
    ...createSystemHandlers(session),
    ...createAccessHandlers(session),
    ...createCouncilHandlers(session),
    ...createReportHandlers(session),
    ...createRecordsHandlers(session),
    getEncryption: async () => encryptionStatus(session),
    setEncryption: async (input) => setEncryption(session, input),
    setAccountUnlock: async ({ isOn }) => setAccountUnlock(session, isOn),
    unlockDataFolder: async ({ passphrase }) => session.unlock(passphrase),
  };
  // dispatch checks who may call what through this guard, for every door.
  return Object.assign(handlers, { [ACCESS_GUARD]: accessGuard(session) });
}
