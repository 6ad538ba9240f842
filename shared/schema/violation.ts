/**
 * Violations (vi phạm) and commendations (biểu dương, khen thưởng) as persisted in the yearly files
 * violations-YYYY.json and commendations-YYYY.json (the year of the incident or of the commendation).
 */
import type { RuleRef } from '../domain/ruleNodes';
import type { BaseRecord } from './records';

export const VIOLATION_STATES = ['recorded', 'awaitingExplanation', 'underReview', 'concluded', 'cancelled'] as const;
export type ViolationState = (typeof VIOLATION_STATES)[number];

export const VIOLATION_STATE_LABELS: Record<ViolationState, string> = {
  recorded: 'Ghi nhận',
  awaitingExplanation: 'Chờ giải trình',
  underReview: 'Xem xét',
  concluded: 'Kết luận',
  cancelled: 'Hủy',
};

export const VIOLATION_SOURCES = ['selfDetected', 'inspection', 'citizenReport', 'camera', 'colleagueReport', 'other'] as const;
export type ViolationSource = (typeof VIOLATION_SOURCES)[number];

export const VIOLATION_SOURCE_LABELS: Record<ViolationSource, string> = {
  selfDetected: 'Tự phát hiện',
  inspection: 'Kiểm tra',
  citizenReport: 'Phản ánh của người dân',
  camera: 'Camera',
  colleagueReport: 'Phản ánh của đồng nghiệp',
  other: 'Khác',
};

/** What a code-of-conduct violation usually gets (not a discipline form). */
export const CODE_MEASURES = ['reminder', 'criticism', 'selfCriticism'] as const;
export type CodeMeasure = (typeof CODE_MEASURES)[number];

/** Discipline forms (hình thức kỷ luật); which apply depends on the staff category and the decision date. */
export const DISCIPLINE_FORMS = ['reprimand', 'warning', 'salaryDemotion', 'demotion', 'dismissalFromPost', 'forcedResignation', 'removalFromOffice'] as const;
export type DisciplineForm = (typeof DISCIPLINE_FORMS)[number];

export const HANDLING_MEASURES = [...CODE_MEASURES, ...DISCIPLINE_FORMS] as const;
export type HandlingMeasure = (typeof HANDLING_MEASURES)[number];

export const MEASURE_LABELS: Record<HandlingMeasure, string> = {
  reminder: 'Nhắc nhở',
  criticism: 'Phê bình',
  selfCriticism: 'Kiểm điểm',
  reprimand: 'Kỷ luật khiển trách',
  warning: 'Kỷ luật cảnh cáo',
  salaryDemotion: 'Kỷ luật hạ bậc lương',
  demotion: 'Kỷ luật giáng chức',
  dismissalFromPost: 'Kỷ luật cách chức',
  forcedResignation: 'Kỷ luật buộc thôi việc',
  removalFromOffice: 'Kỷ luật bãi nhiệm',
};

export function isDisciplineForm(measure: string | null | undefined): measure is DisciplineForm {
  return (DISCIPLINE_FORMS as readonly string[]).includes(measure ?? '');
}

/** Mức độ vi phạm (ND 172/2025 grades). */
export const SEVERITIES = ['minor', 'serious', 'verySerious'] as const;
export type Severity = (typeof SEVERITIES)[number];

export const SEVERITY_LABELS: Record<Severity, string> = {
  minor: 'Ít nghiêm trọng',
  serious: 'Nghiêm trọng',
  verySerious: 'Rất nghiêm trọng',
};

/** A file kept as evidence: copied to <data>/evidence/<yyyy>/<sha256>.<ext>. */
export interface EvidenceFile {
  sha256: string;
  /** The name the person gave the file (NFC). */
  fileName: string;
  /** Lower-case extension without the dot ('jpg', 'pdf'); '' when the name has none. */
  ext: string;
  mediaType: string;
  size: number;
  /** The evidence folder year (the violation's year when it was added). */
  year: string;
  addedAt: string;
  addedBy: string;
}

export interface DecisionRef {
  /** Số quyết định, e.g. '15/QĐ-UBND'. */
  number: string;
  /** ISO date of the decision. */
  date: string;
}

/** One step of the workflow, kept with the record. */
export interface WorkflowStep {
  at: string;
  by: string;
  from: ViolationState | null;
  to: ViolationState;
  note: string;
}

/** A correction made after the conclusion, with its reason. */
export interface Amendment {
  at: string;
  by: string;
  reason: string;
  changes: Record<string, { from: unknown; to: unknown }>;
}

export interface ViolationFields {
  /** ISO date of the incident. */
  date: string;
  /** 'HH:mm' or null. */
  time: string | null;
  place: string;
  staffIds: string[];
  ruleRefs: RuleRef[];
  description: string;
  source: ViolationSource;
  recordedBy: string;
  /** Thời hạn: after this day the violation no longer counts. */
  expiresOn: string | null;
  /** Hạn nộp giải trình. */
  explanationDue: string | null;
  explanation: string;
  explanationDate: string | null;
  severity: Severity | null;
  measure: HandlingMeasure | null;
  decision: DecisionRef | null;
  conclusion: string;
  concludedOn: string | null;
  cancelReason: string;
}

export interface Violation extends BaseRecord, ViolationFields {
  state: ViolationState;
  evidence: EvidenceFile[];
  workflow: WorkflowStep[];
  amendments: Amendment[];
}

export const COMMENDATION_FORMS = ['praise', 'reward', 'goodDeed', 'exemplar'] as const;
export type CommendationForm = (typeof COMMENDATION_FORMS)[number];

export const COMMENDATION_FORM_LABELS: Record<CommendationForm, string> = {
  praise: 'Biểu dương',
  reward: 'Khen thưởng',
  goodDeed: 'Người tốt việc tốt',
  exemplar: 'Gương điển hình',
};

export interface CommendationFields {
  date: string;
  /** The people commended; empty when a unit is commended. */
  staffIds: string[];
  /** The unit commended (a collective); null for individuals. */
  unitId: string | null;
  reason: string;
  form: CommendationForm;
  decision: DecisionRef | null;
}

export interface Commendation extends BaseRecord, CommendationFields {}
