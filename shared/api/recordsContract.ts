/**
 * Methods that open a record from where a clerk looks for it: a person's scores by period (the person
 * page), a closed period's frozen snapshot (Kỳ đánh giá), and a backup file chosen by the person
 * (Cài đặt: from a USB stick — uploaded in the browser, the open dialog in the app).
 */
import { z } from 'zod';
import type { Rating } from '../schema/criteria';
import { isPeriodKey } from '../domain/period';
import { method } from './method';
import type { FileOutput } from './rosterContract';
import { requiredText } from './schemas';
import type { BackupInfo } from './types';

export interface StaffScoreRow {
  period: string;
  periodLabel: string;
  kind: 'month' | 'quarter' | 'half' | 'year';
  setId: string;
  setName: string;
  total: number | null;
  rating: Rating | null;
  /** Scored periods of the roll-up still without a complete score. */
  missing: string[];
  isClosed: boolean;
}

const period = z
  .string({ error: 'Kỳ: phải là chữ' })
  .refine(isPeriodKey, { error: 'Kỳ phải có dạng 2026-05, 2026-Q2, 2026-H1 hoặc 2026' })
  .transform((v) => v.trim().toUpperCase());

/** A .wcbak file read by the page (the browser's file picker); a backup with evidence can be large. */
const backupPassphrase = z.string().min(1, { error: 'Nhập mật khẩu dữ liệu.' }).max(256, { error: 'Mật khẩu dữ liệu quá dài (tối đa 256 ký tự).' });

export const backupUpload = z
  .object({
    fileName: requiredText('Tên tệp', 260),
    dataBase64: z.string().min(1, { error: 'Tệp rỗng (0 byte).' }).max(400_000_000, { error: 'Tệp quá lớn (trên 300 MB).' }),
    /** The data passphrase of the folder an encrypted backup came from (asked when the file needs it). */
    passphrase: backupPassphrase.optional(),
  })
  .strict();

export const recordsMethods = {
  listStaffScores: method<StaffScoreRow[]>()(
    z.object({ staffId: requiredText('Cán bộ', 80), year: z.number({ error: 'Năm: phải là số' }).int().min(2000).max(2100) }).strict(),
  ),
  getPeriodSnapshot: method<FileOutput>()(z.object({ period, setId: requiredText('Bộ tiêu chí', 80) }).strict()),
  stageBackupUpload: method<BackupInfo>()(backupUpload),
  chooseBackupFile: method<BackupInfo | null>()(z.object({ passphrase: backupPassphrase.optional() }).strict()),
} as const;
