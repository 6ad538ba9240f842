/**
 * Rule sets (codes of conduct) as data: one version of one rule set, with its node tree.
 * Shipped versions live in resources/rules/<id>.v<version>.json; imported ones in the store's
 * ruleSets.json. A version is never edited in place: a change is a new version.
 */
import { z } from 'zod';
import { isoDate } from './isoDate';
import { depthLimited, MAX_RULE_LEVELS } from './depth';

export const RULE_NODE_KINDS = ['chapter', 'article', 'clause', 'point', 'shouldList', 'shouldNotList', 'item'] as const;
export type RuleNodeKind = (typeof RULE_NODE_KINDS)[number];

export const RULE_SET_STATUSES = ['inForce', 'draft', 'replaced'] as const;
export type RuleSetStatus = (typeof RULE_SET_STATUSES)[number];

/** Where the wording of a node imported from a document comes from until a person reviews it. */
export const IMPORTED_SOURCE = 'nhập từ văn bản';

export interface RuleNode {
  kind: RuleNodeKind;
  /** 'II' for a chapter, '3' for an article or clause, 'a' for a point, '' for a list heading. */
  number: string;
  title?: string;
  /** The wording, copied exactly (NFC); '' when there is none or it is a gap. */
  text: string;
  /** True only when the wording was read in a source that reproduces the official text. */
  verified: boolean;
  /** Where the wording comes from, e.g. 'luatsubinh.vn (S1, VERBATIM)'. */
  source: string;
  /** True when the official text is not available ("chưa có văn bản chính thức"). */
  isGap?: boolean;
  /** An editor's remark for people (Vietnamese), never printed as part of the rule. */
  note?: string;
  children: RuleNode[];
}

export interface RuleDecision {
  /** e.g. '1665/QĐ-UBND'; '' when the rule set is not a numbered decision (a campaign). */
  number: string;
  /** ISO date, yyyy-mm-dd. */
  date: string;
  issuer: string;
  signer?: string;
}

export interface RuleMotto {
  text: string;
  verified: boolean;
  source: string;
}

export interface RuleSetVersion {
  id: string;
  version: number;
  title: string;
  /** Short name used in references: 'QĐ 1665', 'QĐ 522', 'Năm không'. */
  shortName: string;
  decision: RuleDecision;
  effectiveDate: string;
  status: RuleSetStatus;
  motto?: RuleMotto;
  sourceNote: string;
  nodes: RuleNode[];
}

const nfcText = (label: string, max: number) =>
  z
    .string({ error: (issue) => (issue.input === undefined || issue.input === null ? `Nhập ${label.charAt(0).toLowerCase()}${label.slice(1)}` : `${label}: phải là chữ`) })
    .max(max, { error: `${label}: tối đa ${max} ký tự` })
    .transform((value) => value.normalize('NFC'));

export const ruleSetIdSchema = z
  .string({ error: 'Mã bộ quy tắc: phải là chữ' })
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, { error: 'Mã bộ quy tắc chỉ gồm chữ thường không dấu, số và dấu gạch ngang (ví dụ qd-522-2017)' })
  .max(60, { error: 'Mã bộ quy tắc: tối đa 60 ký tự' });

export const ruleNodeSchema: z.ZodType<RuleNode, RuleNode> = z.lazy(() =>
  z
    .object({
      kind: z.enum(RULE_NODE_KINDS, { error: 'Loại mục không hợp lệ' }),
      number: nfcText('Số mục', 20),
      title: nfcText('Tiêu đề', 500).optional(),
      text: nfcText('Nội dung', 20_000),
      verified: z.boolean({ error: 'Đã đối chiếu: phải là đúng/sai' }),
      source: nfcText('Nguồn', 500),
      isGap: z.boolean().optional(),
      note: nfcText('Ghi chú', 2000).optional(),
      children: z.array(ruleNodeSchema).max(500, { error: 'Quá nhiều mục con' }),
    })
    .strict(),
);

export const ruleDecisionSchema = z
  .object({
    number: nfcText('Số quyết định', 60),
    date: isoDate('Ngày quyết định'),
    issuer: nfcText('Cơ quan ban hành', 200),
    signer: nfcText('Người ký', 200).optional(),
  })
  .strict();

export const ruleSetVersionSchema = z
  .object({
    id: ruleSetIdSchema,
    version: z.number().int().min(1),
    title: nfcText('Tên bộ quy tắc', 500),
    shortName: nfcText('Tên ngắn', 60),
    decision: ruleDecisionSchema,
    effectiveDate: isoDate('Ngày có hiệu lực'),
    status: z.enum(RULE_SET_STATUSES),
    motto: z.object({ text: nfcText('Phương châm', 300), verified: z.boolean(), source: nfcText('Nguồn', 500) }).strict().optional(),
    sourceNote: nfcText('Ghi chú nguồn', 4000),
    nodes: depthLimited(z.array(ruleNodeSchema).max(500), MAX_RULE_LEVELS, 'Các mục'),
  })
  .strict();

/** The file name of a shipped version: 'qd-1665-2017.v1.json'. */
export function ruleSetFileName(id: string, version: number): string {
  return `${id}.v${version}.json`;
}
