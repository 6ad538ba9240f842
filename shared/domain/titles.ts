/**
 * Year-end emulation titles, each with the checks that decide it (explained to the person). A title is
 * judged on the person's official annual classification (classification.ts): ND 335/2025 for công chức,
 * an entered classification for the others; the ward's conduct scorecard is shown as evidence only.
 * - Lao động tiên tiến — Luật TĐKT 2022 Điều 24 khoản 1 (VERBATIM, laocai.edu.vn): a) "Hoàn thành tốt nhiệm
 *   vụ trở lên"; b) tinh thần tự lực, đoàn kết, tích cực tham gia phong trào thi đua (the council judges b).
 *   Plus: no discipline in the year (a disciplined person cannot be rated "tốt": ND 335/2025 point c,
 *   ND 48/2023 khoản 5 Điều 2 — the check only makes that visible); and people recruited less than
 *   `minServiceMonths` (6) before the year's end are not proposed (TT 01/2024/TT-BNV as cited in the
 *   review of issue 12 — article text NOT FOUND in our sources; a setting).
 * - Chiến sĩ thi đua cơ sở — Luật TĐKT 2022 Điều 21 as read in the review (exact text NOT FOUND; the pre-2022
 *   Điều 23 and ND 91/2017 Điều 9 k.3 are VERBATIM in the references): Lao động tiên tiến AND ONE OF
 *   hoàn thành xuất sắc nhiệm vụ, an initiative recognised, a scientific work accepted and applied.
 *   The number is limited to a share of Lao động tiên tiến (a ward setting; the 15 % figure is UNVERIFIED).
 * - Tập thể lao động tiên tiến: more than 50 % of the unit's members Lao động tiên tiến and nobody in it
 *   disciplined from cảnh cáo up in the year (pre-2022 Luật Điều 28, VERBATIM; the 2022 text is NOT FOUND).
 * Someone without a complete official classification is not eligible, and the check says why.
 */
import { RATING_LABELS, type Rating } from '../schema/criteria';
import { MEASURE_LABELS } from '../schema/violation';
import { UNSCORED_LABEL } from './scoreStatus';
import { disciplinesWeighing, type ConductViolation } from './scoringEvents';

export const TITLES = ['advancedWorker', 'gradeEmulationSoldier', 'advancedCollective'] as const;
export type Title = (typeof TITLES)[number];

export const TITLE_LABELS: Record<Title, string> = {
  advancedWorker: 'Lao động tiên tiến',
  gradeEmulationSoldier: 'Chiến sĩ thi đua cơ sở',
  advancedCollective: 'Tập thể lao động tiên tiến',
};

export interface TitleCheck {
  label: string;
  isMet: boolean;
  detail: string;
}

export interface TitleEligibility {
  title: Title;
  isEligible: boolean;
  checks: TitleCheck[];
}

/** 'initiative': sáng kiến được công nhận; 'research': đề tài, đề án, công trình khoa học đã nghiệm thu và áp dụng. */
export type InitiativeKind = 'initiative' | 'research';

export interface Initiative {
  name: string;
  recognisedBy: string;
  date: string;
  /** Absent on records saved before the distinction = 'initiative'. */
  kind?: InitiativeKind;
}

/** The annual classification a title is judged on. */
export interface YearClassification {
  rating: Rating | null;
  /** "Nghị định 335/2025 — tổng hợp 12/12 tháng", "Xếp loại chính thức: QĐ 45/QĐ-UBND ngày 20/12/2026". */
  source: string;
  /** Every applicable month scored, or an entered official classification. */
  isComplete: boolean;
}

/** Disciplines decided in the year that counted (the violation log's rule) on some day of it. */
function disciplinesInYear(violations: ConductViolation[], year: number, minForm: 'reprimand' | 'warning'): ConductViolation[] {
  return disciplinesWeighing(violations, minForm, year, `${year}-12-31`);
}

function addMonths(iso: string, months: number): string {
  const [y, m, d] = iso.split('-').map(Number);
  const date = new Date(Date.UTC(y ?? 2000, (m ?? 1) - 1 + months, d ?? 1));
  return date.toISOString().slice(0, 10);
}

/** Whether someone recruited on `startDate` has served `minMonths` full months by the end of `year`. */
export function hasServedMonths(startDate: string | null, year: number, minMonths: number): boolean {
  return !startDate || minMonths <= 0 || addMonths(startDate, minMonths) <= `${year + 1}-01-01`;
}

function dmy(iso: string): string {
  const [y, m, d] = iso.split('-');
  return `${d}/${m}/${y}`;
}

export interface AdvancedWorkerInput {
  classification: YearClassification | null;
  violations: ConductViolation[];
  year: number;
  startDate: string | null;
  minServiceMonths: number;
}

export function advancedWorker(input: AdvancedWorkerInput): TitleEligibility {
  const { classification: c, year } = input;
  const isRatedWell = c !== null && c.isComplete && (c.rating === 'excellent' || c.rating === 'good');
  const disciplines = disciplinesInYear(input.violations, year, 'reprimand');
  const served = hasServedMonths(input.startDate, year, input.minServiceMonths);
  const ratingDetail = !c || c.rating === null ? `${UNSCORED_LABEL}: chưa có xếp loại chất lượng năm${c ? ` (${c.source})` : ''}` : `${RATING_LABELS[c.rating]}${c.isComplete ? '' : ' — TẠM TÍNH'} (${c.source})`;
  const checks: TitleCheck[] = [
    { label: 'Xếp loại chất lượng năm từ "Hoàn thành tốt nhiệm vụ" trở lên', isMet: isRatedWell, detail: ratingDetail },
    { label: 'Không bị kỷ luật trong năm', isMet: disciplines.length === 0, detail: disciplines.length === 0 ? 'Không có quyết định kỷ luật' : disciplines.map((v) => `${MEASURE_LABELS[v.measure]} (${v.effectiveDate})`).join('; ') },
    {
      label: `Đã công tác từ ${input.minServiceMonths} tháng trở lên tính đến cuối năm`, isMet: served,
      detail: input.startDate ? `Ngày tuyển dụng ${dmy(input.startDate)}${served ? '' : ` — chưa đủ ${input.minServiceMonths} tháng đến 31/12/${year}`}` : 'Không ghi ngày tuyển dụng',
    },
  ];
  return { title: 'advancedWorker', isEligible: checks.every((ch) => ch.isMet), checks };
}

/** Chiến sĩ thi đua cơ sở: Lao động tiên tiến and one of: xuất sắc, an initiative, an accepted scientific work. */
export function gradeEmulationSoldier(worker: TitleEligibility, classification: YearClassification | null, initiative: Initiative | null): TitleEligibility {
  const isExcellent = classification !== null && classification.isComplete && classification.rating === 'excellent';
  const kind = initiative?.kind ?? 'initiative';
  const achievements = [
    isExcellent ? `Xếp loại "${RATING_LABELS.excellent}"` : '',
    initiative && kind === 'initiative' ? `Sáng kiến "${initiative.name}" — ${initiative.recognisedBy} (${initiative.date})` : '',
    initiative && kind === 'research' ? `Đề tài, công trình khoa học "${initiative.name}" — ${initiative.recognisedBy} (${initiative.date})` : '',
  ].filter(Boolean);
  const checks: TitleCheck[] = [
    { label: 'Đạt danh hiệu "Lao động tiên tiến"', isMet: worker.isEligible, detail: worker.isEligible ? 'Đủ điều kiện' : 'Chưa đủ điều kiện Lao động tiên tiến' },
    {
      label: 'Đạt một trong: hoàn thành xuất sắc nhiệm vụ; sáng kiến được công nhận; đề tài, công trình khoa học đã nghiệm thu và áp dụng',
      isMet: achievements.length > 0, detail: achievements.length > 0 ? achievements.join('; ') : 'Chưa xếp loại xuất sắc, chưa ghi nhận sáng kiến hay đề tài',
    },
  ];
  return { title: 'gradeEmulationSoldier', isEligible: checks.every((ch) => ch.isMet), checks };
}

export interface SoldierQuota {
  allowed: number;
  candidates: number;
  isOver: boolean;
  message: string;
}

/** How many Chiến sĩ thi đua cơ sở the ratio allows among the Lao động tiên tiến. */
export function soldierQuota(advancedWorkers: number, candidates: number, ratio: number): SoldierQuota {
  const allowed = Math.floor(advancedWorkers * ratio + 1e-9);
  const isOver = candidates > allowed;
  const percent = Math.round(ratio * 100);
  return {
    allowed, candidates, isOver,
    message: `${candidates} người đủ điều kiện Chiến sĩ thi đua cơ sở; tỷ lệ ${percent}% của ${advancedWorkers} Lao động tiên tiến cho phép ${allowed}${isOver ? ' — vượt tỷ lệ, Hội đồng cần chọn' : ''}.`,
  };
}

export interface CollectiveMember {
  staffId: string;
  fullName: string;
  isAdvancedWorker: boolean;
  /** Without a complete classification for the year ("Chưa chấm"). */
  isUnscored?: boolean;
  violations: ConductViolation[];
}

export function advancedCollective(members: CollectiveMember[], year: number): TitleEligibility {
  const workers = members.filter((m) => m.isAdvancedWorker).length;
  const isMajority = members.length > 0 && workers * 2 > members.length;
  const unscored = members.filter((m) => m.isUnscored).length;
  const heavy = members.flatMap((m) => disciplinesInYear(m.violations, year, 'warning').map((v) => `${m.fullName}: ${MEASURE_LABELS[v.measure]}`));
  const checks: TitleCheck[] = [
    { label: 'Trên 50% cá nhân đạt "Lao động tiên tiến"', isMet: isMajority, detail: `${workers}/${members.length} người${unscored > 0 ? ` (${unscored} người ${UNSCORED_LABEL.toLowerCase()})` : ''}` },
    { label: 'Không có cá nhân bị kỷ luật từ cảnh cáo trở lên', isMet: heavy.length === 0, detail: heavy.length === 0 ? 'Không có' : heavy.join('; ') },
  ];
  return { title: 'advancedCollective', isEligible: checks.every((c) => c.isMet), checks };
}
