/**
 * The one contract: method name → input schema and output type.
 * IPC channels, preload functions, CLI commands and the E2E harness all come from this map.
 */
import type { z } from 'zod';
import * as s from './schemas';
import type { BackupInfo, CheckReport, ProfileView, RestoreOutcome, StartupState, StoreInfo } from './types';
import type { Result } from './result';

import { method } from './method';
import { rosterMethods } from './rosterContract';
import { rulesMethods } from './rulesContract';
import { posterMethods } from './posterContract';
import { violationsMethods } from './violationsContract';
import { scoringMethods } from './scoringContract';
import { systemMethods } from './systemContract';
import { accessMethods } from './accessContract';
import { councilMethods } from './councilContract';
import { reportMethods } from './reportContract';
import { recordsMethods } from './recordsContract';
import { encryptionMethods } from './encryptionContract';

export const contract = {
  getStartup: method<StartupState>()(s.empty),
  retryOpen: method<StartupState>()(s.empty),
  chooseDataFolder: method<StartupState>()(s.dataFolderChoice),
  startFreshAfterDamage: method<StartupState>()(s.empty),
  dismissNotices: method<StartupState>()(s.empty),
  getProfile: method<ProfileView>()(s.empty),
  updateProfile: method<ProfileView>()(s.profileUpdate),
  getStoreInfo: method<StoreInfo>()(s.empty),
  checkStore: method<CheckReport>()(s.empty),
  listBackups: method<BackupInfo[]>()(s.empty),
  createBackup: method<BackupInfo>()(s.empty),
  exportBackup: method<BackupInfo | null>()(s.empty),
  previewBackup: method<BackupInfo>()(s.backupPreview),
  restoreBackup: method<RestoreOutcome>()(s.backupFile),
  ...rosterMethods,
  ...rulesMethods,
  ...posterMethods,
  ...violationsMethods,
  ...scoringMethods,
  ...systemMethods,
  ...accessMethods,
  ...councilMethods,
  ...reportMethods,
  ...recordsMethods,
  ...encryptionMethods,
} as const;

export type Contract = typeof contract;
export type MethodName = keyof Contract;
export type MethodInput<K extends MethodName> = z.input<Contract[K]['input']>;
export type ParsedInput<K extends MethodName> = z.output<Contract[K]['input']>;
export type MethodOutput<K extends MethodName> = Contract[K]['output'];

/** What the renderer sees as window.api. */
export type Api = { [K in MethodName]: (input?: MethodInput<K>) => Promise<Result<MethodOutput<K>>> };

/** What the service layer implements: parsed input in, data out (or a thrown ServiceError). */
export type Handlers = { [K in MethodName]: (input: ParsedInput<K>) => Promise<MethodOutput<K>> };

export const METHOD_NAMES = Object.keys(contract) as MethodName[];
