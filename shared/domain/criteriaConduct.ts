/** Shipped set 2: the ward's conduct emulation scorecard for individuals (văn hóa công sở, QTƯX, "Năm không"). */
import type { CriteriaSetFields } from '../schema/criteria';
import { DISCIPLINE_TRIGGER, ND335_BANDS, WARD_DEDUCTIONS, leaf } from './criteriaBuild';

const MAP_NOTE = 'Việc gán điều, khoản QĐ 522 vào tiêu chí là lựa chọn của phường (chưa có toàn văn QĐ 522) — sửa được.';
const d = { ...WARD_DEDUCTIONS };
const article = (a: string, clause?: string) => ({ ruleSetId: 'qd-522-2017', article: a, ...(clause ? { clause } : {}) });

export const CONDUCT_SET: CriteriaSetFields = {
  setId: 'conduct-individual',
  version: 1,
  name: 'Bảng chấm điểm thi đua thực hiện văn hóa công sở và Quy tắc ứng xử (cá nhân)',
  shortName: 'Thi đua văn hóa công sở — cá nhân',
  subject: 'staff',
  categories: null,
  basis: 'Phong trào "CB, CC, VC, NLĐ thi đua thực hiện văn hóa công sở và nơi công cộng"; QĐ 522/QĐ-UBND, QĐ 1665/QĐ-UBND; Cuộc vận động "Năm không". Thang điểm do phường quy định.',
  criteria: [
    leaf('gio-giac', 'Chấp hành giờ giấc làm việc', 15, { input: 'startsFull', deductions: d, matches: [article('5', '1')], note: MAP_NOTE }),
    leaf('trang-phuc', 'Trang phục, đeo thẻ công chức, viên chức', 10, { input: 'startsFull', deductions: d, matches: [article('5', '2'), article('5', '3')], note: MAP_NOTE }),
    leaf('tac-phong', 'Tác phong, lề lối làm việc', 15, { input: 'startsFull', deductions: d, matches: [article('7')], note: MAP_NOTE }),
    leaf('ung-xu-nhan-dan', 'Ứng xử với nhân dân', 20, { input: 'startsFull', deductions: d, matches: [article('6'), { ruleSetId: 'qd-1665-2017' }], note: MAP_NOTE }),
    leaf('ung-xu-dong-nghiep', 'Ứng xử với đồng nghiệp', 15, { input: 'startsFull', deductions: d, matches: [article('8')], note: MAP_NOTE }),
    leaf('ky-luat', 'Chấp hành kỷ luật, kỷ cương hành chính', 10, { input: 'startsFull', deductions: { ...d, reprimand: 10, warning: 10 }, note: 'Nhận các vi phạm chưa gán tiêu chí khác.' }),
    leaf('nam-khong', 'Thực hiện Cuộc vận động "Năm không"', 10, { input: 'startsFull', deductions: d, matches: [{ ruleSetId: 'nam-khong-2019' }] }),
    leaf('diem-cong', 'Điểm cộng: biểu dương, khen thưởng, người tốt việc tốt', 5, { input: 'startsEmpty', bonuses: { praise: 2, reward: 3, goodDeed: 3, exemplar: 5 }, note: 'Mức cộng do phường quy định.' }),
  ],
  bands: ND335_BANDS,
  triggers: [DISCIPLINE_TRIGGER],
  fallbackCriterionId: 'ky-luat',
  taskRules: null,
  excellentCapOfGood: 0.2,
  notes: [MAP_NOTE, 'Điểm trừ: nhắc nhở 2, phê bình 5, kiểm điểm 10 (mức của phường). Khung xếp loại dùng như ND 335/2025 (lựa chọn của phường).'],
  isActive: true,
};
