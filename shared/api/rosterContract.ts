/** Roster methods of the contract: staff, units, commitments, Excel import and export. */
import { z } from 'zod';
import type { RosterRowView } from '../domain/rosterQuery';
import { method } from './method';
import type { ImportPlan, ImportResult, StaffDetail, UnitView } from './rosterTypes';
import * as r from './staffSchemas';
import { empty } from './schemas';

export interface FileOutput {
  fileName: string;
  dataBase64: string;
  count: number;
}

export const rosterMethods = {
  listStaff: method<RosterRowView[]>()(r.staffListFilter),
  getStaff: method<StaffDetail>()(r.staffId),
  /** The full Số CCCD of one person: a logged read (everything else carries the masked form only). */
  revealIdNumber: method<{ idNumber: string }>()(r.revealIdNumber),
  createStaff: method<StaffDetail>()(r.staffFields),
  updateStaff: method<StaffDetail>()(r.staffUpdate),
  markCommitments: method<{ marked: number }>()(r.markCommitments),
  listUnits: method<UnitView[]>()(empty),
  createUnit: method<UnitView[]>()(r.unitFields),
  updateUnit: method<UnitView[]>()(r.unitUpdate),
  reorderUnits: method<UnitView[]>()(r.unitOrder),
  previewStaffImport: method<ImportPlan>()(r.importRequest),
  applyStaffImport: method<ImportResult>()(r.importApply),
  exportStaff: method<FileOutput>()(r.staffExport),
  staffTemplate: method<FileOutput>()(empty),
  printCommitmentForms: method<FileOutput>()(z.object({ ids: z.array(z.string().min(1)).min(1, { error: 'Hãy chọn ít nhất một người' }) }).strict()),
} as const;
