/** The violation part of the handlers: each method calls one service function. */
import type { Handlers } from '../../shared/api/contract';
import { visitRuleNodes } from '../../shared/domain/ruleNodes';
import type { RuleRefOption } from '../../shared/api/violationsTypes';
import type { Session } from './session';
import { defaultRulesDir } from './ruleSources';
import { createCommendation, deleteCommendation, listCommendations, updateCommendation } from './commendationService';
import { meetingSheetPdf } from './meetingSheetService';
import { printCommendationDocument, printViolationDocument } from './recordDocumentService';
import { loadContext, ruleLabel, type ViolationDeps } from './violationDeps';
import { addEvidence, getEvidence, removeEvidence } from './violationEvidence';
import { exportViolations, listViolations } from './violationList';
import { amendViolation, createViolation, getViolation, measuresFor, moveViolation, updateViolation } from './violationService';

type ViolationHandlerNames =
  | 'listViolations' | 'getViolation' | 'createViolation' | 'updateViolation' | 'moveViolation' | 'amendViolation' | 'allowedMeasures'
  | 'addEvidence' | 'removeEvidence' | 'getEvidence' | 'exportViolations' | 'ruleRefOptions' | 'listCommendations'
  | 'createCommendation' | 'updateCommendation' | 'deleteCommendation' | 'printMeetingSheet' | 'printViolationDocument' | 'printCommendationDocument';

const CITABLE = new Set(['article', 'clause', 'point', 'item']);

/** The nodes a violation may cite, in the latest version of each rule set. */
async function ruleRefOptions(deps: ViolationDeps): Promise<RuleRefOption[]> {
  const ctx = await loadContext(deps);
  return ctx.latestRuleSets.flatMap((set) =>
    visitRuleNodes(set)
      .filter((visit) => CITABLE.has(visit.node.kind))
      .map((visit) => ({ ...ruleLabel(ctx, visit.ref), ruleSetId: set.id, ruleSetName: set.shortName, kind: visit.node.kind, depth: visit.ancestors.length })),
  );
}

export function createViolationHandlers(session: Session, rulesDir: string = defaultRulesDir()): Pick<Handlers, ViolationHandlerNames> {
  const deps: ViolationDeps = { session, rulesDir };
  const encode = (bytes: Uint8Array) => Buffer.from(bytes).toString('base64');
  return {
    listViolations: async (filter) => listViolations(deps, filter),
    getViolation: async ({ id }) => getViolation(deps, id),
    createViolation: async (input) => createViolation(deps, input),
    updateViolation: async ({ id, fields }) => updateViolation(deps, id, fields),
    moveViolation: async (input) => moveViolation(deps, input),
    amendViolation: async (input) => amendViolation(deps, input),
    allowedMeasures: async ({ staffIds, decisionDate }) => measuresFor(deps, staffIds, decisionDate),
    addEvidence: async ({ violationId, file }) => addEvidence(deps, violationId, file),
    removeEvidence: async ({ violationId, sha256 }) => removeEvidence(deps, violationId, sha256),
    getEvidence: async ({ violationId, sha256 }) => getEvidence(deps, violationId, sha256),
    exportViolations: async ({ filter }) => {
      const out = await exportViolations(deps, filter);
      return { fileName: out.fileName, dataBase64: encode(out.bytes), count: out.count };
    },
    ruleRefOptions: async () => ruleRefOptions(deps),
    listCommendations: async (filter) => listCommendations(deps, filter),
    createCommendation: async (fields) => createCommendation(deps, fields),
    updateCommendation: async ({ id, fields }) => updateCommendation(deps, id, fields),
    deleteCommendation: async ({ id }) => deleteCommendation(deps, id),
    printMeetingSheet: async ({ month, unitId }) => {
      const out = await meetingSheetPdf(deps, month, unitId);
      return { fileName: out.fileName, dataBase64: encode(out.bytes), count: out.count };
    },
    printViolationDocument: async ({ id, doc, format }) => {
      const out = await printViolationDocument(deps, id, doc, format);
      return { fileName: out.fileName, dataBase64: encode(out.bytes), count: 1 };
    },
    printCommendationDocument: async ({ id, format }) => {
      const out = await printCommendationDocument(deps, id, format);
      return { fileName: out.fileName, dataBase64: encode(out.bytes), count: 1 };
    },
  };
}
