/** The scoring part of the handlers: each method calls one service function. */
import type { Handlers } from '../../shared/api/contract';
import type { scoringMethods } from '../../shared/api/scoringContract';
import { breakdownDoc } from '../documents/pdf/breakdownPdf';
import { renderPdf } from '../documents/pdf/pdfmake';
import { getCriteriaSet, listCriteriaSets, saveCriteriaSet } from './criteriaService';
import { closePeriod, listPeriods } from './periodService';
import { exportScorecard } from './scorecardExport';
import { applyScorecardImport, previewScorecardImport } from './scorecardImport';
import { amendScores, scoreBreakdown } from './scoringBreakdown';
import { saveScores, saveTaskProducts, scoreGrid } from './scoringService';
import { getScoringSettings, updateScoringSettings } from './scoringSettings';
import type { Session } from './session';
import { evaluateStaff } from './evaluateService';
import { deleteEvaluationRecord, listEvaluationRecords, saveClassification, saveFinding } from './evaluationService';
import { proposeTitle, revokeTitle, saveInitiative, titlesView } from './titlesService';

type ScoringHandlerNames = keyof typeof scoringMethods;

const decode = (dataBase64: string) => new Uint8Array(Buffer.from(dataBase64, 'base64'));
const encode = (bytes: Uint8Array) => Buffer.from(bytes).toString('base64');

export function createScoringHandlers(session: Session): Pick<Handlers, ScoringHandlerNames> {
  return {
    listCriteriaSets: async () => listCriteriaSets(session),
    getCriteriaSet: async ({ setId, version }) => getCriteriaSet(session, setId, version),
    saveCriteriaSet: async ({ set }) => saveCriteriaSet(session, set),
    getScoringSettings: async () => getScoringSettings(session),
    updateScoringSettings: async (patch) => updateScoringSettings(session, patch),
    listPeriods: async (input) => listPeriods(session, input),
    getScoreGrid: async (input) => scoreGrid(session, input),
    saveScores: async (input) => saveScores(session, input),
    saveTaskProducts: async (input) => {
      await saveTaskProducts(session, input);
      return scoreBreakdown(session, input);
    },
    getScoreBreakdown: async (input) => scoreBreakdown(session, input),
    printScoreBreakdown: async (input) => {
      const view = await scoreBreakdown(session, input);
      const bytes = await renderPdf(breakdownDoc(view, session.store.meta.ward.name || 'Phường', session.store.now()));
      return { fileName: `giai-trinh-${view.code}-${view.period}.pdf`, dataBase64: encode(bytes), count: 1 };
    },
    closePeriod: async (input) => closePeriod(session, input),
    amendScores: async (input) => ({ amended: await amendScores(session, input) }),
    exportScorecard: async (input) => {
      const out = await exportScorecard(session, input);
      return { fileName: out.fileName, dataBase64: encode(out.bytes), count: out.count };
    },
    previewScorecardImport: async ({ file }) => previewScorecardImport(session, decode(file.dataBase64)),
    applyScorecardImport: async ({ file, accepted, reason }) => applyScorecardImport(session, decode(file.dataBase64), { accepted, reason }),
    getTitles: async ({ year }) => titlesView(session, year),
    saveInitiative: async (input) => saveInitiative(session, input),
    proposeTitle: async (input) => proposeTitle(session, input),
    revokeTitle: async (input) => revokeTitle(session, input),
    evaluateStaff: async (input) => evaluateStaff(session, input),
    listEvaluationRecords: async (input) => listEvaluationRecords(session, input),
    saveFinding: async (input) => saveFinding(session, input),
    saveClassification: async (input) => saveClassification(session, input),
    deleteEvaluationRecord: async (input) => {
      await deleteEvaluationRecord(session, input);
      return { deleted: true as const };
    },
  };
}
