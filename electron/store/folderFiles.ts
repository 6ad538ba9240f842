/**
 * Files the data folder keeps beside the data (evidence, period snapshots, print copies): where one
 * may live, and reading, listing and removing them without following a link out of the folder. Writes
 * go through Store.writeFolderFile (durable, under the lock); services never touch these paths with fs.
 */
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { isInside } from './outputPath';
import { leadsOutside, readInside } from './linksOut';
import type { DiskOps } from './durableWrite';

/** The absolute path of a folder file; refuses paths that leave the folder or touch db/ or backups/. */
export function folderFilePath(root: string, relative: string): string {
  const file = path.resolve(root, relative);
  const top = path.relative(root, file).split(path.sep)[0];
  if (!isInside(file, root) || top === 'db' || top === 'backups' || top === '' || top === '..') throw new Error(`not a folder file: ${relative}`);
  return file;
}

/** A folder file's bytes; null when missing or a link out of the folder. */
export function readFolderFile(root: string, relative: string, disk: DiskOps): Promise<Buffer | null> {
  folderFilePath(root, relative);
  return readInside(root, relative, disk);
}

/** The files of a folder of the data folder with their modification times (none when it is missing or a link out). */
export async function listFolderFiles(root: string, relativeDir: string): Promise<{ name: string; mtimeMs: number }[]> {
  const dir = folderFilePath(root, relativeDir);
  if (await leadsOutside(root, dir)) return [];
  const found: { name: string; mtimeMs: number }[] = [];
  for (const entry of await fs.readdir(dir, { withFileTypes: true }).catch(() => [])) {
    if (!entry.isFile()) continue;
    const stat = await fs.stat(path.join(dir, entry.name)).catch(() => null);
    if (stat) found.push({ name: entry.name, mtimeMs: stat.mtimeMs });
  }
  return found;
}

/** Removes a folder file (the link itself, never what a link points to). */
export async function removeFolderFile(root: string, relative: string): Promise<void> {
  await fs.rm(folderFilePath(root, relative), { force: true });
}
