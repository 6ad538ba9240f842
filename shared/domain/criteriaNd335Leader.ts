/**
 * Shipped set 4: ND 335/2025 evaluation of leaders (người đứng đầu đơn vị, Chủ tịch / Phó Chủ tịch).
 * ND 335/2025 Điều 15 (QUOTED-PRESS, news.laodong.vn): a leader's task results compare their own products
 * with those assigned, and add the results of the unit led (all công chức under them at least "hoàn thành
 * nhiệm vụ" → 100 %, any "không hoàn thành" → 50 %) and the capacity to organise the tasks (all tasks on
 * time, with quality, with initiatives → 100 %). How the 70 points are split between the three parts is
 * not in the sources we have: 30 / 20 / 20 is the ward's choice. Applying the set to cán bộ (Chủ tịch,
 * Phó Chủ tịch) is also the ward's choice: ND 335 covers công chức.
 */
import type { CriteriaSetFields } from '../schema/criteria';
import { DISCIPLINE_TRIGGER, ND335_BANDS, WARD_DEDUCTIONS, group, leaf } from './criteriaBuild';

const WARD = 'do phường tự quy định';
const SPLIT_NOTE = `Cách chia 30 điểm tiêu chí chung và chia 70 điểm thành 30 / 20 / 20 (${WARD}; nguồn hiện có không quy định cách chia) — sửa được.`;
const CODES = [{ ruleSetId: 'qd-522-2017' }, { ruleSetId: 'qd-1665-2017' }];

export const ND335_LEADER_SET: CriteriaSetFields = {
  setId: 'nd335-2025-leader',
  version: 1,
  name: 'Đánh giá, xếp loại người lãnh đạo, quản lý hằng tháng theo Nghị định 335/2025/NĐ-CP',
  shortName: 'ND 335/2025 — lãnh đạo, quản lý',
  subject: 'staff',
  categories: ['civilServant', 'official'],
  basis: 'Nghị định 335/2025/NĐ-CP, Điều 15 (nội dung trích theo báo chí, cần đối chiếu văn bản gốc). Người lãnh đạo xác định từ dữ liệu: người đứng đầu đơn vị, Chủ tịch, Phó Chủ tịch UBND.',
  criteria: [
    group('general', 'Tiêu chí chung (30 điểm)', [
      leaf('pham-chat', 'Phẩm chất chính trị, đạo đức, văn hóa thực thi công vụ, ý thức kỷ luật, trách nhiệm nêu gương', 10, { deductions: { ...WARD_DEDUCTIONS }, matches: CODES, note: SPLIT_NOTE }),
      leaf('trach-nhiem', 'Tinh thần trách nhiệm, thái độ phục vụ nhân dân, doanh nghiệp', 10, { deductions: { ...WARD_DEDUCTIONS }, matches: [{ ruleSetId: 'nam-khong-2019' }], note: SPLIT_NOTE }),
      leaf('doi-moi', 'Năng lực đổi mới sáng tạo, dám nghĩ, dám làm', 10, { note: SPLIT_NOTE }),
    ], SPLIT_NOTE),
    group('task-results-group', 'Kết quả thực hiện nhiệm vụ (70 điểm)', [
      leaf('task-results', 'Sản phẩm, công việc được giao trực tiếp và chỉ đạo, điều hành', 30, {
        input: 'taskProducts',
        note: 'Tính từ sản phẩm được giao (số lượng, chất lượng, tiến độ; mỗi lần không đạt chất lượng hoặc chậm tiến độ trừ 25% phần điểm tương ứng — Điều 14, Điều 15).',
      }),
      leaf('unit-results', 'Kết quả hoạt động của đơn vị được giao quản lý', 20, {
        input: 'unitResults',
        note: 'Tự tính: 100% khi mọi công chức thuộc quyền quản lý từ "Hoàn thành nhiệm vụ" trở lên; 50% khi có người "Không hoàn thành nhiệm vụ" (Điều 15).',
      }),
      leaf('to-chuc', 'Năng lực tổ chức triển khai thực hiện nhiệm vụ', 20, {
        note: 'Đủ điểm khi đơn vị hoàn thành mọi nhiệm vụ đúng tiến độ, bảo đảm chất lượng, có sáng kiến hoặc giải pháp tổ chức hiệu quả (Điều 15); mức thấp hơn do người chấm quyết định.',
      }),
    ], SPLIT_NOTE),
  ],
  bands: ND335_BANDS,
  triggers: [DISCIPLINE_TRIGGER],
  fallbackCriterionId: 'pham-chat',
  taskRules: { shares: { quantity: 1 / 3, quality: 1 / 3, progress: 1 / 3 }, qualityFailPercent: 25, delayPercent: 25 },
  excellentCapOfGood: 0.2,
  audience: 'leaders',
  forcingFindings: ['degradation', 'unitCorruption'],
  unitResultsFrom: 'nd335-2025',
  capPool: 'nd335',
  notes: [SPLIT_NOTE, `Áp dụng bộ tiêu chí này cho Chủ tịch, Phó Chủ tịch (cán bộ) là lựa chọn của phường (${WARD}).`],
  isActive: true,
};
