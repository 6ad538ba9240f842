import type { RosterRowView } from '../domain/rosterQuery';

/** Output types of the roster methods. */
export interface FieldChange {
  field: string;
  label: string;
  from: string;
  to: string;
}

export interface PlanRow {
  /** Unique in the file: the sheet's name and the Excel row number ("Văn phòng!12"). */
  key: string;
  sheetName: string;
  rowNumber: number;
  action: 'new' | 'update' | 'unchanged' | 'refused';
  fullName: string;
  code: string;
  reason?: string;
  changes: FieldChange[];
  warnings: string[];
}

/** Rows a sheet holds that are not people, by kind (group headings, footers, blank rows, samples). */
export interface StructureCounts {
  group: number;
  footer: number;
  blank: number;
  sample: number;
  columnNumbers: number;
}

/** What the reader found on one sheet. */
export interface SheetReport {
  sheetName: string;
  headerRow: number;
  columns: { field: string; label: string; column: number }[];
  /** Units the layout names: group headings, or the sheet itself. */
  units: string[];
  /** Rows read as people (each has a row in the report). */
  peopleRows: number;
  skipped: StructureCounts;
}

export interface ImportPlan {
  /** Every sheet read as a list, in file order; the fields below describe the first one. */
  sheets: SheetReport[];
  /** Sheets left out (instructions, notes, no list), with why. */
  ignoredSheets: { sheetName: string; reason: string }[];
  sheetName: string;
  headerRow: number;
  columns: { field: string; label: string; column: number }[];
  headings: { column: number; text: string; field: string | null }[];
  preview: string[][];
  newUnits: string[];
  summary: { new: number; update: number; unchanged: number; refused: number };
  rows: PlanRow[];
}

export interface ImportResult {
  created: number;
  updated: number;
  unchanged: number;
  refused: number;
  unitsCreated: string[];
  rejectedChanges: number;
}

/** One person's page: the list row plus the fields only the page shows, and the audit trail. */
export interface StaffDetail extends RosterRowView {
  startDate: string | null;
  notes: string;
  /** Số CCCD masked ("0010******45"), '' when none; the full number only through revealIdNumber (logged). */
  idNumberMasked: string;
  history: { at: string; by: string; action: string; changes?: Record<string, { from: unknown; to: unknown }> }[];
  createdAt: string;
  updatedAt: string;
}

export interface UnitView {
  id: string;
  name: string;
  shortName: string;
  order: number;
  headId: string | null;
  headName: string;
  isActive: boolean;
  staffCount: number;
  signedCount: number;
}
