/** Output types of the service API, shared by main, preload, CLI and renderer. */

export type StartupStatus = 'ready' | 'locked' | 'damaged' | 'unavailable';

export interface StartupState {
  status: StartupStatus;
  dataFolder: string;
  /** Vietnamese explanation for the startup screen (empty when ready). */
  message: string;
  /** Things the user must be told once: recovery from backup, migration. */
  notices: string[];
  isInitialised: boolean;
  lockOwner?: { app: string; host: string; since: string; pid: number } | null;
  corruptCopies?: string[];
  /** The folder is encrypted and was not opened for want of its passphrase (or a wrong one): the screen asks for it. */
  needsPassphrase?: boolean;
}

export interface ProfileView {
  ward: { name: string; address: string; chairman: string };
  settings: { operatorName: string; backupKeep: number };
  dataFolder: string;
  schemaVersion: number;
}

export interface BackupInfo {
  file: string;
  fileName: string;
  createdAt: string;
  reason: 'daily' | 'manual' | 'beforeMigration' | 'beforeRestore' | 'beforeRecovery' | 'beforeEncryption';
  wardName: string;
  schemaVersion: number;
  counts: Record<string, number>;
  sizeBytes: number;
  evidence: BackupEvidenceInfo;
}

/** The evidence files (chứng cứ) of a backup's data. */
export interface BackupEvidenceInfo {
  /** Files the data names; null for an older backup's list entry (known only after reading it whole). */
  referenced: number | null;
  /** Of those, carried inside the backup file. */
  included: number;
  /** Named, but neither in the backup nor in the data folder (preview only; null in lists). */
  missing: number | null;
}

export interface RestoreOutcome {
  restored: BackupInfo;
  safetyBackup: BackupInfo;
  /** Evidence files written back from the backup into the data folder. */
  evidenceWritten: number;
}

export interface StoreInfo {
  dataFolder: string;
  schemaVersion: number;
  wardName: string;
  counts: Record<string, number>;
  files: { name: string; records: number }[];
  lastAutoBackupDay: string | null;
  backups: number;
}

export interface CheckReport {
  isHealthy: boolean;
  files: { name: string; status: 'ok' | 'damaged'; reason?: string }[];
}
