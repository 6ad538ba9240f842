/**
 * What the Hội đồng thi đua – khen thưởng votes on and how a vote passes, pure.
 *
 * Legal basis as found (see /shared/reference/legal-sources.md §6 and the review notes of issue 15):
 * - Nghị định 91/2017/NĐ-CP Điều 45 khoản 8 (as quoted by Ban Thi đua – Khen thưởng Trung ương,
 *   banthiduakhenthuongtw.gov.vn, 18/06/2017): for Chiến sĩ thi đua cấp bộ, ngành, tỉnh and higher the
 *   council votes by secret ballot and needs at least 90 % of ALL its members (absent members by
 *   writing). That is the provincial level and a decree replaced by ND 98/2023 from 01/01/2024.
 * - For a ward council (Chiến sĩ thi đua cơ sở, Lao động tiên tiến, Tập thể lao động tiên tiến, giấy
 *   khen) no national text with a vote share was found (ND 98/2023 text NOT FOUND). Every threshold
 *   below is therefore "do phường tự quy định" — a setting the ward changes on the meeting — and its
 *   label says so; the Chiến sĩ thi đua cơ sở default follows the secret-ballot practice above at a
 *   share the ward sets (70 % of all members), never printed as an official rule.
 */
import type { AgendaTitle, CouncilRole, ThresholdBase, VoteThreshold } from '../schema/council';
import { UPWARD_LABELS, UPWARD_TITLES, type UpwardTitle } from './titlesEarlier';

export const AGENDA_LABELS: Record<AgendaTitle, string> = {
  advancedWorker: 'Lao động tiên tiến',
  gradeEmulationSoldier: 'Chiến sĩ thi đua cơ sở',
  advancedCollective: 'Tập thể lao động tiên tiến',
  certificateOfMerit: 'Giấy khen',
  ...UPWARD_LABELS,
};

/** Proposed by the ward to the city (Chủ tịch UBND Thành phố decides), not in the ward's own decision. */
export function isUpward(title: AgendaTitle): title is UpwardTitle {
  return (UPWARD_TITLES as readonly string[]).includes(title);
}

/** Titles for collectives (units), not people. */
export function isForUnits(title: AgendaTitle): boolean {
  return title === 'advancedCollective' || title === 'excellentCollective';
}

export const ROLE_LABELS: Record<CouncilRole, string> = {
  chair: 'Chủ tịch Hội đồng',
  viceChair: 'Phó Chủ tịch Hội đồng',
  standing: 'Ủy viên thường trực',
  member: 'Ủy viên',
  secretary: 'Thư ký',
};

export const BASE_LABELS: Record<ThresholdBase, string> = {
  members: 'tổng số thành viên Hội đồng',
  present: 'số thành viên có mặt',
  valid: 'số phiếu hợp lệ',
};

const WARD_CHOICE = 'Do phường tự quy định — chưa tìm thấy văn bản quy định tỷ lệ phiếu cho cấp xã';

export const DEFAULT_THRESHOLDS: VoteThreshold[] = [
  { title: 'advancedWorker', percent: 50, base: 'present', isInclusive: false, basis: WARD_CHOICE },
  {
    title: 'gradeEmulationSoldier', percent: 70, base: 'members', isInclusive: true,
    basis: `${WARD_CHOICE}; bỏ phiếu kín theo cách NĐ 91/2017 Điều 45 khoản 8 áp dụng cho Chiến sĩ thi đua cấp tỉnh (từ 90% tổng số thành viên, văn bản đã được thay thế)`,
  },
  { title: 'advancedCollective', percent: 50, base: 'present', isInclusive: false, basis: WARD_CHOICE },
  { title: 'certificateOfMerit', percent: 50, base: 'present', isInclusive: false, basis: WARD_CHOICE },
  { title: 'provincialEmulationSoldier', percent: 70, base: 'members', isInclusive: true, basis: `${WARD_CHOICE}; đề nghị lên Thành phố, bỏ phiếu kín như Chiến sĩ thi đua cơ sở` },
  { title: 'provincialMerit', percent: 50, base: 'present', isInclusive: false, basis: `${WARD_CHOICE}; đề nghị lên Thành phố` },
  { title: 'excellentCollective', percent: 50, base: 'present', isInclusive: false, basis: `${WARD_CHOICE}; đề nghị lên Thành phố` },
];

/** "từ 70% tổng số thành viên Hội đồng trở lên", "trên 50% số thành viên có mặt". */
export function thresholdText(t: VoteThreshold): string {
  const share = `${String(t.percent).replace('.', ',')}% ${BASE_LABELS[t.base]}`;
  return t.isInclusive ? `từ ${share} trở lên` : `trên ${share}`;
}

/** Agenda for a meeting: the year-end titles, or the six-month commendations of the conduct movement. */
export function defaultAgenda(half: 1 | 2 | null): AgendaTitle[] {
  return half === null ? ['advancedWorker', 'gradeEmulationSoldier', 'advancedCollective', 'certificateOfMerit', ...UPWARD_TITLES] : ['certificateOfMerit'];
}

export function meetingLabel(year: number, half: 1 | 2 | null): string {
  return half === null ? `Xét danh hiệu thi đua, khen thưởng năm ${year}` : `Sơ kết 6 tháng ${half === 1 ? 'đầu' : 'cuối'} năm ${year}`;
}
