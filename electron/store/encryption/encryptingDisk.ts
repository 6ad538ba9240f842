/**
 * A wrapper of the Store's `disk` option: every durable write (temp file → fsync → rename) stores the
 * AES-256-GCM envelope of what was written instead of the plain bytes. The pieces a writer hands over
 * (a stream of gzip chunks for a backup) are gathered and sealed as one envelope before the fsync.
 */
import type { DiskOps, WriteHandle } from '../durableWrite';
import { encryptBytes } from './envelope';

export function encryptingDisk(base: DiskOps, dataKey: Buffer): DiskOps {
  return {
    async create(file) {
      const handle = await base.create(file);
      const pieces: Buffer[] = [];
      let isWritten = false;
      const flush = async () => {
        if (isWritten) return;
        isWritten = true;
        await handle.write(encryptBytes(dataKey, Buffer.concat(pieces)));
      };
      const wrapped: WriteHandle = {
        write: async (data) => {
          pieces.push(typeof data === 'string' ? Buffer.from(data, 'utf8') : Buffer.from(data));
        },
        sync: async () => {
          await flush();
          await handle.sync();
        },
        close: () => handle.close(),
      };
      return wrapped;
    },
    rename: (from, to) => base.rename(from, to),
    syncFolder: (folder) => base.syncFolder(folder),
  };
}
