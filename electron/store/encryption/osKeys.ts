/**
 * The data key kept for the computer's user account as well as under the passphrase (issue 16, item 4:
 * "on Windows, optionally by the OS user through Electron safeStorage so daily use needs no passphrase").
 *
 * The keeper is the OS's own sealing (Electron `safeStorage`: DPAPI on Windows), handed in by the door
 * that has it (the app's main process, electron/main/osKeyKeeper.ts); the store never imports Electron.
 * db/encryption.json then holds, beside the passphrase-wrapped key, the key sealed by the OS and a check
 * value (an HMAC of a fixed text under the key, which tells nothing of the key). Another account, another
 * computer, or a changed blob cannot open it, and the folder asks for the passphrase as before — never a
 * recovery from a backup. The passphrase stays the way in on any other machine (and in the CLI).
 */
import { createHmac, timingSafeEqual } from 'node:crypto';

export interface OsKeyKeeper {
  /** Whether the OS can seal for the signed-in account here (the main process decides: Windows only). */
  isAvailable(): boolean;
  seal(plain: Buffer): Buffer;
  /** Throws when the blob was sealed for another account or computer, or was changed. */
  open(sealed: Buffer): Buffer;
}

/** What the key file keeps for the OS account. */
export interface OsKeyEntry {
  sealedKey: string;
  check: string;
}

function keyCheck(dataKey: Buffer): Buffer {
  return createHmac('sha256', dataKey).update('ward-conduct key check v1').digest();
}

export function sealForAccount(keeper: OsKeyKeeper, dataKey: Buffer): OsKeyEntry {
  return { sealedKey: keeper.seal(Buffer.from(dataKey)).toString('base64'), check: keyCheck(dataKey).toString('base64') };
}

/** The data key the OS account opens, or null (not available, another account, a changed blob, a wrong key). */
export function openForAccount(keeper: OsKeyKeeper | undefined, entry: OsKeyEntry | undefined): Buffer | null {
  if (!keeper || !entry || !keeper.isAvailable()) return null;
  let key: Buffer;
  try {
    key = keeper.open(Buffer.from(entry.sealedKey, 'base64'));
  } catch {
    return null;
  }
  const expected = Buffer.from(entry.check, 'base64');
  const actual = key.length === 32 ? keyCheck(key) : null;
  return actual && actual.length === expected.length && timingSafeEqual(actual, expected) ? key : null;
}
