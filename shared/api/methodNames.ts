/**
 * The method names alone, for the preload (which must stay small and free of zod).
 * A unit test checks this list equals the contract's keys.
 */
export const METHOD_NAME_LIST = [
  'getStartup',
  'retryOpen',
  'chooseDataFolder',
  'startFreshAfterDamage',
  'dismissNotices',
  'getProfile',
  'updateProfile',
  'getStoreInfo',
  'checkStore',
  'listBackups',
  'createBackup',
  'previewBackup',
  'restoreBackup',
  'listStaff',
  'getStaff',
  'createStaff',
  'updateStaff',
  'markCommitments',
  'listUnits',
  'createUnit',
  'updateUnit',
  'reorderUnits',
  'previewStaffImport',
  'applyStaffImport',
  'exportStaff',
  'printCommitmentForms',
] as const;
