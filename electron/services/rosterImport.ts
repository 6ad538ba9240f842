/** Staff import from the ward's Excel file: a dry run, then one write of everything accepted. */
import { ServiceError } from '../../shared/api/result';
import type { ImportPlan, ImportResult } from '../../shared/api/rosterTypes';
import type { Staff } from '../../shared/schema/staff';
import type { BaseRecord } from '../../shared/schema/records';
import { readRosterIsolated as readRoster } from '../documents/isolatedReaders';
import { UnreadableWorkbookError } from '../documents/xlsx/readWorkbook';
import type { ColumnMap } from '../documents/xlsx/rosterHeaders';
import { planRosterImport, type PlannedRow } from './rosterImportPlan';
import { applyChanges, newRecord } from './records';
import type { Session } from './session';

export interface ImportSource {
  bytes: Uint8Array;
  columns?: ColumnMap;
  headerRow?: number;
}

export interface ImportDecisions {
  /** Changes the user rejected, as "rowKey:field" (or "rowNumber:field" for a one-sheet file). */
  rejected?: string[];
  /** Rows the user chose to leave out: row keys ("Sheet!12"), or row numbers for a one-sheet file. */
  skippedRows?: (number | string)[];
}

async function plan(session: Session, source: ImportSource) {
  const store = session.store;
  let book;
  try {
    book = await readRoster(source.bytes, source.columns, source.headerRow);
  } catch (error) {
    if (error instanceof UnreadableWorkbookError) throw new ServiceError('INVALID_INPUT', error.message);
    throw error;
  }
  const staff = store.collection('staff').records;
  const units = store.collection('units').records;
  return planRosterImport(book, staff, units, store.now().getFullYear());
}

export async function previewStaffImport(session: Session, source: ImportSource): Promise<ImportPlan> {
  return (await plan(session, source)).plan;
}

function nextCodes(staff: Staff[]): () => string {
  let max = 0;
  for (const s of staff) {
    const m = /^CB(\d+)$/.exec(s.code);
    if (m) max = Math.max(max, Number(m[1]));
  }
  return () => {
    max += 1;
    return `CB${String(max).padStart(4, '0')}`;
  };
}

export async function applyStaffImport(session: Session, source: ImportSource, decisions: ImportDecisions): Promise<ImportResult> {
  const { rows } = await plan(session, source);
  const store = session.store;
  const actor = store.operator;
  const now = store.now();
  const rejected = new Set(decisions.rejected ?? []);
  const skipped = new Set(decisions.skippedRows ?? []);
  const isSkipped = (r: PlannedRow) => skipped.has(r.key) || skipped.has(r.rowNumber);
  const accepted = rows.filter((r) => !isSkipped(r) && (r.action === 'new' || r.action === 'update'));

  // Units first, so no staff record ever points at a unit that is not written.
  const unitsNeeded = new Map<string, string>();
  for (const row of accepted) {
    const unitId = row.patch?.unitId;
    if (typeof unitId === 'string' && unitId.startsWith('new:') && !(row.action === 'update' && isRejected(rejected, row, 'unitId'))) {
      unitsNeeded.set(unitId, row.draft?.unitName ?? unitId.slice(4));
    }
  }
  const unitIds = new Map<string, string>();
  if (unitsNeeded.size > 0) {
    await store.mutateCollection('units', null, (file) => {
      let order = file.records.reduce((m, u) => Math.max(m, u.order), 0);
      for (const [key, name] of unitsNeeded) {
        order += 1;
        const unit = newRecord({ name, shortName: '', order, headId: null, isActive: true }, actor, now);
        file.records.push(unit);
        unitIds.set(key, unit.id);
      }
    });
  }
  const resolveUnit = (patch: Partial<Staff>): Partial<Staff> =>
    typeof patch.unitId === 'string' && patch.unitId.startsWith('new:') ? { ...patch, unitId: unitIds.get(patch.unitId) ?? null } : patch;

  let created = 0;
  let updated = 0;
  let rejectedChanges = 0;
  await store.mutateCollection('staff', null, (file) => {
    const nextCode = nextCodes(file.records);
    const byId = new Map(file.records.map((s) => [s.id, s] as const));
    for (const row of accepted) {
      if (row.action === 'new' && row.patch && row.draft) {
        const fields = resolveUnit(row.patch);
        file.records.push(newRecord({ ...defaults(), ...fields, code: row.draft.code ?? nextCode() } as Omit<Staff, keyof BaseRecord>, actor, now));
        created += 1;
      } else if (row.action === 'update' && row.targetId && row.patch) {
        const target = byId.get(row.targetId);
        if (!target) continue;
        const patch = acceptedPatch(row, rejected);
        rejectedChanges += row.changes.length - Object.keys(patch).length;
        if (Object.keys(patch).length === 0) continue;
        applyChanges(target, resolveUnit(patch), actor, now);
        updated += 1;
      }
    }
  });
  return {
    created,
    updated,
    unchanged: rows.filter((r) => r.action === 'unchanged').length,
    refused: rows.filter((r) => r.action === 'refused').length,
    unitsCreated: [...unitsNeeded.values()],
    rejectedChanges,
  };
}

function isRejected(rejected: Set<string>, row: PlannedRow, field: string): boolean {
  return rejected.has(`${row.key}:${field}`) || rejected.has(`${row.rowNumber}:${field}`);
}

function acceptedPatch(row: PlannedRow, rejected: Set<string>): Partial<Staff> {
  const patch: Partial<Staff> = {};
  for (const change of row.changes) {
    if (isRejected(rejected, row, change.field)) continue;
    (patch as Record<string, unknown>)[change.field] = (row.patch as Record<string, unknown>)[change.field];
  }
  return patch;
}

function defaults(): Omit<Staff, keyof BaseRecord | 'code' | 'fullName'> {
  return {
    gender: null, birthDate: null, category: 'civilServant', position: '', title: '', unitId: null, isHeadOfUnit: false,
    isPartyMember: false, phone: '', email: '', startDate: null, status: 'active', statusDate: null, commitmentSignedAt: null, notes: '',
  };
}
