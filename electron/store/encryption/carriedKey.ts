/**
 * A backup written to a chosen file (a USB stick) from an encrypted folder carries its own key, wrapped
 * by the passphrase as in db/encryption.json, so that after a dead disk it restores on another computer
 * with the passphrase — and with nothing else (issue 16, item 4: "nothing lost"). The file is
 *
 *   CARRIED_MAGIC · length (uint32 BE) · key file JSON (passphrase-wrapped key, no OS-kept copy) · sealed envelope
 *
 * The key in it is as safe as the folder's own: only the passphrase unwraps it.
 */
import { ServiceError } from '../../../shared/api/result';
import { BACKUP_PASSPHRASE_NEEDED } from '../../../shared/api/encryptionContract';
import type { DiskOps, WriteHandle } from '../durableWrite';
import { unwrapDataKey, type KeyFile } from './envelope';

const CARRIED_MAGIC = Buffer.from('WCKEY1\n', 'latin1');

export { BACKUP_PASSPHRASE_NEEDED };
export const WRONG_BACKUP_PASSPHRASE = 'Mật khẩu dữ liệu không đúng với bản sao lưu này. Không có gì bị thay đổi.';

/** Only what unwraps the key: never the OS-kept copy, the switch state or dates. */
export function carriedKeyFile(keyFile: KeyFile): KeyFile {
  return { version: keyFile.version, kdf: keyFile.kdf, iv: keyFile.iv, wrappedKey: keyFile.wrappedKey, tag: keyFile.tag };
}

export function hasCarriedKey(bytes: Uint8Array): boolean {
  return bytes.length >= CARRIED_MAGIC.length && Buffer.from(bytes.subarray(0, CARRIED_MAGIC.length)).equals(CARRIED_MAGIC);
}

/** The carried key file and the sealed envelope after it, or null when the bytes carry none (or are cut short). */
export function splitCarriedKey(bytes: Uint8Array): { keyFile: KeyFile; sealed: Buffer } | null {
  if (!hasCarriedKey(bytes)) return null;
  const buffer = Buffer.from(bytes);
  const at = CARRIED_MAGIC.length;
  if (buffer.length < at + 4) return null;
  const length = buffer.readUInt32BE(at);
  if (buffer.length < at + 4 + length) return null;
  try {
    const keyFile = JSON.parse(buffer.subarray(at + 4, at + 4 + length).toString('utf8')) as KeyFile;
    if (keyFile.version !== 1 || !keyFile.kdf || typeof keyFile.wrappedKey !== 'string') return null;
    return { keyFile, sealed: buffer.subarray(at + 4 + length) };
  } catch {
    return null;
  }
}

/** The data key of a carried-key backup from its passphrase, or a Vietnamese refusal. */
export async function unwrapCarriedKey(bytes: Uint8Array, passphrase: string): Promise<Buffer> {
  const split = splitCarriedKey(bytes);
  if (!split) throw new ServiceError('BACKUP_INVALID', 'Tệp sao lưu không mang khóa mã hóa hoặc bị hỏng. Không có gì bị thay đổi.');
  try {
    return await unwrapDataKey(split.keyFile, passphrase);
  } catch {
    throw new ServiceError('FORBIDDEN', WRONG_BACKUP_PASSPHRASE);
  }
}

/** A disk whose files start with the carried key (the sealing disk on top writes one envelope after it). */
export function carryingKeyDisk(base: DiskOps, keyFile: KeyFile): DiskOps {
  const json = Buffer.from(JSON.stringify(carriedKeyFile(keyFile)), 'utf8');
  const length = Buffer.alloc(4);
  length.writeUInt32BE(json.length);
  const header = Buffer.concat([CARRIED_MAGIC, length, json]);
  return {
    ...base,
    async create(file) {
      const handle = await base.create(file);
      let isFirst = true;
      const wrapped: WriteHandle = {
        write: async (data) => {
          const bytes = typeof data === 'string' ? Buffer.from(data, 'utf8') : Buffer.from(data);
          await handle.write(isFirst ? Buffer.concat([header, bytes]) : bytes);
          isFirst = false;
        },
        sync: () => handle.sync(),
        close: () => handle.close(),
      };
      return wrapped;
    },
  };
}
