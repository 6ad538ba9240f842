/** Input schemas of the violation and commendation methods, with Vietnamese messages. Texts are NFC. */
import { z } from 'zod';
import { COMMENDATION_FORMS, HANDLING_MEASURES, SEVERITIES, VIOLATION_SOURCES, VIOLATION_STATES } from '../schema/violation';
import { isoDate } from '../schema/isoDate';
import { requiredText, text } from './schemas';

export const isoDay = (label: string) => isoDate(label);

const id = (label: string) => z.string({ error: (issue) => (issue.input === undefined || issue.input === null ? `Chọn ${label.charAt(0).toLowerCase()}${label.slice(1)}` : `${label}: phải là chữ`) }).min(1, { error: `Chọn ${label.charAt(0).toLowerCase()}${label.slice(1)}` }).max(80);

const refPart = (label: string) => text(label, 20).optional();

export const ruleRefSchema = z
  .object({
    ruleSetId: id('Bộ quy tắc'),
    version: z.number({ error: 'Phiên bản: phải là số' }).int().min(1),
    chapter: refPart('Chương'),
    article: refPart('Điều'),
    clause: refPart('Khoản'),
    point: refPart('Điểm'),
    list: z.enum(['should', 'shouldNot'], { error: 'Danh mục phải là nên làm hoặc không nên làm' }).optional(),
    item: refPart('Mục'),
  })
  .strict();

export const decisionSchema = z.object({ number: requiredText('Số quyết định', 60), date: isoDay('Ngày quyết định') }).strict();

const measure = z.enum(HANDLING_MEASURES, { error: 'Biện pháp xử lý không hợp lệ' });

export const violationPatch = z
  .object({
    date: isoDay('Ngày vi phạm').optional(),
    time: z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, { error: 'Giờ vi phạm phải có dạng hh:mm' }).nullable().optional(),
    place: text('Địa điểm', 300).optional(),
    staffIds: z.array(id('Người vi phạm')).min(1, { error: 'Chọn ít nhất một người vi phạm' }).max(50, { error: 'Tối đa 50 người một vụ việc' }).optional(),
    ruleRefs: z.array(ruleRefSchema).min(1, { error: 'Chọn ít nhất một điều khoản vi phạm' }).max(20, { error: 'Tối đa 20 điều khoản' }).optional(),
    description: text('Nội dung vi phạm', 4000).optional(),
    source: z.enum(VIOLATION_SOURCES, { error: 'Nguồn phát hiện không hợp lệ' }).optional(),
    recordedBy: text('Người ghi nhận', 120).optional(),
    expiresOn: isoDay('Thời hạn').nullable().optional(),
    explanationDue: isoDay('Hạn nộp giải trình').nullable().optional(),
    explanation: text('Nội dung giải trình', 8000).optional(),
    explanationDate: isoDay('Ngày giải trình').nullable().optional(),
    severity: z.enum(SEVERITIES, { error: 'Mức độ vi phạm không hợp lệ' }).nullable().optional(),
    measure: measure.nullable().optional(),
    decision: decisionSchema.nullable().optional(),
    conclusion: text('Nội dung kết luận', 4000).optional(),
    concludedOn: isoDay('Ngày kết luận').nullable().optional(),
    cancelReason: text('Lý do hủy', 1000).optional(),
  })
  .strict();

export const evidenceUpload = z
  .object({
    fileName: requiredText('Tên tệp', 260),
    dataBase64: z.string().min(1, { error: 'Tệp rỗng (0 byte).' }).max(28_000_000, { error: 'Tệp quá lớn (tối đa 20 MB).' }),
  })
  .strict();

export const violationCreate = violationPatch
  .extend({
    date: isoDay('Ngày vi phạm'),
    staffIds: z.array(id('Người vi phạm')).min(1, { error: 'Chọn ít nhất một người vi phạm' }).max(50),
    ruleRefs: z.array(ruleRefSchema).min(1, { error: 'Chọn ít nhất một điều khoản vi phạm' }).max(20),
    description: requiredText('Nội dung vi phạm', 4000),
    evidence: z.array(evidenceUpload).max(20, { error: 'Tối đa 20 tệp một lần' }).default([]),
  })
  .strict();

export const violationId = z.object({ id: id('Vi phạm') }).strict();
export const violationUpdate = z.object({ id: id('Vi phạm'), fields: violationPatch }).strict();
export const violationMove = z
  .object({
    id: id('Vi phạm'),
    to: z.enum(VIOLATION_STATES, { error: 'Trạng thái không hợp lệ' }),
    fields: violationPatch.default({}),
    note: text('Ghi chú', 1000).default(''),
  })
  .strict();
export const violationAmend = z.object({ id: id('Vi phạm'), reason: requiredText('Lý do đính chính', 1000), fields: violationPatch }).strict();
export const measuresQuery = z.object({ staffIds: z.array(id('Người vi phạm')).max(50), decisionDate: isoDay('Ngày quyết định') }).strict();
export const evidenceAdd = z.object({ violationId: id('Vi phạm'), file: evidenceUpload }).strict();
export const evidenceRef = z.object({ violationId: id('Vi phạm'), sha256: z.string().regex(/^[0-9a-f]{64}$/, { error: 'Mã tệp không hợp lệ' }) }).strict();

const month = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, { error: 'Tháng phải có dạng yyyy-mm' });

/** The period, unit and person filters both lists share. */
const periodUnitPerson = {
  from: isoDay('Từ ngày').optional(),
  to: isoDay('Đến ngày').optional(),
  month: month.optional(),
  unitId: id('Đơn vị').optional(),
  staffId: id('Cán bộ').optional(),
};

export const violationFilter = z
  .object({
    ...periodUnitPerson,
    ruleSetId: id('Bộ quy tắc').optional(),
    article: text('Điều', 20).optional(),
    state: z.enum(VIOLATION_STATES, { error: 'Trạng thái không hợp lệ' }).optional(),
    measure: z.union([measure, z.enum(['discipline', 'none'])], { error: 'Biện pháp xử lý không hợp lệ' }).optional(),
    search: text('Tìm', 200).optional(),
  })
  .strict();

export const violationExport = z.object({ filter: violationFilter.default({}) }).strict();

/** The list screen's query: the filter and, optionally, one page of the matches (offset and limit, newest first). */
export const violationListQuery = violationFilter
  .extend({
    offset: z.number({ error: 'Vị trí trang không hợp lệ' }).int({ error: 'Vị trí trang không hợp lệ' }).min(0, { error: 'Vị trí trang không hợp lệ' }).max(10_000_000, { error: 'Vị trí trang không hợp lệ' }).optional(),
    limit: z.number({ error: 'Số dòng một trang không hợp lệ' }).int({ error: 'Số dòng một trang không hợp lệ' }).min(1, { error: 'Số dòng một trang không hợp lệ' }).max(500, { error: 'Tối đa 500 dòng một trang' }).optional(),
  })
  .strict();

const commendationBase = z.object({
  date: isoDay('Ngày'),
  staffIds: z.array(id('Cán bộ')).max(100).default([]),
  unitId: id('Đơn vị').nullable().default(null),
  reason: requiredText('Lý do', 2000),
  form: z.enum(COMMENDATION_FORMS, { error: 'Hình thức không hợp lệ' }),
  decision: decisionSchema.nullable().default(null),
});

export const commendationFields = commendationBase.strict();
export const commendationUpdate = z.object({ id: id('Khen thưởng'), fields: commendationFields }).strict();
export const commendationFilter = z
  .object({
    ...periodUnitPerson,
    form: z.enum(COMMENDATION_FORMS, { error: 'Hình thức không hợp lệ' }).optional(),
    search: text('Tìm', 200).optional(),
  })
  .strict();

export const meetingSheetRequest = z.object({ month, unitId: id('Đơn vị').optional() }).strict();
