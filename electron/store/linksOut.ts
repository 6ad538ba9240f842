/**
 * Symlinks inside the data folder that lead out of it are not followed: a data file, a subfolder or an
 * evidence file linked to somewhere else would be read (and carried into backups) from outside.
 */
import path from 'node:path';
import { ServiceError } from '../../shared/api/result';
import { isInside, realPathOf } from './outputPath';
import type { DiskOps } from './durableWrite';

export class LinkOutOfFolderError extends ServiceError {
  constructor(readonly root: string, readonly entry: string) {
    super('STORE_UNAVAILABLE', `Trong thư mục dữ liệu ${root} có lối tắt (symlink) "${entry}" trỏ ra ngoài thư mục. Ward Conduct không đọc dữ liệu qua lối tắt ra ngoài; hãy chép tệp hoặc thư mục thật vào thay cho lối tắt, rồi mở lại.`);
    this.name = 'LinkOutOfFolderError';
  }
}

/** Whether the path (existing or not) leads outside the folder once links are followed. */
export async function leadsOutside(root: string, file: string): Promise<boolean> {
  return !isInside(await realPathOf(file), await realPathOf(root));
}

/** Refuses when any of the entries (relative to root) is a link out of it. */
export async function refuseLinksOut(root: string, entries: string[]): Promise<void> {
  const realRoot = await realPathOf(root);
  for (const entry of entries) {
    if (!isInside(await realPathOf(path.join(root, entry)), realRoot)) throw new LinkOutOfFolderError(root, entry);
  }
}

/** Reads a file of the data folder through the store's disk (unsealed); null when it is missing, unreadable or a link out of the folder. */
export async function readInside(root: string, relative: string, disk: DiskOps): Promise<Buffer | null> {
  const file = path.join(root, relative);
  if (await leadsOutside(root, file)) return null;
  return disk.read(file).catch(() => null);
}
