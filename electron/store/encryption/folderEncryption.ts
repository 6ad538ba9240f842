/**
 * Encryption at rest per data folder (issue 16, item 4). db/encryption.json present = the folder is
 * encrypted: it holds the data key wrapped by the passphrase (envelope.ts), never the key itself.
 *
 * Turning it on or off rewrites every file of db/, backups/, evidence/ and snapshots/, each one whole
 * (temp file → fsync → rename), after a backup. The key file is the journal of the switch: it is
 * written with `converting: 'on' | 'off'` before the first file is rewritten and made final after the
 * last. A kill -9 at any point leaves each file whole, either sealed or plain; while `converting` is
 * set both are read (the one state where plain bytes are accepted in an encrypted folder), and the
 * next open with the passphrase finishes the switch. Nothing is lost at any step.
 */
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { ServiceError } from '../../../shared/api/result';
import type { DataPaths } from '../dataFolder';
import { realDisk, writeFileDurable, type DiskOps } from '../durableWrite';
import { StoreUnavailableError } from '../errors';
import { decryptBytes, encryptBytes, isEncrypted, newKeyFile, unwrapDataKey, type KeyFile } from './envelope';
import type { KeyState } from './encryptingDisk';
import { openForAccount, sealForAccount, type OsKeyEntry, type OsKeyKeeper } from './osKeys';

export const KEY_FILE = 'encryption.json';

export interface StoredKeyFile extends KeyFile {
  /** Set while the folder is being switched (see the file comment). */
  converting?: 'on' | 'off';
  createdAt?: string;
  /** The data key as the computer's user account keeps it (osKeys.ts): opening needs no passphrase there. */
  osKey?: OsKeyEntry;
}

export const PASSPHRASE_NEEDED = 'Thư mục dữ liệu này được mã hóa. Cần mật khẩu dữ liệu để mở: nhập khi được hỏi, hoặc đặt biến môi trường WARD_CONDUCT_PASSPHRASE. Không có gì bị thay đổi.';

function keyFilePath(paths: DataPaths): string {
  return path.join(paths.db, KEY_FILE);
}

/** The folder's key file, or null for a plain folder. It is plain JSON (the key in it is wrapped). */
export async function readKeyFile(paths: DataPaths): Promise<StoredKeyFile | null> {
  let text: string;
  try {
    text = (await realDisk.read(keyFilePath(paths))).toString('utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw error;
  }
  const parsed = JSON.parse(text) as Partial<StoredKeyFile>;
  if (parsed.version !== 1 || !parsed.kdf || typeof parsed.wrappedKey !== 'string') throw new ServiceError('STORE_DAMAGED', 'Tệp khóa mã hóa (db/encryption.json) bị hỏng. Không có gì bị thay đổi.');
  return parsed as StoredKeyFile;
}

async function writeKeyFile(paths: DataPaths, keyFile: StoredKeyFile, base: DiskOps): Promise<void> {
  await writeFileDurable(keyFilePath(paths), JSON.stringify(keyFile, null, 2), base);
}

/**
 * The key state a folder opens with: plain, or the data key unwrapped by the passphrase. No passphrase
 * or a wrong one is a refusal before anything is read or written (never a recovery from a backup).
 */
export async function openKeyState(
  paths: DataPaths, passphrase?: () => Promise<string | null>, osKeys?: OsKeyKeeper,
): Promise<{ state: KeyState; keyFile: StoredKeyFile | null }> {
  let keyFile: StoredKeyFile | null;
  try {
    keyFile = await readKeyFile(paths);
  } catch (error) {
    throw new StoreUnavailableError(paths.root, error instanceof ServiceError ? error : new ServiceError('STORE_DAMAGED', 'Tệp khóa mã hóa (db/encryption.json) bị hỏng. Không có gì bị thay đổi.'));
  }
  if (!keyFile) return { state: { key: null, isConverting: false }, keyFile: null };
  // Kept for this account on this computer: no passphrase asked. Anything else falls through to it.
  const kept = openForAccount(osKeys, keyFile.osKey);
  if (kept) return { state: { key: kept, isConverting: Boolean(keyFile.converting) }, keyFile };
  const given = (await passphrase?.()) ?? null;
  if (!given) throw new StoreUnavailableError(paths.root, new ServiceError('FORBIDDEN', PASSPHRASE_NEEDED));
  try {
    return { state: { key: await unwrapDataKey(keyFile, given), isConverting: Boolean(keyFile.converting) }, keyFile };
  } catch (error) {
    throw new StoreUnavailableError(paths.root, error);
  }
}

/** Every file of the folder the switch rewrites (temp files of a killed writer are left for their cleanup). */
async function filesToConvert(paths: DataPaths): Promise<string[]> {
  const found: string[] = [];
  async function walk(dir: string): Promise<void> {
    for (const entry of await fs.readdir(dir, { withFileTypes: true }).catch(() => [])) {
      const file = path.join(dir, entry.name);
      if (entry.isDirectory()) await walk(file);
      else if (entry.isFile() && !(entry.name.startsWith('.') && entry.name.endsWith('.tmp')) && file !== keyFilePath(paths)) found.push(file);
    }
  }
  for (const dir of [paths.db, paths.backups, paths.evidence, paths.snapshots]) await walk(dir);
  return found.sort();
}

/** Rewrites every file sealed (on) or plain (off); a file already so is left. Returns how many were rewritten. */
async function convertFiles(paths: DataPaths, key: Buffer, direction: 'on' | 'off', base: DiskOps): Promise<number> {
  let rewritten = 0;
  for (const file of await filesToConvert(paths)) {
    const bytes = await base.read(file, 'raw').catch(() => null);
    if (!bytes) continue;
    const sealed = isEncrypted(bytes);
    if (direction === 'on' && !sealed) await writeFileDurable(file, encryptBytes(key, bytes), base);
    else if (direction === 'off' && sealed) {
      let plain: Buffer;
      try {
        plain = decryptBytes(key, bytes);
      } catch {
        continue; // a damaged file stays as it is (it was unreadable before the switch too)
      }
      await writeFileDurable(file, plain, base);
    } else continue;
    rewritten += 1;
  }
  return rewritten;
}

/** Print copies are handed to the computer's PDF viewer, so they are plain: a switch removes them. */
async function removePrintCopies(paths: DataPaths): Promise<void> {
  await fs.rm(path.join(paths.root, 'tmp-print'), { recursive: true, force: true });
}

/** Finishes a switch a kill cut short (the key file says `converting`); called with the lock held. */
export async function finishSwitch(paths: DataPaths, state: KeyState, keyFile: StoredKeyFile, base: DiskOps): Promise<void> {
  if (!keyFile.converting || !state.key) return;
  await removePrintCopies(paths);
  await convertFiles(paths, state.key, keyFile.converting, base);
  if (keyFile.converting === 'on') {
    const { converting: _done, ...final } = keyFile;
    await writeKeyFile(paths, final, base);
    state.isConverting = false;
  } else {
    await fs.rm(keyFilePath(paths), { force: true });
    await base.syncFolder(paths.db);
    state.key = null;
    state.isConverting = false;
  }
}

/** Refuses a switch that cannot be made (already so, a short passphrase, a wrong one) before anything is written. */
export async function checkSwitch(paths: DataPaths, state: KeyState, isOn: boolean, passphrase: string): Promise<void> {
  if (isOn && state.key) throw new ServiceError('CONFLICT', 'Thư mục dữ liệu đã được mã hóa. Không có gì bị thay đổi.');
  if (!isOn && !state.key) throw new ServiceError('CONFLICT', 'Thư mục dữ liệu chưa được mã hóa. Không có gì bị thay đổi.');
  if (isOn && passphrase.length < 8) throw new ServiceError('INVALID_INPUT', 'Mật khẩu dữ liệu: ít nhất 8 ký tự. Không có gì bị thay đổi.');
  if (!isOn) {
    const keyFile = await readKeyFile(paths);
    const key = keyFile ? await unwrapDataKey(keyFile, passphrase) : null;
    if (!key || !state.key || !key.equals(state.key)) throw new ServiceError('FORBIDDEN', 'Mật khẩu dữ liệu không khớp với thư mục đang mở. Không có gì bị thay đổi.');
  }
}

/** Turns encryption on: a new data key wrapped by the passphrase, then every file sealed. */
export async function switchOn(paths: DataPaths, state: KeyState, passphrase: string, base: DiskOps, now: Date): Promise<number> {
  if (state.key) throw new ServiceError('CONFLICT', 'Thư mục dữ liệu đã được mã hóa.');
  const { dataKey, keyFile } = await newKeyFile(passphrase);
  const stored: StoredKeyFile = { ...keyFile, createdAt: now.toISOString(), converting: 'on' };
  await writeKeyFile(paths, stored, base);
  state.key = dataKey;
  state.isConverting = true;
  await removePrintCopies(paths);
  const rewritten = await convertFiles(paths, dataKey, 'on', base);
  await finishSwitch(paths, state, stored, base);
  return rewritten;
}

/** Turns encryption off (the passphrase is asked again): every file written plain, then the key file removed. */
export async function switchOff(paths: DataPaths, state: KeyState, passphrase: string, base: DiskOps): Promise<number> {
  const keyFile = await readKeyFile(paths);
  if (!keyFile || !state.key) throw new ServiceError('CONFLICT', 'Thư mục dữ liệu chưa được mã hóa.');
  const key = await unwrapDataKey(keyFile, passphrase);
  if (!key.equals(state.key)) throw new ServiceError('FORBIDDEN', 'Mật khẩu dữ liệu không khớp với thư mục đang mở. Không có gì bị thay đổi.');
  const stored: StoredKeyFile = { ...keyFile, converting: 'off' };
  await writeKeyFile(paths, stored, base);
  state.isConverting = true;
  const rewritten = await convertFiles(paths, key, 'off', base);
  await finishSwitch(paths, state, stored, base);
  return rewritten;
}

/**
 * Keeps the open folder's data key for the computer's user account too (isOn), or stops keeping it.
 * Only the key file changes, durably; the data files stay as they are. Called with the lock held.
 */
export async function setAccountKey(paths: DataPaths, state: KeyState, keeper: OsKeyKeeper | undefined, isOn: boolean, base: DiskOps): Promise<void> {
  const keyFile = await readKeyFile(paths);
  if (!keyFile || !state.key) throw new ServiceError('CONFLICT', 'Thư mục dữ liệu chưa được mã hóa. Không có gì bị thay đổi.');
  if (keyFile.converting) throw new ServiceError('CONFLICT', 'Thư mục dữ liệu đang được chuyển đổi mã hóa. Không có gì bị thay đổi.');
  const { osKey: _old, ...rest } = keyFile;
  if (!isOn) {
    await writeKeyFile(paths, rest, base);
    return;
  }
  if (!keeper?.isAvailable()) throw new ServiceError('CONFLICT', OS_KEYS_UNAVAILABLE);
  await writeKeyFile(paths, { ...rest, osKey: sealForAccount(keeper, state.key) }, base);
}

export const OS_KEYS_UNAVAILABLE = 'Máy này không hỗ trợ giữ khóa dữ liệu theo tài khoản Windows (chỉ có trong ứng dụng trên Windows). Không có gì bị thay đổi.';
