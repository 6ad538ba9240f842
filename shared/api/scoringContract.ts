/** Scoring methods of the contract: criteria sets, periods, the grid, breakdowns, Excel round trip, titles. */
import { z } from 'zod';
import { RATINGS, type CriteriaSetFields } from '../schema/criteria';
import { SCORE_STEPS } from '../schema/scoring';
import { ROLLUP_METHODS } from '../domain/rollup';
import { TITLES } from '../domain/titles';
import { isPeriodKey } from '../domain/period';
import { isoDate } from '../schema/isoDate';
import { depthLimited } from '../schema/depth';
import { method } from './method';
import type { FileOutput } from './rosterContract';
import { empty, requiredText, text } from './schemas';
import { FINDING_KINDS } from '../schema/evaluation';
import type { EvaluationRecordView, EvaluationView } from './evaluationTypes';
import type { BreakdownView, CriteriaSetView, PeriodSummary, ScoreGrid, ScorecardImportPreview, ScorecardImportResult, ScoringSettingsView, TitlesView } from './scoringTypes';

const period = z.string({ error: 'Kỳ: phải là chữ' }).refine(isPeriodKey, { error: 'Kỳ phải có dạng 2026-05, 2026-Q2, 2026-H1 hoặc 2026' }).transform((v) => v.trim().toUpperCase());
const setId = requiredText('Bộ tiêu chí', 80);
const points = z.number({ error: 'Điểm: phải là số' }).min(0, { error: 'Điểm không được âm' }).max(1000);
const year = z.number({ error: 'Năm: phải là số' }).int().min(2000).max(2100);
const file = z.object({ fileName: requiredText('Tên tệp', 260), dataBase64: z.string().min(1, { error: 'Tệp rỗng (0 byte).' }).max(30_000_000, { error: 'Tệp quá lớn.' }) }).strict();
/** Ids and references inside a criteria set: short texts. */
const key = text('Mã', 80);
const isSmallRecord = (value: Record<string, number>) => Object.keys(value).length <= 200;
/** Deeper than any criteria tree of ND 335/2025 or a ward's scorecard (3 levels in practice). */
const MAX_CRITERIA_LEVELS = 12;

const product = z.object({
  name: requiredText('Tên sản phẩm', 300),
  weight: z.number().min(0).max(100).default(1),
  isCompleted: z.boolean(),
  qualityFailures: z.number().int().min(0).max(20).default(0),
  delays: z.number().int().min(0).max(20).default(0),
  excusedDelays: z.number().int().min(0).max(20).default(0),
  excusedQualityFailures: z.number().int().min(0).max(20).default(0),
}).strict();


const criterion: z.ZodType<unknown> = z.lazy(() => z.object({
  id: requiredText('Mã tiêu chí', 60), name: requiredText('Tên tiêu chí', 300), maxPoints: z.number().min(0).max(1000),
  input: z.enum(['manual', 'startsFull', 'startsEmpty', 'taskProducts', 'unitResults']), deductions: z.record(key, z.number().min(0)).refine(isSmallRecord, { error: 'Điểm trừ: quá nhiều mục' }), matches: z.array(z.object({ ruleSetId: key, article: key.optional(), clause: key.optional(), item: key.optional() }).strict()).max(200),
  bonuses: z.record(key, z.number().min(0)).refine(isSmallRecord, { error: 'Điểm cộng: quá nhiều mục' }), note: text('Ghi chú', 1000), children: z.array(criterion).max(200),
}).strict());

const criteriaSet = z.object({
  setId, version: z.number().int().min(1), name: requiredText('Tên bộ tiêu chí', 300), shortName: requiredText('Tên ngắn', 120), subject: z.enum(['staff', 'unit']),
  categories: z.array(z.enum(['official', 'civilServant', 'publicEmployee', 'worker'])).nullable(), basis: text('Căn cứ', 2000), criteria: depthLimited(z.array(criterion).min(1).max(200), MAX_CRITERIA_LEVELS, 'Các tiêu chí'),
  bands: z.array(z.object({ rating: z.enum(RATINGS), minPoints: z.number().min(0) }).strict()).min(1),
  triggers: z.array(z.object({ id: key, kind: z.literal('disciplineInYear'), minForm: z.enum(['reprimand', 'warning', 'salaryDemotion', 'demotion', 'dismissalFromPost', 'forcedResignation', 'removalFromOffice']), forceRating: z.enum(RATINGS), label: text('Nhãn', 300), source: text('Nguồn', 500) }).strict()).max(50),
  fallbackCriterionId: key.nullable(), taskRules: z.object({ shares: z.object({ quantity: z.number(), quality: z.number(), progress: z.number() }).strict(), qualityFailPercent: z.number().min(0).max(100), delayPercent: z.number().min(0).max(100) }).strict().nullable(),
  excellentCapOfGood: z.number().min(0).max(1).nullable(), notes: z.array(text('Ghi chú', 2000)).max(100), isActive: z.boolean(),
  audience: z.enum(['all', 'leaders', 'nonLeaders']).optional(), forcingFindings: z.array(z.enum(FINDING_KINDS)).max(10).optional(),
  unitResultsFrom: z.string().max(80).optional(), capPool: z.string().max(80).optional(),
}).strict();

export const scoringMethods = {
  listCriteriaSets: method<CriteriaSetView[]>()(empty),
  getCriteriaSet: method<CriteriaSetView>()(z.object({ setId, version: z.number().int().min(1).optional() }).strict()),
  saveCriteriaSet: method<CriteriaSetView>()(z.object({ set: criteriaSet.transform((s) => s as CriteriaSetFields) }).strict()),
  getScoringSettings: method<ScoringSettingsView>()(empty),
  updateScoringSettings: method<ScoringSettingsView>()(z.object({
    rollupMethod: z.enum(ROLLUP_METHODS).optional(), soldierRatio: z.number().min(0).max(1).optional(), cadence: z.enum(['month', 'quarter']).optional(),
    capScopes: z.array(z.enum(['unit', 'ward', 'taskGroup'])).optional(), minServiceMonths: z.number().int().min(0).max(24).optional(),
    taskGroups: z.array(z.object({ id: requiredText('Mã nhóm', 60), name: requiredText('Tên nhóm nhiệm vụ', 200), unitIds: z.array(z.string()).max(200) }).strict()).max(50).optional(),
  }).strict()),
  listPeriods: method<PeriodSummary[]>()(z.object({ year, setId: setId.optional() }).strict()),
  getScoreGrid: method<ScoreGrid>()(z.object({ period, setId, unitId: z.string().optional() }).strict()),
  saveScores: method<ScoreGrid>()(z.object({
    period, setId, step: z.enum(SCORE_STEPS), note: text('Ghi chú', 500).optional(), scorerId: z.string().max(80).optional(),
    entries: z.array(z.object({ subjectId: requiredText('Người được chấm', 80), points: z.record(z.string(), points.nullable()) }).strict()).min(1).max(5000),
  }).strict()),
  saveTaskProducts: method<BreakdownView>()(z.object({ period, setId, subjectId: requiredText('Người được chấm', 80), products: z.array(product).max(200) }).strict()),
  getScoreBreakdown: method<BreakdownView>()(z.object({ period, setId, subjectId: requiredText('Người được chấm', 80) }).strict()),
  printScoreBreakdown: method<FileOutput>()(z.object({ period, setId, subjectId: requiredText('Người được chấm', 80) }).strict()),
  closePeriod: method<PeriodSummary>()(z.object({ period, setId, allowIncomplete: z.boolean().optional(), reason: text('Lý do', 1000).optional() }).strict()),
  amendScores: method<{ amended: number }>()(z.object({ period, setId, reason: requiredText('Lý do điều chỉnh', 1000), entries: z.array(z.object({ subjectId: z.string().min(1), points: z.record(z.string(), points) }).strict()).min(1) }).strict()),
  exportScorecard: method<FileOutput>()(z.object({ period, setId, unitIds: z.array(z.string()).optional() }).strict()),
  previewScorecardImport: method<ScorecardImportPreview>()(z.object({ file }).strict()),
  applyScorecardImport: method<ScorecardImportResult>()(z.object({ file, accepted: z.array(z.string()).max(100_000), reason: text('Lý do', 1000).optional() }).strict()),
  getTitles: method<TitlesView>()(z.object({ year }).strict()),
  saveInitiative: method<TitlesView>()(z.object({ year, staffId: requiredText('Cán bộ', 80), initiative: z.object({ name: requiredText('Tên sáng kiến', 300), recognisedBy: requiredText('Cấp công nhận', 300), date: isoDate('Ngày công nhận'), kind: z.enum(['initiative', 'research']).optional() }).strict().nullable() }).strict()),
  proposeTitle: method<TitlesView>()(z.object({ year, title: z.enum(TITLES), subjectId: requiredText('Người hoặc đơn vị', 80) }).strict()),
  revokeTitle: method<TitlesView>()(z.object({ id: requiredText('Đề nghị', 80), reason: requiredText('Lý do thu hồi', 1000) }).strict()),
  evaluateStaff: method<EvaluationView>()(z.object({ code: requiredText('Mã cán bộ', 40), period, setId: setId.optional() }).strict()),
  listEvaluationRecords: method<EvaluationRecordView[]>()(z.object({ year, staffId: z.string().max(80).optional() }).strict()),
  saveFinding: method<EvaluationRecordView>()(z.object({ staffId: requiredText('Cán bộ', 80), kind: z.enum(FINDING_KINDS), date: isoDate('Ngày kết luận'), decision: requiredText('Số, cơ quan kết luận', 300), reason: requiredText('Nội dung kết luận', 2000) }).strict()),
  saveClassification: method<EvaluationRecordView>()(z.object({ staffId: requiredText('Cán bộ', 80), year, rating: z.enum(RATINGS), date: isoDate('Ngày quyết định'), decision: requiredText('Số, ngày quyết định', 300), reason: text('Ghi chú', 2000).default('Theo kết quả đánh giá, xếp loại chất lượng năm') }).strict()),
  deleteEvaluationRecord: method<{ deleted: true }>()(z.object({ id: requiredText('Bản ghi', 80), reason: requiredText('Lý do hủy', 1000) }).strict()),
} as const;
