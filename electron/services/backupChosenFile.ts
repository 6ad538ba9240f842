/**
 * Restoring from a backup file the person chooses (a USB stick, an e-mailed copy): in the browser the
 * page uploads the file and it is kept in a private temporary folder; in the app the open dialog gives
 * its path. Either way the whole file is read and checked before the preview is shown, so a wrong or
 * damaged file is refused here, with a Vietnamese reason, and nothing in the data folder changes.
 * The restore itself is restoreBackup on the returned file, as for a backup from the list.
 */
import path from 'node:path';
import { ServiceError } from '../../shared/api/result';
import type { BackupInfo } from '../../shared/api/types';
import { BACKUP_EXT, BackupInvalidError, readBackup } from '../store/backups';
import { removeStagedUpload, stageUpload, uploadFolder } from '../store/uploadStaging';
import { previewBackup } from './backupService';
import { BACKUP_PASSPHRASE_NEEDED, hasCarriedKey, unwrapCarriedKey } from '../store/encryption/carriedKey';
import { DAMAGED_CIPHERTEXT } from '../store/encryption/envelope';
import type { Session } from './session';

const WRONG_KIND = 'Tệp đã chọn không phải bản sao lưu của Ward Conduct (tệp .wcbak). Không có gì bị thay đổi.';

/** Where uploaded backups wait for the restore: outside the data folder, private to this user. */
export { uploadFolder };

/**
 * A backup from an encrypted folder carries its key under that folder's passphrase (carriedKey.ts). The
 * open folder's key reads it when it is the same folder; else the passphrase typed for it unlocks it for
 * this session (memory only). Without one, the refusal asks for it; a wrong one changes nothing.
 */
async function readChosen(session: Session, file: string, passphrase: string | undefined): Promise<void> {
  try {
    await readBackup(file, {}, session.readDisk, 'either');
    return;
  } catch (error) {
    if (!(error instanceof ServiceError && error.message === BACKUP_PASSPHRASE_NEEDED) || passphrase === undefined) throw error;
  }
  const key = await unwrapCarriedKey(await session.readDisk.read(file, 'raw'), passphrase.normalize('NFC'));
  session.store.addBackupKey(key);
  try {
    await readBackup(file, {}, session.readDisk, 'either');
  } catch (error) {
    // The passphrase was right, so the key is too: what is left is a changed or cut-short file.
    if (error instanceof ServiceError && error.message === BACKUP_PASSPHRASE_NEEDED) throw new BackupInvalidError(DAMAGED_CIPHERTEXT.replace(/\.$/, ''));
    throw error;
  }
}

async function checkedPreview(session: Session, file: string, shownName: string, passphrase?: string): Promise<BackupInfo> {
  try {
    // Every part is read and its hash checked now, not only the first line: the preview promises a restore that works.
    await readChosen(session, file, passphrase);
  } catch (error) {
    if (!(error instanceof BackupInvalidError)) throw error;
    const reason = error.message === 'Tệp sao lưu thiếu dữ liệu'
      ? 'đây là bản sao lưu tự động, phần dữ liệu của nó nằm trong thư mục sao lưu của máy đã tạo ra nó. Hãy dùng bản “Sao lưu ra tệp (kèm chứng cứ)”'
      : error.message.charAt(0).toLowerCase() + error.message.slice(1);
    throw new ServiceError('BACKUP_INVALID', `Không khôi phục được từ tệp ${shownName}: ${reason}. Không có gì bị thay đổi.`);
  }
  const info = await previewBackup(file, session.dataFolder, session.readDisk);
  return { ...info, fileName: shownName };
}

export async function stageBackupUpload(session: Session, upload: { fileName: string; dataBase64: string; passphrase?: string }): Promise<BackupInfo> {
  const shownName = path.basename(upload.fileName.normalize('NFC'));
  if (!shownName.toLowerCase().endsWith(BACKUP_EXT)) throw new ServiceError('BACKUP_INVALID', WRONG_KIND);
  const bytes = Buffer.from(upload.dataBase64, 'base64');
  if (bytes.length === 0) throw new ServiceError('BACKUP_INVALID', `Tệp ${shownName} rỗng (0 byte). Không có gì bị thay đổi.`);
  const staged = await stageUpload(bytes, BACKUP_EXT);
  try {
    return await checkedPreview(session, staged, shownName, upload.passphrase);
  } catch (error) {
    await removeStagedUpload(staged);
    throw error;
  }
}

/** The app's open dialog; null when the person cancels. The browser and the CLI have no such dialog. */
/** The file chosen last whose passphrase was asked for: given the passphrase, it is read without asking again. */
const awaitingPassphrase = new WeakMap<Session, string>();

export async function chooseBackupFile(session: Session, input: { passphrase?: string } = {}): Promise<BackupInfo | null> {
  const choose = session.deps.chooseOpenFile;
  if (!choose) throw new ServiceError('FORBIDDEN', 'Chọn tệp bằng hộp thoại chỉ có trong ứng dụng; trong trình duyệt hãy tải tệp lên, trên dòng lệnh dùng: ward-conduct restore <tệp>.');
  const again = input.passphrase !== undefined ? awaitingPassphrase.get(session) : undefined;
  awaitingPassphrase.delete(session);
  const file = again ?? (await choose({ title: 'Chọn tệp sao lưu để khôi phục', filterName: 'Bản sao lưu Ward Conduct', extensions: ['wcbak'] }));
  if (!file) return null;
  if (!file.toLowerCase().endsWith(BACKUP_EXT)) throw new ServiceError('BACKUP_INVALID', WRONG_KIND);
  try {
    return await checkedPreview(session, path.resolve(file), path.basename(file), input.passphrase);
  } catch (error) {
    if (error instanceof ServiceError && error.message === BACKUP_PASSPHRASE_NEEDED) awaitingPassphrase.set(session, file);
    throw error;
  }
}

/** After a restore from an uploaded file (done or refused), its temporary copy is removed; other files are left alone. */
export async function removeIfUploaded(file: string): Promise<void> {
  await removeStagedUpload(file);
}

/** A backup named by its path (the CLI's restore): a passphrase given unlocks the key it carries, if it carries one. */
export async function unlockCarriedKey(session: Session, file: string, passphrase: string | undefined): Promise<void> {
  if (passphrase === undefined) return;
  const bytes = await session.readDisk.read(path.resolve(file), 'raw').catch(() => null);
  if (bytes && hasCarriedKey(bytes)) session.store.addBackupKey(await unwrapCarriedKey(bytes, passphrase.normalize('NFC')));
}
