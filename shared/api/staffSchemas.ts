/** Input schemas of the roster methods, with Vietnamese messages. */
import { z } from 'zod';
import { STAFF_CATEGORIES, STAFF_STATUSES } from '../schema/staff';
import { requiredText, text } from './schemas';
import { isoDate } from '../schema/isoDate';
import { cleanIdNumber, isIdNumber } from '../domain/idNumber';

const optionalDate = (label: string) => isoDate(label).nullable().default(null);

export const staffFields = z
  .object({
    code: requiredText('Mã cán bộ', 30).transform((v) => v.toUpperCase()),
    fullName: requiredText('Họ và tên', 120),
    gender: z.enum(['male', 'female', 'other'], { error: 'Giới tính không hợp lệ' }).nullable().default(null),
    birthDate: optionalDate('Ngày sinh'),
    category: z.enum(STAFF_CATEGORIES, { error: 'Hãy chọn loại: cán bộ, công chức, viên chức hoặc người lao động' }),
    position: text('Chức vụ', 120).default(''),
    title: text('Chức danh/ngạch', 120).default(''),
    unitId: z.string().nullable().default(null),
    isHeadOfUnit: z.boolean().default(false),
    isPartyMember: z.boolean().default(false),
    phone: text('Điện thoại', 20)
      .default('')
      .refine((v) => v === '' || /^\+?\d{8,12}$/.test(v.replace(/[\s.]/g, '')), { error: 'Điện thoại: chỉ gồm 8–12 chữ số' }),
    email: text('Email', 120)
      .default('')
      .refine((v) => v === '' || /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(v), { error: 'Email không hợp lệ' }),
    startDate: optionalDate('Ngày vào cơ quan'),
    status: z.enum(STAFF_STATUSES, { error: 'Trạng thái không hợp lệ' }).default('active'),
    statusDate: optionalDate('Ngày thay đổi trạng thái'),
    commitmentSignedAt: optionalDate('Ngày ký cam kết'),
    notes: text('Ghi chú', 1000).default(''),
    /** Absent: keep the number on record (the edit form sends it only once it has been revealed); '': none. */
    idNumber: text('Số CCCD', 20)
      .transform(cleanIdNumber)
      .refine((v) => v === '' || isIdNumber(v), { error: 'Số CCCD: nhập đủ 12 chữ số của căn cước công dân (hoặc 9 chữ số của CMND cũ), chỉ gồm chữ số' })
      .optional(),
  })
  .strict()
  .refine((v) => v.status === 'active' || v.statusDate !== null, { error: 'Người đã nghỉ/chuyển cần có ngày thay đổi trạng thái', path: ['statusDate'] });

export const staffUpdate = z.object({ id: z.string().min(1), fields: staffFields }).strict();

export const staffId = z.object({ id: z.string().min(1, { error: 'Thiếu mã bản ghi' }) }).strict();

export const revealIdNumber = z.object({ staffId: z.string().min(1, { error: 'Thiếu mã bản ghi' }) }).strict();

export const staffListFilter = z
  .object({
    search: text('Tìm kiếm', 100).optional(),
    unitId: z.string().nullable().optional(),
    category: z.enum(STAFF_CATEGORIES).nullable().optional(),
    status: z.enum([...STAFF_STATUSES, 'current', 'all']).nullable().optional(),
    commitment: z.enum(['signed', 'unsigned']).nullable().optional(),
  })
  .strict();

export const markCommitments = z
  .object({
    ids: z.array(z.string().min(1)).min(1, { error: 'Hãy chọn ít nhất một người' }),
    date: optionalDate('Ngày ký cam kết').refine((v) => v !== null, { error: 'Chọn ngày ký cam kết' }),
  })
  .strict();

export const unitFields = z
  .object({
    name: requiredText('Tên đơn vị', 150),
    shortName: text('Tên viết tắt', 40).default(''),
    headId: z.string().nullable().default(null),
    isActive: z.boolean().default(true),
  })
  .strict();

export const unitUpdate = z.object({ id: z.string().min(1), fields: unitFields }).strict();

export const unitOrder = z.object({ ids: z.array(z.string().min(1)).min(1) }).strict();

export const fileBytes = z
  .object({
    fileName: requiredText('Tên tệp', 260),
    dataBase64: z.string().min(1, { error: 'Tệp rỗng (0 byte).' }).max(60_000_000, { error: 'Tệp quá lớn (tối đa 40 MB).' }),
  })
  .strict();

export const importRequest = z
  .object({
    file: fileBytes,
    columns: z.record(z.string(), z.number().int().min(1).max(200)).optional(),
    headerRow: z.number().int().min(1).max(50).optional(),
  })
  .strict();

export const importApply = z
  .object({
    file: fileBytes,
    columns: z.record(z.string(), z.number().int().min(1).max(200)).optional(),
    headerRow: z.number().int().min(1).max(50).optional(),
    rejected: z.array(z.string()).default([]),
    skippedRows: z.array(z.union([z.number().int(), z.string().max(200)])).default([]),
  })
  .strict();

export const staffExport = z
  .object({
    filter: staffListFilter.default({}),
  })
  .strict();
