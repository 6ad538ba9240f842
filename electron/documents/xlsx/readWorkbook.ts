/** Opens an .xlsx from bytes with clear Vietnamese reasons for files that cannot be read. */
import type ExcelJS from 'exceljs';
import { excelLib } from './excelLib';
import { checkXlsxBounds } from '../importBounds';
import { ImportRefusedError } from '../zipDirectory';

export class UnreadableWorkbookError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UnreadableWorkbookError';
  }
}

const OLE_SIGNATURE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

function startsWith(bytes: Uint8Array, signature: number[]): boolean {
  return signature.every((byte, i) => bytes[i] === byte);
}

export async function readWorkbook(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  if (bytes.length === 0) throw new UnreadableWorkbookError('Tệp rỗng (0 byte).');
  if (startsWith(bytes, OLE_SIGNATURE)) {
    throw new UnreadableWorkbookError(
      'Tệp được đặt mật khẩu hoặc là định dạng Excel cũ (.xls). Hãy mở tệp trong Excel, bỏ mật khẩu và lưu lại dạng .xlsx.',
    );
  }
  if (!startsWith(bytes, [0x50, 0x4b])) throw new UnreadableWorkbookError('Tệp không phải là tệp Excel .xlsx.');
  try {
    await checkXlsxBounds(bytes);
  } catch (error) {
    if (error instanceof ImportRefusedError) throw new UnreadableWorkbookError(error.message);
    throw error;
  }
  const workbook = new (await excelLib()).Workbook();
  try {
    await workbook.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
  } catch {
    throw new UnreadableWorkbookError('Tệp .xlsx bị hỏng hoặc không đọc được.');
  }
  if (!workbook.worksheets.some((sheet) => sheet.actualRowCount > 0)) throw new UnreadableWorkbookError('Tệp Excel không có dữ liệu.');
  return workbook;
}

/** A cell's value as plain data: text NFC and trimmed, numbers, Dates; formulas give their result. */
export function plainCellValue(cell: ExcelJS.Cell): string | number | Date | boolean | null {
  const value = cell.isMerged ? cell.master.value : cell.value;
  return plainValue(value);
}

function plainValue(value: ExcelJS.CellValue): string | number | Date | boolean | null {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string') {
    const text = value.normalize('NFC').replace(/\s+/g, ' ').trim();
    return text === '' ? null : text;
  }
  if (typeof value === 'number' || typeof value === 'boolean' || value instanceof Date) return value;
  if (typeof value === 'object') {
    if ('richText' in value) return plainValue(value.richText.map((run) => run.text).join(''));
    if ('result' in value) return plainValue((value as { result?: ExcelJS.CellValue }).result ?? null);
    if ('text' in value) return plainValue((value as { text: string }).text);
    if ('error' in value) return null;
  }
  return null;
}
