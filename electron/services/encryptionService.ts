/** Encryption at rest of the data folder (issue 16, item 4): status and the switch, over the open store. */
import type { EncryptionStatus, EncryptionSwitch } from '../../shared/api/encryptionContract';
import { readKeyFile } from '../store/encryption/folderEncryption';
import { toBackupInfo } from './backupService';
import type { Session } from './session';

export async function encryptionStatus(session: Session): Promise<EncryptionStatus> {
  const store = session.store;
  const keyFile = store.isEncrypted ? await readKeyFile(store.paths) : null;
  const accountUnlock = !store.canKeepKeyForAccount ? 'unavailable' : keyFile?.osKey ? 'on' : 'off';
  return { isEncrypted: store.isEncrypted, since: keyFile?.createdAt ?? null, accountUnlock };
}

/** Keeps the data key for this computer's user account (or stops); refused where the OS cannot, or for a plain folder. */
export async function setAccountUnlock(session: Session, isOn: boolean): Promise<EncryptionStatus> {
  await session.store.setAccountKey(isOn);
  return encryptionStatus(session);
}

/** Turns it on (a new passphrase, at least 8 characters) or off (the current passphrase); a backup is taken first. */
export async function setEncryption(session: Session, input: { isOn: boolean; passphrase: string }): Promise<EncryptionSwitch> {
  const passphrase = input.passphrase.normalize('NFC');
  const { rewritten, safetyBackup } = await session.store.setEncryption(input.isOn, passphrase);
  // A later reopen in this session (retry, restore) needs no prompt.
  session.rememberPassphrase(input.isOn ? passphrase : null);
  return { ...(await encryptionStatus(session)), rewrittenFiles: rewritten, safetyBackup: toBackupInfo(safetyBackup) };
}
