/** Output types of the violation and commendation methods. */
import type { MeasureChoice } from '../domain/disciplineForms';
import type { RuleRef } from '../domain/ruleNodes';
import type { ViolationCount } from '../domain/violationsCounting';
import type { StaffCategory } from '../schema/staff';
import type { Commendation, Violation, ViolationState } from '../schema/violation';

export interface PersonLabel {
  id: string;
  code: string;
  fullName: string;
  category: StaffCategory;
  position: string;
  unitId: string | null;
  unitName: string;
}

export interface RuleRefLabel {
  ref: RuleRef;
  /** 'QĐ 1665 · Điều 3 · Không nên làm 5' */
  label: string;
  /** '1665:Đ3.KNL.5' */
  short: string;
  /** The wording, when the text is available. */
  text: string;
}

export interface ViolationRow {
  id: string;
  date: string;
  time: string | null;
  place: string;
  people: PersonLabel[];
  rules: RuleRefLabel[];
  description: string;
  sourceLabel: string;
  state: ViolationState;
  stateLabel: string;
  measure: Violation['measure'];
  measureLabel: string;
  severity: Violation['severity'];
  decision: Violation['decision'];
  expiresOn: string | null;
  evidenceCount: number;
  /** Counts today (concluded, not expired). */
  isCounting: boolean;
}

export interface ViolationList {
  rows: ViolationRow[];
  /** All matches; rows holds the page asked for (offset, limit), else the newest LIST_LIMIT (500). */
  total: number;
  years: string[];
}

export interface ViolationDetail {
  record: Violation;
  row: ViolationRow;
  nextStates: ViolationState[];
  isLocked: boolean;
  /** The measures allowed for these people on the decision date (or today), with the refused ones and why. */
  measures: MeasureChoice;
  counting: ViolationCount;
}

export interface EvidenceContent {
  fileName: string;
  mediaType: string;
  dataBase64: string;
  isPreviewable: boolean;
}

export interface RuleRefOption extends RuleRefLabel {
  ruleSetId: string;
  ruleSetName: string;
  /** 'article' | 'clause' | 'point' | 'item' … */
  kind: string;
  depth: number;
}

export interface CommendationRow {
  id: string;
  date: string;
  people: PersonLabel[];
  unitId: string | null;
  unitName: string;
  reason: string;
  form: Commendation['form'];
  formLabel: string;
  decision: Commendation['decision'];
}
