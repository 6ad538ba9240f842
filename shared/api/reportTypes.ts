/** What the report and to-do methods return: computed figures (each with the records it counts), the narrative, the to-do list. */
import type { ReportKind, ReportNarrative } from '../schema/report';
import type { CommendationRow, ViolationRow } from './violationsTypes';

/** A computed number and the ids of the records it counts (the "Nguồn số liệu" of a cell). */
export interface Figure {
  value: number;
  ids: string[];
}

/** A row compared with the same period of last year. */
export interface ComparedRow {
  key: string;
  label: string;
  current: Figure;
  previous: Figure;
}

export interface CoverageRow {
  unitId: string | null;
  unitName: string;
  /** Staff on the roster (đang công tác) at the end of the period. */
  staff: Figure;
  /** Of them, with a signed commitment dated on or before the end of the period. */
  signed: Figure;
}

export interface RatingRow {
  unitName: string;
  excellent: Figure;
  good: Figure;
  meets: Figure;
  fails: Figure;
  unscored: Figure;
  /** The most "xuất sắc" the 20 % cap allows in this unit (null when the set has no cap). */
  capAllowed: number | null;
  isOverCap: boolean;
}

export interface ScoringTable {
  setId: string;
  setName: string;
  periodKey: string;
  periodLabel: string;
  /** The rule behind the 20 % column and line, where the law applies it to this set; null = no cap shown. */
  capBasis: string | null;
  rows: RatingRow[];
}

export interface TitleRow {
  label: string;
  names: string[];
  count: Figure;
  /** Granted by decision for the year (kind grantedTitles): who, and the records. */
  grantedNames: string[];
  granted: Figure;
}

export interface ReportScopeView {
  kind: ReportKind;
  year: number;
  half: 1 | 2 | null;
  unitId: string | null;
  /** 'Phường Hoàn Kiếm' or the unit's name. */
  subjectName: string;
  /** '6 tháng đầu năm 2026', 'năm 2026'. */
  periodLabel: string;
  from: string;
  to: string;
  /** The months of the period ('2026-01' …). */
  months: string[];
}

export interface ReportFigures {
  scope: ReportScopeView;
  wardName: string;
  coverage: CoverageRow[];
  coverageTotal: CoverageRow;
  violationsByMonth: ComparedRow[];
  violationsByUnit: ComparedRow[];
  violationsByArticle: ComparedRow[];
  violationsByMeasure: ComparedRow[];
  violationsTotal: ComparedRow;
  /** Violations not yet concluded (recorded, awaiting explanation, under review). */
  violationsPending: Figure;
  commendationsByForm: ComparedRow[];
  commendationsTotal: ComparedRow;
  scoring: ScoringTable[];
  titles: TitleRow[];
}

export interface ReportView {
  figures: ReportFigures;
  narrative: ReportNarrative;
  /** When the narrative was last saved (null: never edited, the suggested text is shown). */
  savedAt: string | null;
  savedBy: string | null;
}

/** One line of Tổng quan's to-do list. */
export interface TodoItem {
  key: TodoKey;
  label: string;
  count: number;
  /** A few examples ("CB0012 Nguyễn Văn A — hạn 05/03/2026"). */
  examples: string[];
  /** The screen that fixes it. */
  route: 'staff' | 'violations' | 'scorecards' | 'rules' | 'settings';
  action: string;
}

export type TodoKey =
  | 'explanationsOverdue'
  | 'violationsAwaitingConclusion'
  | 'monthsNotScored'
  | 'periodsNotClosed'
  | 'withoutCommitment'
  | 'unitsOverCap'
  | 'ruleSetGaps'
  | 'backupOld';

export interface TodoView {
  today: string;
  items: TodoItem[];
}

/** What a report's figure counts, for the drill-down on Báo cáo: people, violations, commendations or title proposals. */
export type ReportSourceKind = 'staff' | 'violations' | 'commendations' | 'titleProposals' | 'grantedTitles';

export interface ReportSourcePerson {
  id: string;
  code: string;
  fullName: string;
  unitName: string;
  position: string;
  /** Title proposals: the title proposed. */
  note: string;
}

export interface ReportSources {
  people: ReportSourcePerson[];
  violations: ViolationRow[];
  commendations: CommendationRow[];
  /** Ids not found any more (deleted since the report was computed). */
  missing: number;
}
