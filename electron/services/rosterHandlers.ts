/** The roster part of the handlers: each method calls one service function. */
import type { Handlers } from '../../shared/api/contract';
import type { Session } from './session';
import { createStaff, getStaff, listStaff, markCommitmentsSigned, updateStaff } from './staffService';
import { createUnit, listUnits, reorderUnits, updateUnit } from './unitService';
import { applyStaffImport, previewStaffImport } from './rosterImport';
import { exportStaff } from './staffExport';
import { staffTemplate } from './staffTemplate';
import { commitmentFormsPdf } from './commitmentService';
import { revealIdNumber } from './staffIdNumber';

type RosterHandlerNames =
  | 'listStaff' | 'getStaff' | 'revealIdNumber' | 'createStaff' | 'updateStaff' | 'markCommitments' | 'listUnits' | 'createUnit'
  | 'updateUnit' | 'reorderUnits' | 'previewStaffImport' | 'applyStaffImport' | 'exportStaff' | 'printCommitmentForms'
  | 'staffTemplate';

function decode(dataBase64: string): Uint8Array {
  return new Uint8Array(Buffer.from(dataBase64, 'base64'));
}

function encode(bytes: Uint8Array): string {
  return Buffer.from(bytes).toString('base64');
}

export function createRosterHandlers(session: Session): Pick<Handlers, RosterHandlerNames> {
  return {
    listStaff: async (filter) => listStaff(session, filter),
    getStaff: async ({ id }) => getStaff(session, id),
    revealIdNumber: async ({ staffId }) => revealIdNumber(session, staffId),
    createStaff: async (fields) => createStaff(session, fields),
    updateStaff: async ({ id, fields }) => updateStaff(session, id, fields),
    markCommitments: async (input) => markCommitmentsSigned(session, input),
    listUnits: async () => listUnits(session),
    createUnit: async (fields) => createUnit(session, fields),
    updateUnit: async ({ id, fields }) => updateUnit(session, id, fields),
    reorderUnits: async ({ ids }) => reorderUnits(session, ids),
    previewStaffImport: async ({ file, columns, headerRow }) => previewStaffImport(session, { bytes: decode(file.dataBase64), columns, headerRow }),
    applyStaffImport: async ({ file, columns, headerRow, rejected, skippedRows }) =>
      applyStaffImport(session, { bytes: decode(file.dataBase64), columns, headerRow }, { rejected, skippedRows }),
    exportStaff: async ({ filter }) => {
      const out = await exportStaff(session, filter);
      return { fileName: out.fileName, dataBase64: encode(out.bytes), count: out.count };
    },
    staffTemplate: async () => {
      const out = await staffTemplate(session);
      return { fileName: out.fileName, dataBase64: encode(out.bytes), count: 0 };
    },
    printCommitmentForms: async ({ ids }) => {
      const out = await commitmentFormsPdf(session, ids);
      return { fileName: out.fileName, dataBase64: encode(out.bytes), count: out.pages };
    },
  };
}
