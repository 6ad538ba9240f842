/** Rule-set methods of the contract: list, read, import a decision's text as a new set or version. */
import { z } from 'zod';
import { RULE_SET_STATUSES, ruleDecisionSchema, ruleNodeSchema, ruleSetIdSchema } from '../schema/ruleSet';
import { isoDate } from '../schema/isoDate';
import { depthLimited, MAX_RULE_LEVELS } from '../schema/depth';
import { method } from './method';
import { empty, requiredText, text } from './schemas';
import type { RuleImportPreview, RuleSetSummary, RuleSetView } from './rulesTypes';

const effectiveDate = isoDate('Ngày có hiệu lực');
const status = z.enum(RULE_SET_STATUSES, { error: 'Tình trạng phải là: đang có hiệu lực, dự thảo hoặc đã được thay thế' });

export const ruleSetRef = z
  .object({
    id: ruleSetIdSchema,
    version: z.number({ error: 'Phiên bản: phải là số' }).int({ error: 'Phiên bản: phải là số nguyên' }).min(1, { error: 'Phiên bản: từ 1 trở lên' }).optional(),
  })
  .strict();

export const ruleImportSource = z
  .object({
    file: z
      .object({
        fileName: requiredText('Tên tệp', 260),
        dataBase64: z.string().min(1, { error: 'Tệp rỗng (0 byte).' }).max(14_000_000, { error: 'Tệp quá lớn (tối đa 10 MB).' }),
      })
      .strict()
      .optional(),
    text: z.string({ error: 'Nội dung văn bản: phải là chữ' }).max(2_000_000, { error: 'Nội dung văn bản quá dài' }).optional(),
  })
  .strict()
  .refine((input) => (input.file === undefined) !== (input.text === undefined), { error: 'Hãy chọn một tệp hoặc dán nội dung văn bản (chỉ một trong hai).' });

const newRuleSet = z
  .object({
    id: ruleSetIdSchema,
    title: requiredText('Tên bộ quy tắc', 500),
    shortName: requiredText('Tên ngắn', 60),
    decision: ruleDecisionSchema,
    effectiveDate: effectiveDate,
    status: status.default('inForce'),
    motto: z.object({ text: requiredText('Phương châm', 300), verified: z.boolean(), source: requiredText('Nguồn', 500) }).strict().optional(),
  })
  .strict();

const newVersion = z
  .object({
    id: ruleSetIdSchema,
    title: requiredText('Tên bộ quy tắc', 500).optional(),
    decision: ruleDecisionSchema.optional(),
    effectiveDate: effectiveDate.optional(),
    status: status.optional(),
  })
  .strict();

export const ruleImportSave = z
  .object({
    tree: depthLimited(z.array(ruleNodeSchema).min(1, { error: 'Chưa có điều, khoản hay mục nào để lưu.' }).max(500), MAX_RULE_LEVELS, 'Các điều khoản'),
    sourceNote: text('Ghi chú nguồn', 4000).default(''),
    asNewRuleSet: newRuleSet.optional(),
    asNewVersionOf: newVersion.optional(),
  })
  .strict()
  .refine((input) => (input.asNewRuleSet === undefined) !== (input.asNewVersionOf === undefined), {
    error: 'Hãy chọn lưu thành bộ quy tắc mới hoặc phiên bản mới của một bộ đã có (chỉ một trong hai).',
  });

export const rulesMethods = {
  listRuleSets: method<RuleSetSummary[]>()(empty),
  getRuleSet: method<RuleSetView>()(ruleSetRef),
  previewRuleImport: method<RuleImportPreview>()(ruleImportSource),
  saveRuleImport: method<RuleSetView>()(ruleImportSave),
} as const;
