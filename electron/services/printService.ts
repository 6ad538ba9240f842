/**
 * Printing: the PDF a screen shows is written to <data folder>/tmp-print and handed to the computer's
 * own PDF viewer, where the person prints with the system print dialog (paper size, 100 % scale).
 */
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { ServiceError } from '../../shared/api/result';
import type { PrintOpening } from '../../shared/api/systemContract';
import { writeFileDurable } from '../store/durableWrite';

export const PRINT_FOLDER = 'tmp-print';
/** Copies older than this are removed before a new one is written (a viewer may still hold newer ones). */
export const PRINT_KEEP_MS = 60 * 60 * 1000;

export interface PrintDeps {
  dataFolder: string;
  now: () => Date;
  openPath?: (file: string) => Promise<string>;
}

const NOT_IN_APP = 'In trực tiếp chỉ dùng được trong ứng dụng Ward Conduct (mở tệp bằng trình xem PDF của máy). Ở dòng lệnh, hãy lưu tệp PDF rồi tự mở để in.';

/** A Windows-safe file name: no folders, no reserved characters, ends in .pdf. */
export function printFileName(fileName: string): string {
  // Control characters and the ones Windows forbids in file names become '-'.
  // eslint-disable-next-line no-control-regex
  const stem = path.basename(fileName.replace(/\\/g, '/')).replace(/\.pdf$/i, '').replace(/[<>:"/\\|?*\u0000-\u001f]/g, '-').replace(/[. ]+$/, '').trim();
  return `${stem || 'ban-in'}.pdf`;
}

async function removeOldCopies(folder: string, now: Date): Promise<void> {
  for (const name of await fs.readdir(folder).catch(() => [] as string[])) {
    const file = path.join(folder, name);
    const stat = await fs.stat(file).catch(() => null);
    // A copy still open in a viewer cannot be removed on Windows: it is left for next time.
    if (stat?.isFile() && now.getTime() - stat.mtimeMs > PRINT_KEEP_MS) await fs.rm(file, { force: true }).catch(() => undefined);
  }
}

/** Writes the bytes under a name no open viewer holds: name.pdf, else name (2).pdf, … */
async function writeCopy(folder: string, fileName: string, bytes: Buffer): Promise<string> {
  const stem = fileName.replace(/\.pdf$/i, '');
  for (let n = 1; n <= 20; n += 1) {
    const file = path.join(folder, n === 1 ? fileName : `${stem} (${n}).pdf`);
    try {
      // Whole or not at all (temp file, fsync, rename): a viewer never opens half a PDF.
      await writeFileDurable(file, new Uint8Array(bytes));
      return file;
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code !== 'EBUSY' && code !== 'EPERM' && code !== 'EACCES') throw error;
    }
  }
  throw new ServiceError('INTERNAL', 'Không ghi được tệp tạm để in: các bản trước vẫn đang mở. Hãy đóng trình xem PDF rồi thử lại.');
}

export async function openForPrinting(deps: PrintDeps, input: { fileName: string; dataBase64: string }): Promise<PrintOpening> {
  if (!deps.openPath) throw new ServiceError('FORBIDDEN', NOT_IN_APP);
  const bytes = Buffer.from(input.dataBase64, 'base64');
  if (bytes.subarray(0, 5).toString('latin1') !== '%PDF-') throw new ServiceError('INVALID_INPUT', 'Tệp cần in không phải là tệp PDF.');
  const folder = path.join(deps.dataFolder, PRINT_FOLDER);
  await fs.mkdir(folder, { recursive: true });
  await removeOldCopies(folder, deps.now());
  const file = await writeCopy(folder, printFileName(input.fileName), bytes);
  const failure = await deps.openPath(file);
  if (failure) throw new ServiceError('INTERNAL', `Không mở được tệp bằng trình xem PDF của máy (${failure}). Tệp đã lưu tại ${file}: hãy mở tệp đó để in.`);
  return { file };
}
