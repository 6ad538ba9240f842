/**
 * The values of the Ghi nhận form: what it offers to choose from, how a stored record fills it
 * (to edit or amend it) and the fields it hands to the service. Nothing here decides what is allowed.
 */
import dayjs, { type Dayjs } from 'dayjs';
import type { ViolationDetail } from '../../../shared/api/violationsTypes';
import type { RuleRef } from '../../../shared/domain/ruleNodes';
import { ruleRefKey } from '../../../shared/domain/violationRuleRef';
import type { Severity, ViolationSource } from '../../../shared/schema/violation';
import { toIso } from './violationFormat';
import { ruleChoiceLabel, ruleOptions, staffOptions, type ViolationRefs } from './useViolationRefs';
import { normalizeClockTime } from '../../lib/clockTime';

export interface ViolationFormValues {
  date: Dayjs;
  time?: string;
  place?: string;
  staffIds: string[];
  /** Rule reference keys (ruleRefKey). */
  rules: string[];
  description: string;
  source: ViolationSource;
  severity?: Severity | null;
  recordedBy?: string;
}

export interface ChoiceOption {
  value: string;
  label: string;
  search: string;
  title?: string;
  /** Rule references: the address ('QĐ 1665 · Điều 3 · Không nên làm 5') and the wording, shown on two lines. */
  code?: string;
  text?: string;
}

export interface FormChoices {
  people: ChoiceOption[];
  rules: ChoiceOption[];
  /** Key → reference, for every reference offered. */
  refsByKey: Map<string, RuleRef>;
}

/** The active staff and the latest rule sets, plus the people and references the record already names. */
export function formChoices(refs: ViolationRefs, detail?: ViolationDetail): FormChoices {
  const people: ChoiceOption[] = staffOptions(refs.staff.filter((s) => s.status === 'active'));
  for (const p of detail?.row.people ?? []) {
    if (!people.some((o) => o.value === p.id)) people.push({ value: p.id, label: `${p.fullName} (${p.code})`, search: `${p.fullName} ${p.code} ${p.unitName}` });
  }
  const rules: ChoiceOption[] = ruleOptions(refs.rules);
  const refsByKey = new Map(refs.rules.map((r) => [ruleRefKey(r.ref), r.ref] as const));
  detail?.record.ruleRefs.forEach((ref, index) => {
    const key = ruleRefKey(ref);
    if (refsByKey.has(key)) return;
    refsByKey.set(key, ref);
    const label = detail.row.rules[index];
    const text = label?.text ?? '';
    rules.push({ value: key, label: ruleChoiceLabel(label?.label ?? key, text), code: label?.label ?? key, text, search: `${label?.label ?? ''} ${label?.short ?? key} ${text}`, title: text });
  });
  return { people, rules, refsByKey };
}

/** The form filled with a stored record. */
export function valuesFromRecord(detail: ViolationDetail): ViolationFormValues {
  const v = detail.record;
  return {
    date: dayjs(v.date), time: v.time ?? '', place: v.place, staffIds: v.staffIds, rules: v.ruleRefs.map(ruleRefKey),
    description: v.description, source: v.source, severity: v.severity, recordedBy: v.recordedBy,
  };
}

/** The fields the service takes, from the form's values. */
export function fieldsFromValues(values: ViolationFormValues, refsByKey: Map<string, RuleRef>) {
  return {
    date: toIso(values.date) ?? '',
    time: values.time ? (normalizeClockTime(values.time) ?? values.time) : null,
    place: values.place ?? '',
    staffIds: values.staffIds ?? [],
    ruleRefs: (values.rules ?? []).flatMap((key) => refsByKey.get(key) ?? []),
    description: values.description ?? '',
    source: values.source,
    severity: values.severity ?? null,
    recordedBy: values.recordedBy ?? '',
  };
}
