/**
 * Which handling measures the law allows for a person on a decision date.
 *
 * - Nhắc nhở, phê bình, kiểm điểm: always (they are not discipline forms).
 * - Before 1/7/2025, ND 112/2020/NĐ-CP (as amended by ND 71/2023):
 *     cán bộ: khiển trách, cảnh cáo, cách chức (holding a post), bãi nhiệm;
 *     công chức: khiển trách, cảnh cáo, hạ bậc lương (not leading), giáng chức and cách chức (leading), buộc thôi việc;
 * - From 1/7/2025, ND 172/2025/NĐ-CP (no hạ bậc lương, no giáng chức):
 *     cán bộ: khiển trách, cảnh cáo, cách chức (holding a post), bãi nhiệm;
 *     công chức: khiển trách, cảnh cáo, cách chức (leading only), buộc thôi việc.
 * - Viên chức: before 1/7/2026, Luật Viên chức 2010 (amended 2019) Điều 52 and ND 112/2020 (not
 *   replaced by ND 172/2025): khiển trách, cảnh cáo, cách chức (managing), buộc thôi việc (VERBATIM lists,
 *   legal-sources §5d). From 1/7/2026 the Luật Viên chức 2025 is in force (per the review of issue 12);
 *   its list of forms is NOT FOUND in our sources: the same four are kept, named after the new law, until
 *   the text is checked.
 * - Người lao động hợp đồng: discipline under the Labour Code and the internal rules, not recorded here.
 * Source: shared/reference/legal-sources.md §5d.
 */
import type { StaffCategory } from '../schema/staff';
import { CATEGORY_LABELS } from '../schema/staff';
import { CODE_MEASURES, MEASURE_LABELS, isDisciplineForm, type DisciplineForm, type HandlingMeasure } from '../schema/violation';
import { formatIsoDay } from './violationDates';

/** The day ND 172/2025/NĐ-CP took effect. */
export const ND172_EFFECTIVE = '2025-07-01';

export const ND112 = 'Nghị định 112/2020/NĐ-CP';
export const ND172 = 'Nghị định 172/2025/NĐ-CP';

/** The day the Luật Viên chức 2025 takes effect (as cited in issue 12; verify against the official text). */
export const VIEN_CHUC_2025_EFFECTIVE = '2026-07-01';
export const VIEN_CHUC_2010 = 'Luật Viên chức 2010 (sửa đổi năm 2019)';
export const VIEN_CHUC_2025 = 'Luật Viên chức 2025 (hiệu lực từ 01/7/2026)';

/** What the rules need to know about a person. */
export interface DisciplineSubject {
  fullName: string;
  category: StaffCategory;
  position: string;
  isHeadOfUnit: boolean;
}

const LEADING_POSITION = /(chủ tịch|bí thư|trưởng|chánh|giám đốc|chỉ huy|hiệu trưởng|phó\s)/i;

/** Holds a leading or managing post (lãnh đạo, quản lý): head of a unit, or a chief/deputy post. */
export function holdsLeadingPost(person: Pick<DisciplineSubject, 'position' | 'isHeadOfUnit'>): boolean {
  return person.isHeadOfUnit || LEADING_POSITION.test(person.position.normalize('NFC'));
}

export interface DisciplineBasis {
  forms: DisciplineForm[];
  /** The instrument the forms come from, for the person to read. */
  basis: string;
}

/** The discipline forms for one person on a decision date (ISO), with their legal basis. */
export function disciplineFormsFor(person: DisciplineSubject, decisionDate: string): DisciplineBasis {
  const isLeading = holdsLeadingPost(person);
  const isNew = decisionDate >= ND172_EFFECTIVE;
  switch (person.category) {
    case 'official':
      return {
        forms: ['reprimand', 'warning', ...(isLeading ? (['dismissalFromPost'] as const) : []), 'removalFromOffice'],
        basis: isNew ? ND172 : ND112,
      };
    case 'civilServant':
      if (isNew) return { forms: ['reprimand', 'warning', ...(isLeading ? (['dismissalFromPost'] as const) : []), 'forcedResignation'], basis: ND172 };
      return {
        forms: isLeading ? ['reprimand', 'warning', 'demotion', 'dismissalFromPost', 'forcedResignation'] : ['reprimand', 'warning', 'salaryDemotion', 'forcedResignation'],
        basis: ND112,
      };
    case 'publicEmployee':
      return {
        forms: ['reprimand', 'warning', ...(isLeading ? (['dismissalFromPost'] as const) : []), 'forcedResignation'],
        basis: decisionDate >= VIEN_CHUC_2025_EFFECTIVE ? VIEN_CHUC_2025 : `${VIEN_CHUC_2010}; ${ND112}`,
      };
    case 'worker':
      return { forms: [], basis: 'Bộ luật Lao động và nội quy lao động' };
  }
}

export interface MeasureOption {
  value: HandlingMeasure;
  label: string;
  isDiscipline: boolean;
  /** For discipline forms: the instruments that allow it for these people. */
  basis: string;
}

export interface RefusedMeasure {
  value: HandlingMeasure;
  label: string;
  /** Why not, in Vietnamese, naming the person and the rule. */
  reason: string;
}

export interface MeasureChoice {
  allowed: MeasureOption[];
  refused: RefusedMeasure[];
}

function describePerson(person: DisciplineSubject): string {
  const category = CATEGORY_LABELS[person.category].toLowerCase();
  if (person.category === 'worker') return `${person.fullName} (${category})`;
  return `${person.fullName} (${category}${holdsLeadingPost(person) ? ' giữ chức vụ lãnh đạo, quản lý' : ''})`;
}

/** Why a form does not apply to a person on a date, or null when it does. */
export function refusalReason(person: DisciplineSubject, form: DisciplineForm, decisionDate: string): string | null {
  const { forms, basis } = disciplineFormsFor(person, decisionDate);
  if (forms.includes(form)) return null;
  const label = MEASURE_LABELS[form].replace(/^Kỷ luật /, '').toLowerCase();
  if (person.category === 'worker') {
    return `Không áp dụng hình thức ${label} cho ${describePerson(person)}: người lao động hợp đồng bị xử lý kỷ luật theo Bộ luật Lao động và nội quy lao động, chương trình chỉ ghi nhắc nhở, phê bình, kiểm điểm.`;
  }
  return `Không áp dụng hình thức ${label} cho ${describePerson(person)} theo ${basis} (quyết định ngày ${formatIsoDay(decisionDate)}).`;
}

/**
 * The measures allowed for every person of a violation on the decision date: the code measures,
 * then the discipline forms all of them may receive. Each refused form says why.
 */
export function allowedMeasures(people: DisciplineSubject[], decisionDate: string): MeasureChoice {
  const allowed: MeasureOption[] = CODE_MEASURES.map((value) => ({ value, label: MEASURE_LABELS[value], isDiscipline: false, basis: '' }));
  const refused: RefusedMeasure[] = [];
  const forms: DisciplineForm[] = ['reprimand', 'warning', 'salaryDemotion', 'demotion', 'dismissalFromPost', 'forcedResignation', 'removalFromOffice'];
  for (const form of forms) {
    const reasons = people.map((person) => refusalReason(person, form, decisionDate)).filter((r): r is string => r !== null);
    if (people.length > 0 && reasons.length === 0) {
      const bases = [...new Set(people.map((person) => disciplineFormsFor(person, decisionDate).basis))];
      allowed.push({ value: form, label: MEASURE_LABELS[form], isDiscipline: true, basis: bases.join('; ') });
    } else {
      refused.push({ value: form, label: MEASURE_LABELS[form], reason: reasons[0] ?? 'Chưa chọn người vi phạm.' });
    }
  }
  return { allowed, refused };
}

/** Null when the measure may be given to every person on that date; else the Vietnamese reason. */
export function checkMeasure(people: DisciplineSubject[], measure: HandlingMeasure, decisionDate: string): string | null {
  if (!isDisciplineForm(measure)) return null;
  for (const person of people) {
    const reason = refusalReason(person, measure, decisionDate);
    if (reason) return reason;
  }
  return null;
}
