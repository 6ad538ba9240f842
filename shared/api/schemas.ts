/** Input schemas (zod) with Vietnamese messages. Strings are trimmed and NFC-normalised. */
import { z } from 'zod';

/** 'Họ và tên' → 'họ và tên', for "Nhập họ và tên". */
export const lowerFirst = (label: string) => `${label.charAt(0).toLowerCase()}${label.slice(1)}`;

// Messages say what to do: an empty field "Nhập họ và tên", never what type the program expected.
export const text = (label: string, max = 200) =>
  z
    .string({ error: (issue) => (issue.input === undefined || issue.input === null ? `Nhập ${lowerFirst(label)}` : `${label}: phải là chữ`) })
    .max(max, { error: `${label}: tối đa ${max} ký tự` })
    .transform((value) => value.normalize('NFC').trim());

export const requiredText = (label: string, max = 200) =>
  text(label, max).refine((value) => value.length > 0, { error: `Nhập ${lowerFirst(label)}` });

export const empty = z.object({}).strict();

export const profileUpdate = z
  .object({
    wardName: requiredText('Tên phường/xã', 120),
    address: text('Địa chỉ', 300).default(''),
    chairman: text('Chủ tịch UBND', 120).default(''),
    operatorName: requiredText('Người sử dụng', 120),
    backupKeep: z
      .number({ error: 'Số bản sao lưu giữ lại: phải là số' })
      .int({ error: 'Số bản sao lưu giữ lại: phải là số nguyên' })
      .min(3, { error: 'Số bản sao lưu giữ lại: ít nhất 3' })
      .max(365, { error: 'Số bản sao lưu giữ lại: nhiều nhất 365' })
      .default(30),
  })
  .strict();

export const backupFile = z.object({ file: requiredText('Tệp sao lưu', 2000) }).strict();

/** A backup to preview; `passphrase` unlocks one carrying its own key (a USB backup of an encrypted folder). */
export const backupPreview = z.object({
  file: requiredText('Tệp sao lưu', 2000),
  passphrase: z.string().min(1, { error: 'Nhập mật khẩu dữ liệu.' }).max(256, { error: 'Mật khẩu dữ liệu quá dài (tối đa 256 ký tự).' }).optional(),
}).strict();

export const dataFolderChoice = z.object({ folder: text('Thư mục dữ liệu', 2000).optional() }).strict();
