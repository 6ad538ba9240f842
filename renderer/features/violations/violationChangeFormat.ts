/** Old and new values of a violation's fields, as a person reads them in its history (names, labels, dd/mm/yyyy). */
import type { ViolationDetail } from '../../../shared/api/violationsTypes';
import type { RuleRef } from '../../../shared/domain/ruleNodes';
import { formatIsoDay } from '../../../shared/domain/violationDates';
import { ruleRefKey } from '../../../shared/domain/violationRuleRef';
import {
  MEASURE_LABELS, SEVERITY_LABELS, VIOLATION_SOURCE_LABELS, VIOLATION_STATE_LABELS,
  type DecisionRef, type EvidenceFile, type HandlingMeasure, type Severity, type ViolationSource, type ViolationState,
} from '../../../shared/schema/violation';
import type { ViolationRefs } from './useViolationRefs';

export interface ChangeNames {
  /** Staff id → 'Trần Thị Bình (CB0002)'. */
  people: Map<string, string>;
  /** ruleRefKey → '1665:Đ3.KNL.5'. */
  rules: Map<string, string>;
}

export function changeNames(refs: ViolationRefs, detail: ViolationDetail): ChangeNames {
  const people = new Map(refs.staff.map((s) => [s.id, `${s.fullName} (${s.code})`] as const));
  for (const p of detail.row.people) people.set(p.id, `${p.fullName} (${p.code})`);
  const rules = new Map(refs.rules.map((r) => [ruleRefKey(r.ref), r.short] as const));
  detail.record.ruleRefs.forEach((ref, i) => rules.set(ruleRefKey(ref), detail.row.rules[i]?.short ?? ruleRefKey(ref)));
  return { people, rules };
}

const DAY_FIELDS = new Set(['date', 'expiresOn', 'explanationDue', 'explanationDate', 'concludedOn']);
const EMPTY = '(trống)';

/** One stored value of `field`, in words. */
export function describeValue(field: string, value: unknown, names: ChangeNames): string {
  if (value === null || value === undefined || value === '' || (Array.isArray(value) && value.length === 0)) return EMPTY;
  if (DAY_FIELDS.has(field) && typeof value === 'string') return formatIsoDay(value);
  switch (field) {
    case 'staffIds':
      return (value as string[]).map((id) => names.people.get(id) ?? id).join(', ');
    case 'ruleRefs':
      return (value as RuleRef[]).map((ref) => names.rules.get(ruleRefKey(ref)) ?? ruleRefKey(ref)).join(', ');
    case 'severity':
      return SEVERITY_LABELS[value as Severity] ?? String(value);
    case 'measure':
      return MEASURE_LABELS[value as HandlingMeasure] ?? String(value);
    case 'source':
      return VIOLATION_SOURCE_LABELS[value as ViolationSource] ?? String(value);
    case 'state':
      return VIOLATION_STATE_LABELS[value as ViolationState] ?? String(value);
    case 'decision': {
      const d = value as DecisionRef;
      return `Số ${d.number} ngày ${formatIsoDay(d.date)}`;
    }
    case 'evidence':
      return (value as EvidenceFile[]).map((f) => f.fileName).join(', ');
    default:
      return typeof value === 'string' ? value : JSON.stringify(value);
  }
}
