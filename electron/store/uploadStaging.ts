/**
 * Files uploaded through the browser door (a backup to restore from) wait here, outside the data
 * folder and private to this user, until the restore is done or refused. The store's modules are the
 * only code that puts files on disk; services stage and remove uploads through these two calls.
 */
import { randomUUID } from 'node:crypto';
import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/** Where uploaded files wait. */
export function uploadFolder(): string {
  return path.join(os.tmpdir(), 'ward-conduct-restore');
}

/** Writes the uploaded bytes to a fresh private file and returns its path. */
export async function stageUpload(bytes: Uint8Array, ext: string): Promise<string> {
  const folder = uploadFolder();
  await fs.mkdir(folder, { recursive: true, mode: 0o700 });
  const staged = path.join(folder, `${randomUUID()}${ext}`);
  await fs.writeFile(staged, bytes, { mode: 0o600 });
  return staged;
}

/** Removes a staged upload; any file outside the staging folder is left alone. */
export async function removeStagedUpload(file: string): Promise<void> {
  const resolved = path.resolve(file);
  if (path.dirname(resolved) === uploadFolder()) await fs.rm(resolved, { force: true });
}
