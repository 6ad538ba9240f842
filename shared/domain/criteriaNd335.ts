/**
 * Shipped set 1: ND 335/2025 monthly evaluation of công chức who do not lead (30 general points — the
 * general criteria article; 70 task-result points — Điều 14; QUOTED-PRESS nld.com.vn, kienthuc.net.vn).
 * Leaders are scored with the leader set (criteriaNd335Leader.ts, Điều 15).
 */
import type { CriteriaSetFields } from '../schema/criteria';
import { DISCIPLINE_TRIGGER, ND335_BANDS, WARD_DEDUCTIONS, group, leaf } from './criteriaBuild';

const SPLIT_NOTE = 'Cách chia 30 điểm thành 3 tiêu chí × 10 điểm là lựa chọn của phường (nguồn hiện có không quy định cách chia) — sửa được.';
const CODES = [{ ruleSetId: 'qd-522-2017' }, { ruleSetId: 'qd-1665-2017' }];

export const ND335_SET: CriteriaSetFields = {
  setId: 'nd335-2025',
  version: 1,
  name: 'Đánh giá, xếp loại công chức hằng tháng theo Nghị định 335/2025/NĐ-CP',
  shortName: 'ND 335/2025 — công chức',
  subject: 'staff',
  categories: ['civilServant'],
  basis: 'Nghị định 335/2025/NĐ-CP ngày 21/12/2025, hiệu lực 01/01/2026 (nội dung trích theo báo chí, cần đối chiếu văn bản gốc).',
  criteria: [
    group('general', 'Tiêu chí chung (30 điểm)', [
      leaf('pham-chat', 'Phẩm chất chính trị, đạo đức, văn hóa thực thi công vụ, ý thức kỷ luật', 10, { deductions: { ...WARD_DEDUCTIONS }, matches: CODES, note: SPLIT_NOTE }),
      leaf('trach-nhiem', 'Tinh thần trách nhiệm, thái độ phục vụ nhân dân, doanh nghiệp', 10, { deductions: { ...WARD_DEDUCTIONS }, matches: [{ ruleSetId: 'nam-khong-2019' }], note: SPLIT_NOTE }),
      leaf('doi-moi', 'Năng lực đổi mới sáng tạo, dám nghĩ, dám làm', 10, { note: SPLIT_NOTE }),
    ], SPLIT_NOTE),
    leaf('task-results', 'Kết quả thực hiện nhiệm vụ (70 điểm)', 70, {
      input: 'taskProducts',
      note: 'Tính từ sản phẩm được giao và hoàn thành (số lượng, chất lượng, tiến độ; mỗi lần không đạt chất lượng hoặc chậm tiến độ trừ 25% phần điểm tương ứng của sản phẩm đó — Điều 14). Tỷ trọng 1/3 mỗi phần là lựa chọn của phường.',
    }),
  ],
  bands: ND335_BANDS,
  triggers: [DISCIPLINE_TRIGGER],
  fallbackCriterionId: 'pham-chat',
  taskRules: { shares: { quantity: 1 / 3, quality: 1 / 3, progress: 1 / 3 }, qualityFailPercent: 25, delayPercent: 25 },
  excellentCapOfGood: 0.2,
  audience: 'nonLeaders',
  forcingFindings: ['degradation'],
  capPool: 'nd335',
  notes: [
    SPLIT_NOTE,
    'Điểm trừ theo hình thức xử lý (nhắc nhở 2, phê bình 5, kiểm điểm 10) là mức của phường, không phải quy định của Nghị định.',
    'Tỷ lệ "Hoàn thành xuất sắc nhiệm vụ" không vượt quá 20% số "Hoàn thành tốt nhiệm vụ" trong cùng cơ quan, nhóm nhiệm vụ tương đồng (ND 335/2025, trích theo báo chí).',
  ],
  isActive: true,
};
