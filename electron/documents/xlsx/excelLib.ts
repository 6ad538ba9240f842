/** exceljs, loaded by the first workbook read or written — not at every start of the CLI or the app. */
import type ExcelJS from 'exceljs';

export async function excelLib(): Promise<typeof ExcelJS> {
  return (await import('exceljs')).default;
}
