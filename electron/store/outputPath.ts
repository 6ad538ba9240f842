/**
 * Files a person asks for (an export, a poster, a meeting sheet, a backup to a chosen file) are written
 * only outside the data folder: an output there could replace a data file or a backup. Paths are
 * compared after following symlinks (of the target and of every folder above it), so a link cannot
 * lead an output into the data folder either.
 */
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { ServiceError } from '../../shared/api/result';
import { asStoreFault } from './errors';
import { writeFileDurable } from './durableWrite';

export class OutputInDataFolderError extends ServiceError {
  constructor(readonly target: string, readonly dataFolder: string) {
    super('INVALID_INPUT', `Không ghi tệp ${target} vào thư mục dữ liệu của Ward Conduct (${dataFolder}): tệp ở đó có thể đè lên dữ liệu. Hãy chọn nơi lưu khác, ví dụ thư mục Tài liệu hoặc ổ USB.`);
    this.name = 'OutputInDataFolderError';
  }
}

/** The real path of a file that may not exist yet: its nearest existing folder with links followed, plus the rest. */
export async function realPathOf(target: string): Promise<string> {
  let current = path.resolve(target);
  const rest: string[] = [];
  for (;;) {
    try {
      return path.join(await fs.realpath(current), ...rest.reverse());
    } catch {
      const parent = path.dirname(current);
      if (parent === current) return path.resolve(target);
      rest.push(path.basename(current));
      current = parent;
    }
  }
}

/** Whether `child` is `folder` or inside it (case-insensitively on Windows). */
export function isInside(child: string, folder: string): boolean {
  const fold = (p: string) => (process.platform === 'win32' ? p.toLowerCase() : p);
  const relative = path.relative(fold(folder), fold(child));
  return relative === '' || (!relative.startsWith('..') && !path.isAbsolute(relative));
}

/** The absolute output path, or OutputInDataFolderError when it lies in the data folder. */
export async function checkOutputPath(dataFolder: string, target: string): Promise<string> {
  const resolved = path.resolve(target);
  const [realTarget, realData] = await Promise.all([realPathOf(resolved), realPathOf(dataFolder)]);
  if (isInside(resolved, path.resolve(dataFolder)) || isInside(realTarget, realData)) throw new OutputInDataFolderError(resolved, path.resolve(dataFolder));
  return resolved;
}

/** Writes an output file (checked to be outside the data folder) whole: temp file, fsync, rename. */
export async function writeOutputFile(dataFolder: string, target: string, bytes: Uint8Array): Promise<string> {
  const resolved = await checkOutputPath(dataFolder, target);
  try {
    await writeFileDurable(resolved, bytes);
  } catch (error) {
    throw asStoreFault(error, path.dirname(resolved), 'output');
  }
  return resolved;
}
