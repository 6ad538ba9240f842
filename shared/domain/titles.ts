/**
 * Year-end emulation titles, each with the checks that decide it (explained to the person):
 * - Lao động tiên tiến (Luật TĐKT 2022 Điều 24 k.1): rated "hoàn thành tốt nhiệm vụ" or better for the
 *   year, and no discipline in the year.
 * - Chiến sĩ thi đua cơ sở: Lao động tiên tiến + an initiative recognised by the ward; the number is
 *   limited to a share of those who are Lao động tiên tiến (a ward setting: the 15 % figure is UNVERIFIED).
 * - Tập thể lao động tiên tiến: more than 50 % of the unit's members Lao động tiên tiến and nobody in it
 *   disciplined from cảnh cáo up in the year (the pre-2022 Luật's wording; the 2022 text is not verified).
 * Someone not scored for the year ("Chưa chấm") has no year rating: they are not eligible, the check says
 * so, and a unit's majority check names how many of its members are not scored (they stay in the count).
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

export interface Initiative {
  name: string;
  recognisedBy: string;
  date: string;
}

/** Disciplines decided in the year that counted (the violation log's rule) on some day of it. */
function disciplinesInYear(violations: ConductViolation[], year: number, minForm: 'reprimand' | 'warning'): ConductViolation[] {
  return disciplinesWeighing(violations, minForm, year, `${year}-12-31`);
}

export function advancedWorker(yearRating: Rating | null, violations: ConductViolation[], year: number): TitleEligibility {
  const isRatedWell = yearRating === 'excellent' || yearRating === 'good';
  const disciplines = disciplinesInYear(violations, year, 'reprimand');
  const checks: TitleCheck[] = [
    { label: 'Xếp loại năm từ "Hoàn thành tốt nhiệm vụ" trở lên', isMet: isRatedWell, detail: yearRating ? `Xếp loại năm: ${RATING_LABELS[yearRating]}` : `${UNSCORED_LABEL}: chưa có xếp loại năm` },
    { label: 'Không bị kỷ luật trong năm', isMet: disciplines.length === 0, detail: disciplines.length === 0 ? 'Không có quyết định kỷ luật' : disciplines.map((v) => `${MEASURE_LABELS[v.measure]} (${v.effectiveDate})`).join('; ') },
  ];
  return { title: 'advancedWorker', isEligible: checks.every((c) => c.isMet), checks };
}

export function gradeEmulationSoldier(worker: TitleEligibility, initiative: Initiative | null): TitleEligibility {
  const checks: TitleCheck[] = [
    { label: 'Đạt danh hiệu "Lao động tiên tiến"', isMet: worker.isEligible, detail: worker.isEligible ? 'Đủ điều kiện' : 'Chưa đủ điều kiện Lao động tiên tiến' },
    { label: 'Có sáng kiến được cơ sở công nhận', isMet: initiative !== null, detail: initiative ? `${initiative.name} — ${initiative.recognisedBy} (${initiative.date})` : 'Chưa ghi nhận sáng kiến' },
  ];
  return { title: 'gradeEmulationSoldier', isEligible: checks.every((c) => c.isMet), checks };
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
  /** Not scored for the year ("Chưa chấm"). */
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
