/**
 * A small adapter from the stored violation and commendation records to what scoring needs.
 * It reads both the violation log's records (shared/schema/violation.ts: ruleRefs, concludedOn,
 * decision, expiresOn) and the older demo records (a single ruleRef) defensively. Whether a violation
 * counts is not decided here: the violation log's own rule (violationCountsOn — concluded, not
 * cancelled or deleted, not past its thời hạn) decides it, so scoring and the log never disagree.
 */
import { DISCIPLINE_FORMS, isDisciplineForm, type DisciplineForm, type HandlingMeasure, type Severity, type ViolationState } from '../schema/violation';
import { HANDLING_MEASURES, type CommendationForm } from '../schema/violation';
import { violationCountsOn, type CountingViolation } from './violationsCounting';

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
  state: ViolationState;
  /** Thời hạn: after this day the violation no longer counts (null = no end). */
  expiresOn: string | null;
  deletedAt: string | null;
  severity: Severity | null;
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

/**
 * A violation with a measure that counts on its own day by the violation log's rule
 * (violationCountsOn: concluded, not cancelled or deleted, not expired); null for anything else.
 */
export function toConductViolation(raw: unknown): ConductViolation | null {
  if (!raw || typeof raw !== 'object') return null;
  const v = raw as Loose;
  const measure = str(v.measure);
  if (!(HANDLING_MEASURES as readonly string[]).includes(measure)) return null;
  const refs = Array.isArray(v.ruleRefs) ? v.ruleRefs.map(toRef) : [toRef(v.ruleRef)];
  const decisionRaw = v.decision as Loose | null | undefined;
  const decision = decisionRaw && str(decisionRaw.date) ? { number: str(decisionRaw.number), date: str(decisionRaw.date) } : null;
  const date = str(v.date);
  const out: ConductViolation = {
    id: str(v.id),
    staffIds: Array.isArray(v.staffIds) ? v.staffIds.map(str) : [],
    date,
    measure: measure as HandlingMeasure,
    refs: refs.filter((r): r is ConductRef => r !== null),
    description: str(v.description),
    decision,
    effectiveDate: decision?.date || str(v.concludedOn) || date,
    state: str(v.state) as ViolationState,
    expiresOn: str(v.expiresOn) || null,
    deletedAt: str(v.deletedAt) || null,
    severity: (str(v.severity) || null) as Severity | null,
  };
  return date && violationCountsOn(out, date).counts ? out : null;
}

/**
 * Whether a violation weighs on a period [from, to]: it counts (violationCountsOn) on at least one
 * day of the period — it has happened by `to` and its thời hạn has not ended before `from`.
 */
export function countsDuring(v: CountingViolation, from: string, to: string): boolean {
  const lastDay = v.expiresOn && v.expiresOn < to ? v.expiresOn : to;
  return lastDay >= from && violationCountsOn(v, lastDay).counts;
}

/**
 * The discipline decisions (from `minForm` up) that weigh on an evaluation of `year` up to `periodEnd`,
 * for the period starting `periodStart` (default: 1 January, i.e. the whole year so far).
 *
 * Reading of the sources (reference/legal-sources.md): ND 335/2025 (§5b, point c) and ND 48/2023 khoản 5
 * Điều 2 (§5a) make "bị kỷ luật từ khiển trách trở lên TRONG NĂM ĐÁNH GIÁ" a reason for "Không hoàn thành
 * nhiệm vụ"; §5d gives no rule that a discipline stops counting for that year's evaluation when its
 * thời hạn ends. So: the decision must fall in the evaluation year, on or before the period's end, and
 * the violation must count (the log's rule) on some day of the period. The year review (1/1–31/12)
 * always contains the decision day, so a khiển trách decided 10/03/2026 with thời hạn 10/09/2026 still
 * forces the 2026 year rating; a month evaluated after 10/09/2026 (e.g. October) is no longer forced,
 * because the log says the violation no longer counts then. Whether an expired discipline should still
 * force the later monthly ratings is not settled by the sources we have (to verify with the ward).
 */
export function disciplinesWeighing(violations: ConductViolation[], minForm: DisciplineForm, year: number, periodEnd: string, periodStart = `${year}-01-01`): ConductViolation[] {
  return violations.filter((v) => v.effectiveDate.startsWith(`${year}-`) && v.effectiveDate <= periodEnd && isDisciplineAtLeast(v.measure, minForm) && countsDuring(v, periodStart, periodEnd));
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
