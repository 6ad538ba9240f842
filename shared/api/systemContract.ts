/** System methods of the contract: handing a generated PDF to the computer's own PDF viewer for printing. */
import { z } from 'zod';
import { method } from './method';

export const printRequest = z
  .object({
    fileName: z
      .string()
      .trim()
      .min(1, { error: 'Thiếu tên tệp.' })
      .max(200, { error: 'Tên tệp quá dài.' })
      .regex(/\.pdf$/i, { error: 'Chỉ in được tệp PDF.' }),
    dataBase64: z.string().min(1, { error: 'Tệp rỗng (0 byte).' }).max(80_000_000, { error: 'Tệp quá lớn để in.' }),
  })
  .strict();

export interface PrintOpening {
  /** The temporary copy the PDF viewer was asked to open. */
  file: string;
}

export const systemMethods = {
  openForPrinting: method<PrintOpening>()(printRequest),
} as const;
