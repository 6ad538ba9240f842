/** Violation and commendation methods of the contract: record, move through the workflow, amend, list, export, print. */
import type { MeasureChoice } from '../domain/disciplineForms';
import { z } from 'zod';
import { DOC_FORMATS, VIOLATION_DOCS } from '../domain/recordDocuments';
import { method } from './method';
import { empty } from './schemas';
import type { FileOutput } from './rosterContract';
import * as v from './violationsSchemas';
import type { CommendationRow, EvidenceContent, RuleRefOption, ViolationDetail, ViolationList } from './violationsTypes';

export const violationsMethods = {
  listViolations: method<ViolationList>()(v.violationListQuery),
  getViolation: method<ViolationDetail>()(v.violationId),
  createViolation: method<ViolationDetail>()(v.violationCreate),
  updateViolation: method<ViolationDetail>()(v.violationUpdate),
  moveViolation: method<ViolationDetail>()(v.violationMove),
  amendViolation: method<ViolationDetail>()(v.violationAmend),
  allowedMeasures: method<MeasureChoice>()(v.measuresQuery),
  addEvidence: method<ViolationDetail>()(v.evidenceAdd),
  removeEvidence: method<ViolationDetail>()(v.evidenceRef),
  getEvidence: method<EvidenceContent>()(v.evidenceRef),
  exportViolations: method<FileOutput>()(v.violationExport),
  ruleRefOptions: method<RuleRefOption[]>()(empty),
  listCommendations: method<CommendationRow[]>()(v.commendationFilter),
  createCommendation: method<CommendationRow>()(v.commendationFields),
  updateCommendation: method<CommendationRow>()(v.commendationUpdate),
  deleteCommendation: method<{ deleted: number }>()(v.violationId),
  printMeetingSheet: method<FileOutput>()(v.meetingSheetRequest),
  /** giấy yêu cầu giải trình, biên bản họp kiểm điểm or dự thảo quyết định kỷ luật, filled from the violation (ND 30). */
  printViolationDocument: method<FileOutput>()(
    z.object({ id: v.violationId.shape.id, doc: z.enum(VIOLATION_DOCS, { error: 'Loại văn bản không hợp lệ' }), format: z.enum(DOC_FORMATS, { error: 'Định dạng phải là docx hoặc pdf' }).default('docx') }).strict(),
  ),
  /** The decision (quyết định biểu dương / khen thưởng) of a commendation. */
  printCommendationDocument: method<FileOutput>()(
    z.object({ id: v.violationId.shape.id, format: z.enum(DOC_FORMATS, { error: 'Định dạng phải là docx hoặc pdf' }).default('docx') }).strict(),
  ),
} as const;
