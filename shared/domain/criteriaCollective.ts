/** Shipped set 3: the collective scorecard for units (phòng, ban, bộ phận). */
import type { CriteriaSetFields } from '../schema/criteria';
import { ND335_BANDS, leaf } from './criteriaBuild';

export const COLLECTIVE_SET: CriteriaSetFields = {
  setId: 'conduct-collective',
  version: 1,
  name: 'Bảng chấm điểm thi đua tập thể (đơn vị) thực hiện văn hóa công sở và Quy tắc ứng xử',
  shortName: 'Thi đua văn hóa công sở — tập thể',
  subject: 'unit',
  categories: null,
  basis: 'Thang điểm do phường quy định; vi phạm của cá nhân trong đơn vị trừ vào điểm tập thể.',
  criteria: [
    leaf('to-chuc', 'Tổ chức quán triệt, tuyên truyền, ký cam kết thực hiện Quy tắc ứng xử', 20),
    leaf('chap-hanh', 'Cá nhân trong đơn vị chấp hành Quy tắc ứng xử', 30, {
      input: 'startsFull',
      deductions: { reminder: 1, criticism: 2, selfCriticism: 4, reprimand: 10, warning: 15, dismissalFromPost: 20, forcedResignation: 30 },
    }),
    leaf('cong-so', 'Văn hóa công sở, vệ sinh, cảnh quan nơi làm việc', 20, { input: 'startsFull' }),
    leaf('nhiem-vu', 'Hoàn thành nhiệm vụ chuyên môn của đơn vị', 25),
    leaf('diem-cong', 'Điểm cộng: tập thể được biểu dương, khen thưởng', 5, { input: 'startsEmpty', bonuses: { praise: 2, reward: 3, exemplar: 5 } }),
  ],
  bands: ND335_BANDS,
  triggers: [],
  fallbackCriterionId: 'chap-hanh',
  taskRules: null,
  excellentCapOfGood: null,
  notes: ['Thang điểm, mức trừ và khung xếp loại là lựa chọn của phường.'],
  isActive: true,
};
