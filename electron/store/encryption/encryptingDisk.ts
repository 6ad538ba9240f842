/**
 * A wrapper of the Store's `disk` option: every durable write (temp file → fsync → rename) stores the
 * AES-256-GCM envelope of what was written instead of the plain bytes, and every read unseals it. The
 * pieces a writer hands over (a stream of gzip chunks for a backup) are gathered and sealed as one
 * envelope before the fsync. The key lives in a shared state so the folder can be switched on or off
 * while open (folderEncryption.ts).
 */
import { Readable } from 'node:stream';
import { ServiceError } from '../../../shared/api/result';
import type { DiskOps, ReadMode, WriteHandle } from '../durableWrite';
import { decryptBytes, isEncrypted, startSealing } from './envelope';
import { BACKUP_PASSPHRASE_NEEDED, splitCarriedKey } from './carriedKey';

export interface KeyState {
  /** The data key; null for a plain folder. */
  key: Buffer | null;
  /**
   * True while a folder is being switched on or off (db/encryption.json says `converting`): the one
   * documented state where a store file may be found either sealed or plain.
   */
  isConverting: boolean;
  /** Keys of chosen backups (carrying their own key) unlocked in this session by their passphrase; memory only. */
  extraKeys?: Buffer[];
}

export const PLAIN_IN_ENCRYPTED = 'Tệp không được mã hóa trong một thư mục dữ liệu đã mã hóa (có thể bị chép vào bằng tay).';
export const SEALED_WITHOUT_KEY = 'Tệp này đã được mã hóa nhưng thư mục dữ liệu đang mở không có mật khẩu dữ liệu. Không có gì bị thay đổi.';

/** Plain bytes as they should be read back in this state, or a refusal. */
export function unsealFor(state: KeyState, bytes: Buffer, mode: ReadMode = 'store'): Buffer {
  if (mode === 'raw') return bytes;
  const carried = splitCarriedKey(bytes);
  if (carried) return openCarried(state, carried.sealed);
  if (isEncrypted(bytes)) {
    if (!state.key) throw new ServiceError('FORBIDDEN', SEALED_WITHOUT_KEY);
    return decryptBytes(state.key, bytes);
  }
  if (state.key && mode === 'store' && !state.isConverting) throw new ServiceError('STORE_DAMAGED', PLAIN_IN_ENCRYPTED);
  return bytes;
}

/** A chosen backup carrying its own key (carriedKey.ts): opened by the folder's key or one unlocked for it. */
function openCarried(state: KeyState, sealed: Buffer): Buffer {
  for (const key of [state.key, ...(state.extraKeys ?? [])]) {
    if (!key) continue;
    try {
      return decryptBytes(key, sealed);
    } catch {
      // another key
    }
  }
  throw new ServiceError('FORBIDDEN', BACKUP_PASSPHRASE_NEEDED);
}

/** The disk of a store whose folder may be encrypted: seals writes and unseals reads while `state.key` is set. */
export function keyedDisk(base: DiskOps, state: KeyState): DiskOps {
  const read = async (file: string, mode?: ReadMode) => unsealFor(state, await base.read(file, 'raw'), mode);
  return {
    async create(file) {
      const key = state.key;
      const handle = await base.create(file);
      if (!key) return handle;
      // Sealed as it is written (envelope.ts startSealing): the head first, each piece's ciphertext, the tag before the fsync.
      const sealing = startSealing(key);
      let isStarted = false;
      let isFinished = false;
      const start = async () => {
        if (isStarted) return;
        isStarted = true;
        await handle.write(sealing.head);
      };
      const wrapped: WriteHandle = {
        write: async (data) => {
          await start();
          await handle.write(sealing.update(typeof data === 'string' ? Buffer.from(data, 'utf8') : data));
        },
        sync: async () => {
          await start();
          if (!isFinished) {
            isFinished = true;
            await handle.write(sealing.finish());
          }
          await handle.sync();
        },
        close: () => handle.close(),
      };
      return wrapped;
    },
    read,
    readStream(file, mode) {
      // A plain folder streams as before; a sealed file is checked whole (the tag is at its end).
      // A chosen file ('either') may carry its own key (carriedKey.ts) even in a plain folder: read whole.
      if (!state.key && mode !== 'either') return base.readStream(file, mode);
      return Readable.from((async function* whole() {
        yield await read(file, mode);
      })());
    },
    rename: (from, to) => base.rename(from, to),
    syncFolder: (folder) => base.syncFolder(folder),
  };
}

/** A disk that always seals with this key (tests, tools). */
export function encryptingDisk(base: DiskOps, dataKey: Buffer): DiskOps {
  return keyedDisk(base, { key: dataKey, isConverting: false });
}
