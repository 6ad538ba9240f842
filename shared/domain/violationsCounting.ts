/**
 * Whether a violation counts against a person on a day, and what it carries — for emulation
 * scoring and evaluation. Only a concluded, not deleted, not expired violation counts, and only
 * from the day it happened; a discipline form (from khiển trách up) is reported with its decision.
 */
import { isDisciplineForm, type DecisionRef, type DisciplineForm, type HandlingMeasure, type Violation } from '../schema/violation';

export type CountingViolation = Pick<Violation, 'state' | 'date' | 'expiresOn' | 'measure' | 'decision' | 'deletedAt' | 'staffIds' | 'severity'>;

export type NotCountingReason = 'deleted' | 'cancelled' | 'notConcluded' | 'notYetHappened' | 'expired';

export interface ViolationCount {
  counts: boolean;
  /** Why it does not count (null when it counts). */
  reason: NotCountingReason | null;
  measure: HandlingMeasure | null;
  /** The discipline form and its decision, when the measure is one. */
  discipline: { form: DisciplineForm; decision: DecisionRef | null } | null;
}

/** `day` is an ISO day; a violation counts through its expiry day (thời hạn) and not after it. */
function notCountingReason(violation: CountingViolation, day: string): NotCountingReason | null {
  if (violation.deletedAt) return 'deleted';
  if (violation.state === 'cancelled') return 'cancelled';
  if (violation.state !== 'concluded') return 'notConcluded';
  if (day < violation.date) return 'notYetHappened';
  if (violation.expiresOn && day > violation.expiresOn) return 'expired';
  return null;
}

// No closure per call: the built CLI names every function it creates (esbuild keepNames), which is
// slow enough to show when a report checks ten thousand violations.
export function violationCountsOn(violation: CountingViolation, day: string): ViolationCount {
  const measure = violation.measure;
  const discipline = isDisciplineForm(measure) ? { form: measure, decision: violation.decision } : null;
  const reason = notCountingReason(violation, day);
  return { counts: reason === null, reason, measure, discipline };
}

/** The violations that count for one person on a day. */
export function countingViolationsOf<T extends CountingViolation>(violations: T[], staffId: string, day: string): T[] {
  return violations.filter((v) => v.staffIds.includes(staffId) && violationCountsOn(v, day).counts);
}
