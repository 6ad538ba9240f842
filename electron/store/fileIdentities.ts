/**
 * What the daily backup knows of the data files it has read (dailyBackup.ts): each file's identity on
 * disk with the hash of its content. The store never changes a data file in place — it writes a new file
 * and renames it over the old one — so a file with the same inode number, size and modification time
 * (nanoseconds) as one already read holds the same content, and the backup takes its summary from the
 * blob beside without reading, unsealing and hashing it again (ten years of files, most unchanged).
 * Where the file system gives no inode numbers (0: FAT on a USB stick) every file is read as before.
 */
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { writeFileDurable, type DiskOps } from './durableWrite';

/** Beside the blobs (not in blobs/: that folder holds only <sha>.gz and <sha>.json). */
const IDENTITIES_FILE = 'blob-identities.json';

export interface FileIdentity {
  ino: string;
  size: string;
  mtimeNs: string;
}

export type KnownIdentities = Record<string, FileIdentity & { sha: string }>;

export async function identityOf(file: string): Promise<FileIdentity | null> {
  const stat = await fs.stat(file, { bigint: true }).catch(() => null);
  if (!stat || stat.ino === 0n || !stat.isFile()) return null;
  return { ino: String(stat.ino), size: String(stat.size), mtimeNs: String(stat.mtimeNs) };
}

export function isSameFile(a: FileIdentity, b: FileIdentity): boolean {
  return a.ino === b.ino && a.size === b.size && a.mtimeNs === b.mtimeNs;
}

/** The identities kept by the last daily backup; none when missing or unreadable (every file is then read). */
export async function readIdentities(backups: string, disk: DiskOps): Promise<KnownIdentities> {
  const known = await disk.read(path.join(backups, IDENTITIES_FILE)).then((b) => JSON.parse(b.toString('utf8')) as unknown).catch(() => null);
  return known && typeof known === 'object' && !Array.isArray(known) ? (known as KnownIdentities) : {};
}

export function writeIdentities(backups: string, identities: KnownIdentities, disk: DiskOps): Promise<void> {
  return writeFileDurable(path.join(backups, IDENTITIES_FILE), JSON.stringify(identities), disk);
}
