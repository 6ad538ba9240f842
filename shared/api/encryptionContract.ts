/** Encryption at rest of the data folder (issue 16): its status, and turning it on or off (quản trị only). */
import { z } from 'zod';
import { method } from './method';
import { empty } from './schemas';
import type { BackupInfo, StartupState } from './types';

/** The refusal of a chosen backup that carries its own key (electron/store/encryption/carriedKey.ts): the screen then asks for it. */
export const BACKUP_PASSPHRASE_NEEDED = 'Bản sao lưu này được mã hóa bằng mật khẩu dữ liệu của máy đã tạo ra nó. Nhập mật khẩu đó để xem và khôi phục.';

export interface EncryptionStatus {
  isEncrypted: boolean;
  /** When it was turned on (ISO), null when off. */
  since: string | null;
  /**
   * Opening without the passphrase for this computer's user account (the app on Windows, safeStorage):
   * 'unavailable' where the OS cannot keep it (CLI, browser, other systems), else whether it is kept.
   */
  accountUnlock: 'unavailable' | 'off' | 'on';
}

export interface EncryptionSwitch extends EncryptionStatus {
  /** Files of the folder rewritten (sealed or plain). */
  rewrittenFiles: number;
  /** The backup taken before the switch. */
  safetyBackup: BackupInfo;
}

const passphrase = z.string({ error: 'Thiếu mật khẩu dữ liệu.' }).min(1, { error: 'Thiếu mật khẩu dữ liệu.' }).max(256, { error: 'Mật khẩu dữ liệu quá dài (tối đa 256 ký tự).' });

export const encryptionMethods = {
  getEncryption: method<EncryptionStatus>()(empty),
  setEncryption: method<EncryptionSwitch>()(z.object({ isOn: z.boolean(), passphrase }).strict()),
  /** Keeps the data key for this computer's Windows account (no passphrase asked here), or stops keeping it. */
  setAccountUnlock: method<EncryptionStatus>()(z.object({ isOn: z.boolean() }).strict()),
  /** The startup screen of an encrypted folder: opens it with the passphrase typed there. */
  unlockDataFolder: method<StartupState>()(z.object({ passphrase }).strict()),
} as const;
