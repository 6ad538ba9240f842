/**
 * A small adapter from the stored violation and commendation records to what scoring needs, typed by
 * the store's kinds (records are checked with their schema on load, so nothing is re-parsed here:
 * shared/schema/kinds.ts). Whether a violation
 * counts is not decided here: the violation log's own rule (violationCountsOn — concluded, not
 * cancelled or deleted, not past its thời hạn) decides it, so scoring and the log never disagree.
 */
import { DISCIPLINE_FORMS, isDisciplineForm, type Commendation, type DisciplineForm, type HandlingMeasure, type Severity, type Violation, type ViolationState } from '../schema/violation';
import type { CommendationForm } from '../schema/violation';
import type { RuleRef } from './ruleNodes';
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

/** What scoring reads of a stored violation (the store checked its shape on load: shared/schema/kinds.ts). */
export type ViolationFacts = Pick<Violation, 'id' | 'staffIds' | 'date' | 'measure' | 'ruleRefs' | 'state' | 'deletedAt'>
  & Partial<Pick<Violation, 'description' | 'decision' | 'concludedOn' | 'expiresOn' | 'severity'>>;

function toRef(ref: RuleRef): ConductRef {
  const out: ConductRef = { ruleSetId: ref.ruleSetId };
  if (ref.article) out.article = ref.article;
  if (ref.clause) out.clause = ref.clause;
  if (ref.item) out.item = ref.item;
  return out;
}

/**
 * A violation with a measure that counts on its own day by the violation log's rule
 * (violationCountsOn: concluded, not cancelled or deleted, not expired); null for anything else.
 */
export function toConductViolation(v: ViolationFacts): ConductViolation | null {
  if (!v.measure) return null;
  const decision = v.decision?.date ? { number: v.decision.number, date: v.decision.date } : null;
  const out: ConductViolation = {
    id: v.id,
    staffIds: v.staffIds,
    date: v.date,
    measure: v.measure,
    refs: v.ruleRefs.map(toRef),
    description: v.description ?? '',
    decision,
    effectiveDate: decision?.date || v.concludedOn || v.date,
    state: v.state,
    expiresOn: v.expiresOn || null,
    deletedAt: v.deletedAt || null,
    severity: v.severity ?? null,
  };
  return v.date && violationCountsOn(out, v.date).counts ? out : null;
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

export function toConductCommendation(c: Pick<Commendation, 'id' | 'staffIds' | 'unitId' | 'date' | 'form' | 'reason' | 'deletedAt'>): ConductCommendation | null {
  if (c.deletedAt) return null;
  return { id: c.id, staffIds: c.staffIds, unitId: c.unitId || null, date: c.date, form: c.form, reason: c.reason };
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
