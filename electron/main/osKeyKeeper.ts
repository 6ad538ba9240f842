/** The OS account's key keeper for the store (encryption/osKeys.ts), made of Electron's safeStorage (DPAPI on Windows). */
import { safeStorage } from 'electron';
import type { OsKeyKeeper } from '../store/encryption/osKeys';
import { keyFromText, keyToText, offersAccountKeys } from './osKeyPolicy';

/** Call after the app is ready (safeStorage answers only then). */
export function safeStorageKeeper(): OsKeyKeeper {
  return {
    isAvailable: () => offersAccountKeys(process.platform, safeStorage.isEncryptionAvailable()),
    seal: (plain) => safeStorage.encryptString(keyToText(plain)),
    open: (sealed) => keyFromText(safeStorage.decryptString(sealed)),
  };
}
