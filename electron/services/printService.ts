/**
 * Printing: the PDF a screen shows is written to <data folder>/tmp-print and handed to the computer's
 * own PDF viewer, where the person prints with the system print dialog (paper size, 100 % scale).
 */
import path from 'node:path';
import { ServiceError } from '../../shared/api/result';
import type { PrintOpening } from '../../shared/api/systemContract';
import type { Store } from '../store/dataStore';
import { StoreFaultError } from '../store/errors';

export const PRINT_FOLDER = 'tmp-print';
/** Copies older than this are removed before a new one is written (a viewer may still hold newer ones). */
export const PRINT_KEEP_MS = 60 * 60 * 1000;

/** The store's calls for files kept beside the data: the print copies are written through them (durably, no links out). */
export type PrintStore = Pick<Store, 'writeFolderFile' | 'listFolderFiles' | 'removeFolderFile'>;

export interface PrintDeps {
  /** The open store (asked for only when printing is possible: the app). */
  store: () => PrintStore;
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

async function removeOldCopies(store: PrintStore, now: Date): Promise<void> {
  for (const copy of await store.listFolderFiles(PRINT_FOLDER)) {
    // A copy still open in a viewer cannot be removed on Windows: it is left for next time.
    if (now.getTime() - copy.mtimeMs > PRINT_KEEP_MS) await store.removeFolderFile(path.join(PRINT_FOLDER, copy.name)).catch(() => undefined);
  }
}

/** A viewer holding the file (Windows): try the next name. */
function isHeld(error: unknown): boolean {
  const code = error instanceof StoreFaultError ? error.errno : (error as NodeJS.ErrnoException).code;
  return code === 'EBUSY' || code === 'EPERM' || code === 'EACCES';
}

/** Writes the bytes under a name no open viewer holds: name.pdf, else name (2).pdf, … */
async function writeCopy(store: PrintStore, fileName: string, bytes: Buffer): Promise<string> {
  const stem = fileName.replace(/\.pdf$/i, '');
  for (let n = 1; n <= 20; n += 1) {
    try {
      // Whole or not at all (temp file, fsync, rename): a viewer never opens half a PDF.
      return await store.writeFolderFile(path.join(PRINT_FOLDER, n === 1 ? fileName : `${stem} (${n}).pdf`), new Uint8Array(bytes));
    } catch (error) {
      if (!isHeld(error)) throw error;
    }
  }
  throw new ServiceError('INTERNAL', 'Không ghi được tệp tạm để in: các bản trước vẫn đang mở. Hãy đóng trình xem PDF rồi thử lại.');
}

export async function openForPrinting(deps: PrintDeps, input: { fileName: string; dataBase64: string }): Promise<PrintOpening> {
  if (!deps.openPath) throw new ServiceError('FORBIDDEN', NOT_IN_APP);
  const bytes = Buffer.from(input.dataBase64, 'base64');
  if (bytes.subarray(0, 5).toString('latin1') !== '%PDF-') throw new ServiceError('INVALID_INPUT', 'Tệp cần in không phải là tệp PDF.');
  const store = deps.store();
  await removeOldCopies(store, deps.now());
  const file = await writeCopy(store, printFileName(input.fileName), bytes);
  const failure = await deps.openPath(file);
  if (failure) throw new ServiceError('INTERNAL', `Không mở được tệp bằng trình xem PDF của máy (${failure}). Tệp đã lưu tại ${file}: hãy mở tệp đó để in.`);
  return { file };
}
