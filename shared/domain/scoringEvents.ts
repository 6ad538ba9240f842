/**
 * A small adapter from the stored violation and commendation records to what scoring needs.
 * It reads both the violation log's records (shared/schema/violation.ts: ruleRefs, concludedOn,
 * decision) and the older demo records (ruleRef, measure, state) defensively, so scoring does not
 * depend on how the violation screens evolve.
 */
import { DISCIPLINE_FORMS, isDisciplineForm, type DisciplineForm, type HandlingMeasure } from '../schema/violation';
import { HANDLING_MEASURES, type CommendationForm } from '../schema/violation';

export interface ConductRef {
  ruleSetId: string;
  article?: string;
  clause?: string;
  item?: string;
}

export interface ConductViolation {
  id: string;
  staffIds: string[];
  /** Day of the incident (decides the month it is deducted in). */
  date: string;
  measure: HandlingMeasure;
  refs: ConductRef[];
  description: string;
  decision: { number: string; date: string } | null;
  /** Day the discipline counts from: the decision's date, else the conclusion, else the incident. */
  effectiveDate: string;
}

export interface ConductCommendation {
  id: string;
  staffIds: string[];
  unitId: string | null;
  date: string;
  form: CommendationForm;
  reason: string;
}

type Loose = Record<string, unknown>;

function str(value: unknown): string {
  return typeof value === 'string' ? value : typeof value === 'number' ? String(value) : '';
}

function toRef(raw: unknown): ConductRef | null {
  if (!raw || typeof raw !== 'object') return null;
  const r = raw as Loose;
  const ruleSetId = str(r.ruleSetId);
  if (!ruleSetId) return null;
  const ref: ConductRef = { ruleSetId };
  if (str(r.article)) ref.article = str(r.article);
  if (str(r.clause)) ref.clause = str(r.clause);
  if (str(r.item)) ref.item = str(r.item);
  return ref;
}

/** A concluded, not deleted violation with a measure; null for anything that does not count. */
export function toConductViolation(raw: unknown): ConductViolation | null {
  if (!raw || typeof raw !== 'object') return null;
  const v = raw as Loose;
  if (v.deletedAt || v.state !== 'concluded') return null;
  const measure = str(v.measure);
  if (!(HANDLING_MEASURES as readonly string[]).includes(measure)) return null;
  const refs = Array.isArray(v.ruleRefs) ? v.ruleRefs.map(toRef) : [toRef(v.ruleRef)];
  const decisionRaw = v.decision as Loose | null | undefined;
  const decision = decisionRaw && str(decisionRaw.date) ? { number: str(decisionRaw.number), date: str(decisionRaw.date) } : null;
  const date = str(v.date);
  return {
    id: str(v.id),
    staffIds: Array.isArray(v.staffIds) ? v.staffIds.map(str) : [],
    date,
    measure: measure as HandlingMeasure,
    refs: refs.filter((r): r is ConductRef => r !== null),
    description: str(v.description),
    decision,
    effectiveDate: decision?.date || str(v.concludedOn) || date,
  };
}

export function toConductCommendation(raw: unknown): ConductCommendation | null {
  if (!raw || typeof raw !== 'object') return null;
  const c = raw as Loose;
  if (c.deletedAt) return null;
  return {
    id: str(c.id),
    staffIds: Array.isArray(c.staffIds) ? c.staffIds.map(str) : [],
    unitId: str(c.unitId) || null,
    date: str(c.date),
    form: str(c.form) as CommendationForm,
    reason: str(c.reason) || str(c.description),
  };
}

/** Severity rank of a discipline form (khiển trách = 0, the mildest). */
export function disciplineRank(form: DisciplineForm): number {
  return DISCIPLINE_FORMS.indexOf(form);
}

/** Whether a measure is a discipline form at least as severe as `minForm`. */
export function isDisciplineAtLeast(measure: HandlingMeasure, minForm: DisciplineForm): boolean {
  return isDisciplineForm(measure) && disciplineRank(measure) >= disciplineRank(minForm);
}

/** "522:Đ5.K1", "nam-khong-2019:3" — the short form shown next to a deduction. */
export function refLabel(ref: ConductRef): string {
  const set = ref.ruleSetId.replace(/^qd-(\d+)-\d+$/, '$1');
  if (ref.item && !ref.article) return `${set}:mục ${ref.item}`;
  return `${set}:${[ref.article ? `Đ${ref.article}` : '', ref.clause ? `K${ref.clause}` : ''].filter(Boolean).join('.')}`;
}
