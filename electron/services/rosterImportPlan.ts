/** The dry run of a roster import: what each row of the file would do, before anything is written. */
import { foldVietnamese } from '../../shared/domain/text';
import { maskIdNumber } from '../../shared/domain/idNumber';
import { rowToDraft, type StaffDraft } from '../../shared/domain/rosterRow';
import type { Staff, Unit } from '../../shared/schema/staff';
import type { ImportPlan, PlanRow, FieldChange, SheetReport } from '../../shared/api/rosterTypes';
import { FIELD_LABELS, type ColumnMap, type RosterField } from '../documents/xlsx/rosterHeaders';
import type { RosterBook, RosterSheet } from '../documents/xlsx/rosterReader';

/** Staff fields an import may change, with the sheet column each comes from. */
const COMPARED: { field: keyof Staff; from: RosterField[]; label: string }[] = [
  { field: 'fullName', from: ['fullName', 'familyName', 'middleName', 'givenName'], label: 'Họ và tên' },
  { field: 'gender', from: ['gender', 'maleColumn', 'femaleColumn'], label: 'Giới tính' },
  { field: 'birthDate', from: ['birthDate', 'maleColumn', 'femaleColumn'], label: 'Ngày sinh' },
  { field: 'category', from: ['category'], label: FIELD_LABELS.category },
  { field: 'position', from: ['position'], label: FIELD_LABELS.position },
  { field: 'title', from: ['title'], label: FIELD_LABELS.title },
  { field: 'unitId', from: ['unit'], label: FIELD_LABELS.unit },
  { field: 'phone', from: ['phone'], label: FIELD_LABELS.phone },
  { field: 'email', from: ['email'], label: FIELD_LABELS.email },
  { field: 'startDate', from: ['startDate'], label: FIELD_LABELS.startDate },
  { field: 'isPartyMember', from: ['isPartyMember'], label: FIELD_LABELS.isPartyMember },
  { field: 'status', from: ['status'], label: FIELD_LABELS.status },
  { field: 'statusDate', from: ['statusDate'], label: FIELD_LABELS.statusDate },
  { field: 'commitmentSignedAt', from: ['commitmentSignedAt'], label: FIELD_LABELS.commitmentSignedAt },
  { field: 'notes', from: ['notes'], label: FIELD_LABELS.notes },
  { field: 'idNumber', from: ['idNumber'], label: FIELD_LABELS.idNumber },
];

/** Số CCCD: none is '' or absent alike. */
function comparable(field: keyof Staff, value: unknown): unknown {
  return field === 'idNumber' && value === '' ? null : (value ?? null);
}

export interface PlannedRow extends PlanRow {
  draft?: StaffDraft;
  targetId?: string;
  patch?: Partial<Staff>;
}

function unitKey(name: string): string {
  return foldVietnamese(name);
}

function draftToFields(draft: StaffDraft, unitIdByKey: Map<string, string>): Partial<Staff> {
  const { unitName, code: _code, ...rest } = draft;
  return { ...rest, unitId: unitName ? (unitIdByKey.get(unitKey(unitName)) ?? `new:${unitKey(unitName)}`) : null };
}

function display(field: keyof Staff, value: unknown, unitNames: Map<string, string>): string {
  if (value === null || value === undefined || value === '') return '';
  if (field === 'unitId') return unitNames.get(String(value)) ?? String(value).replace(/^new:/, '');
  if (typeof value === 'boolean') return value ? 'Có' : 'Không';
  // The plan goes to the screen: the number on record shows masked (the file's own is the person's to see).
  if (field === 'idNumber') return maskIdNumber(String(value));
  return String(value);
}

function columnsOf(columns: ColumnMap): SheetReport['columns'] {
  return Object.entries(columns).map(([field, column]) => ({ field, label: FIELD_LABELS[field as RosterField], column: column ?? 0 }));
}

function sheetReport(sheet: RosterSheet): SheetReport {
  return { sheetName: sheet.sheetName, headerRow: sheet.header.headerRow, columns: columnsOf(sheet.header.columns), units: sheet.units, peopleRows: sheet.rows.length, skipped: sheet.skipped };
}

export function planRosterImport(book: RosterBook, staff: Staff[], units: Unit[], pivotYear: number): { plan: ImportPlan; rows: PlannedRow[] } {
  const sheet = book.sheets[0]!;
  const present = new Set(book.sheets.flatMap((s) => Object.keys(s.header.columns)));
  const compared = COMPARED.filter((c) => c.from.some((f) => present.has(f)));
  const unitIdByKey = new Map(units.filter((u) => !u.deletedAt).map((u) => [unitKey(u.name), u.id] as const));
  const unitNames = new Map(units.map((u) => [u.id, u.name] as const));
  const byCode = new Map(staff.filter((s) => !s.deletedAt).map((s) => [s.code.toUpperCase(), s] as const));
  const byNameBirth = new Map<string, Staff[]>();
  for (const s of staff.filter((x) => !x.deletedAt)) {
    const key = `${foldVietnamese(s.fullName)}|${s.birthDate ?? ''}`;
    byNameBirth.set(key, [...(byNameBirth.get(key) ?? []), s]);
  }
  const newUnits = new Map<string, string>();
  const seenCodes = new Map<string, string>();
  const matchedIds = new Map<string, string>();
  const isManySheets = book.sheets.length > 1;
  const where = (sheetName: string, rowNumber: number) => (isManySheets ? `dòng ${rowNumber} (${sheetName})` : `dòng ${rowNumber}`);
  const rows: PlannedRow[] = book.sheets.flatMap((s) => s.rows).map((raw) => {
    const at = { key: `${raw.sheetName}!${raw.rowNumber}`, sheetName: raw.sheetName, rowNumber: raw.rowNumber };
    const outcome = rowToDraft(raw.cells, raw.groupHeading, pivotYear);
    if (!outcome.ok) {
      const name = [raw.cells.fullName, raw.cells.familyName, raw.cells.middleName, raw.cells.givenName].filter((v) => v !== null && v !== undefined).join(' ');
      return { ...at, action: 'refused', fullName: name, code: String(raw.cells.code ?? ''), reason: outcome.reasons.join('; '), changes: [], warnings: [] };
    }
    const draft = outcome.draft;
    const refuse = (reason: string): PlannedRow => ({ ...at, action: 'refused', fullName: draft.fullName, code: draft.code ?? '', reason, changes: [], warnings: [] });
    if (draft.code) {
      const earlier = seenCodes.get(draft.code);
      if (earlier) return refuse(`mã cán bộ ${draft.code} trùng với ${earlier}`);
      seenCodes.set(draft.code, where(raw.sheetName, raw.rowNumber));
    }
    if (draft.unitName && !unitIdByKey.has(unitKey(draft.unitName))) newUnits.set(unitKey(draft.unitName), draft.unitName);
    let target = draft.code ? byCode.get(draft.code) : undefined;
    if (!target && !draft.code) {
      const candidates = byNameBirth.get(`${foldVietnamese(draft.fullName)}|${draft.birthDate ?? ''}`) ?? [];
      if (candidates.length > 1) return refuse('có nhiều cán bộ cùng họ tên và ngày sinh; hãy ghi mã cán bộ');
      target = candidates[0];
    }
    if (target) {
      const earlier = matchedIds.get(target.id);
      if (earlier) return refuse(`trùng người với ${earlier}`);
      matchedIds.set(target.id, where(raw.sheetName, raw.rowNumber));
    }
    const fields = draftToFields(draft, unitIdByKey);
    if (!target) return { ...at, action: 'new', fullName: draft.fullName, code: draft.code ?? '', changes: [], warnings: outcome.warnings, draft, patch: fields };
    const patch: Partial<Staff> = {};
    const changes: FieldChange[] = [];
    for (const c of compared) {
      const to = fields[c.field];
      const from = target[c.field];
      // A field the row could not read (a malformed Số CCCD) leaves the record's value as it is.
      if (to === undefined || JSON.stringify(comparable(c.field, from)) === JSON.stringify(comparable(c.field, to))) continue;
      (patch as Record<string, unknown>)[c.field] = to;
      changes.push({ field: c.field, label: c.label, from: display(c.field, from, unitNames), to: display(c.field, to, unitNames) });
    }
    const action = changes.length > 0 ? 'update' : 'unchanged';
    return { ...at, action, fullName: draft.fullName, code: target.code, changes, warnings: outcome.warnings, draft, targetId: target.id, patch };
  });
  const count = (a: PlanRow['action']) => rows.filter((r) => r.action === a).length;
  const plan: ImportPlan = {
    sheets: book.sheets.map(sheetReport),
    ignoredSheets: book.ignored,
    sheetName: sheet.sheetName,
    headerRow: sheet.header.headerRow,
    columns: columnsOf(sheet.header.columns),
    headings: sheet.header.headings.map((h) => ({ column: h.column, text: h.text, field: h.field })),
    preview: sheet.preview.slice(0, 12).map((row) => row.slice(1).map((v) => v ?? '')),
    newUnits: [...newUnits.values()],
    summary: { new: count('new'), update: count('update'), unchanged: count('unchanged'), refused: count('refused') },
    rows: rows.map(({ draft: _d, targetId: _t, patch: _p, ...row }) => row),
  };
  return { plan, rows };
}
