/**
 * The organisation of a merged Hà Nội ward (since 1/7/2025) for demo data: its units, and who works in each.
 * Công an phường is not a unit of the ward's People's Committee and is left out on purpose.
 */
import type { StaffCategory } from './types';

export interface PostTemplate {
  position: string;
  title: string;
  category: StaffCategory;
  isHead?: boolean;
}

export interface UnitTemplate {
  name: string;
  shortName: string;
  /** Posts filled first, in order: the head, deputies, fixed posts. */
  leaders: PostTemplate[];
  /** Posts that fill the rest of the unit, with weights. */
  members: (readonly [PostTemplate, number])[];
  /** Share of the ward's staff this unit holds. */
  weight: number;
}

const expert = (category: StaffCategory = 'civilServant'): PostTemplate => ({ position: 'Chuyên viên', title: 'Chuyên viên', category });
const worker = (position: string): PostTemplate => ({ position, title: 'Nhân viên hợp đồng', category: 'worker' });

export const CORE_UNITS: UnitTemplate[] = [
  {
    name: 'Văn phòng HĐND và UBND',
    shortName: 'VP HĐND-UBND',
    leaders: [
      { position: 'Chánh Văn phòng', title: 'Chuyên viên chính', category: 'civilServant', isHead: true },
      { position: 'Chủ tịch UBND', title: 'Chủ tịch UBND phường', category: 'official' },
      { position: 'Phó Chủ tịch UBND', title: 'Phó Chủ tịch UBND phường', category: 'official' },
      { position: 'Phó Chủ tịch UBND', title: 'Phó Chủ tịch UBND phường', category: 'official' },
      { position: 'Chủ tịch HĐND', title: 'Chủ tịch HĐND phường', category: 'official' },
      { position: 'Phó Chủ tịch HĐND', title: 'Phó Chủ tịch HĐND phường', category: 'official' },
      { position: 'Phó Chánh Văn phòng', title: 'Chuyên viên', category: 'civilServant' },
    ],
    members: [[expert(), 6], [{ position: 'Văn thư', title: 'Cán sự', category: 'civilServant' }, 1], [worker('Lái xe'), 1], [worker('Nhân viên bảo vệ'), 1], [worker('Nhân viên phục vụ'), 1]],
    weight: 3,
  },
  {
    name: 'Phòng Kinh tế, Hạ tầng và Đô thị',
    shortName: 'KT-HT-ĐT',
    leaders: [
      { position: 'Trưởng phòng', title: 'Chuyên viên chính', category: 'civilServant', isHead: true },
      { position: 'Phó Trưởng phòng', title: 'Chuyên viên', category: 'civilServant' },
    ],
    members: [[expert(), 8], [{ position: 'Chuyên viên chính', title: 'Chuyên viên chính', category: 'civilServant' }, 1], [worker('Nhân viên hợp đồng'), 1]],
    weight: 3,
  },
  {
    name: 'Phòng Văn hóa - Xã hội',
    shortName: 'VH-XH',
    leaders: [
      { position: 'Trưởng phòng', title: 'Chuyên viên chính', category: 'civilServant', isHead: true },
      { position: 'Phó Trưởng phòng', title: 'Chuyên viên', category: 'civilServant' },
    ],
    members: [[expert(), 8], [worker('Nhân viên hợp đồng'), 1]],
    weight: 2.5,
  },
  {
    name: 'Trung tâm Phục vụ hành chính công',
    shortName: 'TT PVHCC',
    leaders: [
      { position: 'Giám đốc', title: 'Chuyên viên chính', category: 'civilServant', isHead: true },
      { position: 'Phó Giám đốc', title: 'Chuyên viên', category: 'civilServant' },
    ],
    members: [[expert(), 6], [{ position: 'Viên chức tiếp nhận hồ sơ', title: 'Viên chức', category: 'publicEmployee' }, 2], [worker('Nhân viên hợp đồng'), 1]],
    weight: 2.5,
  },
  {
    name: 'Ban Chỉ huy Quân sự',
    shortName: 'BCHQS',
    leaders: [
      { position: 'Chỉ huy trưởng', title: 'Chuyên viên', category: 'civilServant', isHead: true },
      { position: 'Chỉ huy phó', title: 'Chuyên viên', category: 'civilServant' },
    ],
    members: [[expert(), 2], [worker('Nhân viên hợp đồng'), 1]],
    weight: 1,
  },
  {
    name: 'Trung tâm Văn hóa, Thông tin và Thể thao',
    shortName: 'TT VH-TT-TT',
    leaders: [
      { position: 'Giám đốc', title: 'Viên chức hạng II', category: 'publicEmployee', isHead: true },
      { position: 'Phó Giám đốc', title: 'Viên chức hạng III', category: 'publicEmployee' },
    ],
    members: [[{ position: 'Viên chức', title: 'Viên chức hạng III', category: 'publicEmployee' }, 5], [worker('Nhân viên hợp đồng'), 2]],
    weight: 1.5,
  },
  {
    name: 'Trạm Y tế',
    shortName: 'TYT',
    leaders: [
      { position: 'Trạm trưởng', title: 'Bác sĩ', category: 'publicEmployee', isHead: true },
      { position: 'Phó Trạm trưởng', title: 'Y sĩ', category: 'publicEmployee' },
    ],
    members: [[{ position: 'Bác sĩ', title: 'Bác sĩ', category: 'publicEmployee' }, 2], [{ position: 'Điều dưỡng', title: 'Điều dưỡng hạng IV', category: 'publicEmployee' }, 3], [{ position: 'Y sĩ', title: 'Y sĩ', category: 'publicEmployee' }, 2]],
    weight: 1.5,
  },
  {
    name: 'Ban Quản lý dự án đầu tư xây dựng',
    shortName: 'BQLDA',
    leaders: [
      { position: 'Giám đốc', title: 'Viên chức hạng II', category: 'publicEmployee', isHead: true },
      { position: 'Phó Giám đốc', title: 'Viên chức hạng III', category: 'publicEmployee' },
    ],
    members: [[{ position: 'Viên chức', title: 'Kỹ sư hạng III', category: 'publicEmployee' }, 5], [worker('Nhân viên hợp đồng'), 1]],
    weight: 1.5,
  },
];

const SCHOOL_KINDS = [
  { prefix: 'Trường Mầm non', short: 'MN', teacher: 'Giáo viên mầm non hạng III' },
  { prefix: 'Trường Tiểu học', short: 'TH', teacher: 'Giáo viên tiểu học hạng III' },
  { prefix: 'Trường THCS', short: 'THCS', teacher: 'Giáo viên THCS hạng III' },
] as const;

const SCHOOL_NAMES = ['Hoa Sen', 'Ngọc Hà', 'Thăng Long', 'Lê Quý Đôn', 'Chu Văn An', 'Nguyễn Trãi', 'Đoàn Thị Điểm', 'Tô Hiến Thành', 'Hoa Mai', 'Hồng Hà', 'Bình Minh', 'Trưng Vương'];

/** Public schools (mầm non, tiểu học, THCS) have been managed by the ward since the 2025 merger. */
export function schoolUnits(count: number): UnitTemplate[] {
  return Array.from({ length: count }, (_, i) => {
    const kind = SCHOOL_KINDS[i % SCHOOL_KINDS.length] ?? SCHOOL_KINDS[0];
    const name = SCHOOL_NAMES[i % SCHOOL_NAMES.length] ?? 'Hoa Sen';
    return {
      name: `${kind.prefix} ${name}`,
      shortName: `${kind.short} ${name}`,
      leaders: [
        { position: 'Hiệu trưởng', title: kind.teacher.replace('hạng III', 'hạng II'), category: 'publicEmployee', isHead: true },
        { position: 'Phó Hiệu trưởng', title: kind.teacher.replace('hạng III', 'hạng II'), category: 'publicEmployee' },
        { position: 'Phó Hiệu trưởng', title: kind.teacher, category: 'publicEmployee' },
      ],
      members: [
        [{ position: 'Giáo viên', title: kind.teacher, category: 'publicEmployee' }, 14],
        [{ position: 'Kế toán', title: 'Kế toán viên', category: 'publicEmployee' }, 0.5],
        [worker('Nhân viên bảo vệ'), 0.7],
        [worker('Nhân viên cấp dưỡng'), 0.8],
      ],
      weight: 6,
    } satisfies UnitTemplate;
  });
}

/** Things that go wrong at a ward office, each with a (placeholder) reference into QĐ 522/QĐ-UBND. */
export const VIOLATION_KINDS: readonly { description: string; article: number; clause: number; weight: number }[] = [
  { description: 'Đi làm muộn không có lý do chính đáng', article: 5, clause: 1, weight: 10 },
  { description: 'Không đeo thẻ công chức, viên chức trong giờ làm việc', article: 5, clause: 2, weight: 8 },
  { description: 'Sử dụng điện thoại làm việc riêng khi tiếp công dân', article: 6, clause: 1, weight: 6 },
  { description: 'Thái độ thiếu niềm nở khi hướng dẫn thủ tục hành chính', article: 6, clause: 2, weight: 6 },
  { description: 'Trang phục không đúng quy định tại nơi làm việc', article: 5, clause: 3, weight: 5 },
  { description: 'Rời vị trí làm việc không báo cáo người phụ trách', article: 5, clause: 1, weight: 5 },
  { description: 'Hút thuốc lá trong phòng làm việc', article: 7, clause: 2, weight: 3 },
  { description: 'Uống rượu, bia trong giờ nghỉ trưa của ngày làm việc', article: 7, clause: 1, weight: 2 },
  { description: 'Chậm trả kết quả hồ sơ mà không thông báo, xin lỗi công dân', article: 6, clause: 3, weight: 3 },
  { description: 'Phát ngôn thiếu chuẩn mực trên mạng xã hội', article: 8, clause: 2, weight: 1.5 },
  { description: 'Lớn tiếng với đồng nghiệp tại cơ quan', article: 8, clause: 1, weight: 1.5 },
];

export const COMMENDATION_KINDS: readonly { form: 'praise' | 'goodDeed' | 'exemplar'; description: string }[] = [
  { form: 'goodDeed', description: 'Trả lại tài sản đánh rơi cho công dân đến làm thủ tục' },
  { form: 'praise', description: 'Được công dân gửi thư cảm ơn vì hướng dẫn tận tình' },
  { form: 'exemplar', description: 'Gương điển hình thực hiện văn hóa công sở' },
  { form: 'praise', description: 'Hoàn thành xuất sắc đợt cao điểm cấp giấy chứng nhận' },
  { form: 'goodDeed', description: 'Tham gia cứu giúp người bị nạn trên địa bàn phường' },
];
