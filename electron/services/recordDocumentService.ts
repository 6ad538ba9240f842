/**
 * Documents printed from one record, as .docx (editable) or .pdf: for a violation the request for
 * explanation, the review-meeting minutes or the draft discipline decision; for a commendation its
 * decision. Facts come from the same views the screens show; the layout is ND 30 (nd30Blocks, recordDocx).
 */
import { isDisciplineForm } from '../../shared/schema/violation';
import { commendationDecision, disciplineDecisionDraft, explanationRequest, reviewMinutes, type DocFormat, type RecordDocument, type ViolationDoc, type ViolationFacts } from '../../shared/domain/recordDocuments';
import { writtenRuleRefs } from '../../shared/domain/ruleRefWords';
import { formatIsoDay } from '../../shared/domain/violationDates';
import { recordDocPdf } from '../documents/pdf/recordDocPdf';
import { renderPdf } from '../documents/pdf/pdfmake';
import { getCommendation } from './commendationService';
import type { ViolationDeps } from './violationDeps';
import { getViolation } from './violationService';


const BUILDERS: Record<ViolationDoc, (f: ViolationFacts) => RecordDocument> = {
  'giai-trinh': explanationRequest,
  'bien-ban': reviewMinutes,
  'quyet-dinh': disciplineDecisionDraft,
};

async function write(doc: RecordDocument, wardName: string, format: DocFormat, suffix: string): Promise<{ fileName: string; bytes: Uint8Array }> {
  const bytes = format === 'docx' ? await (await import('../documents/docx/recordDocx')).recordDocx(doc, wardName) : await renderPdf(recordDocPdf(doc, wardName));
  return { fileName: `${doc.fileStem}-${suffix}.${format}`, bytes };
}

function ward(deps: ViolationDeps): { name: string; chairman: string } {
  const meta = deps.session.store.meta.ward;
  return { name: meta.name || 'Phường', chairman: meta.chairman ?? '' };
}

export async function printViolationDocument(deps: ViolationDeps, id: string, kind: ViolationDoc, format: DocFormat): Promise<{ fileName: string; bytes: Uint8Array }> {
  const detail = await getViolation(deps, id);
  const { row, record, measures } = detail;
  const { name, chairman } = ward(deps);
  const chosen = isDisciplineForm(record.measure) ? measures.allowed.find((m) => m.value === record.measure && m.isDiscipline) : undefined;
  const facts: ViolationFacts = {
    wardName: name,
    chairman,
    dateText: formatIsoDay(row.date),
    time: row.time,
    place: row.place,
    description: row.description,
    people: row.people.map((p) => ({ fullName: p.fullName, position: p.position, unitName: p.unitName })),
    rules: row.rules.map((r) => ({ written: writtenRuleRefs(r.short), text: r.text })),
    measureLabel: row.measureLabel,
    discipline: chosen ? { label: chosen.label, basis: chosen.basis } : null,
    allowedDiscipline: measures.allowed.filter((m) => m.isDiscipline).map((m) => ({ label: m.label, basis: m.basis })),
    decision: row.decision ? { number: row.decision.number, dateText: formatIsoDay(row.decision.date) } : null,
  };
  return write(BUILDERS[kind](facts), name, format, row.date);
}

export async function printCommendationDocument(deps: ViolationDeps, id: string, format: DocFormat): Promise<{ fileName: string; bytes: Uint8Array }> {
  const c = await getCommendation(deps, id);
  const { name, chairman } = ward(deps);
  const doc = commendationDecision({
    wardName: name,
    chairman,
    dateText: formatIsoDay(c.date),
    formLabel: c.formLabel,
    who: c.people.map((p) => ({ fullName: p.fullName, position: p.position, unitName: p.unitName })),
    unitName: c.unitName,
    reason: c.reason,
    decision: c.decision ? { number: c.decision.number, dateText: formatIsoDay(c.decision.date) } : null,
  });
  return write(doc, name, format, c.date);
}
