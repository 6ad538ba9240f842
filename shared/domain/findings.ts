/**
 * Recorded findings that force "Không hoàn thành nhiệm vụ" (ND 335/2025/NĐ-CP, the article on that
 * level, points b and d — QUOTED-PRESS cafef.vn; see shared/schema/evaluation.ts). Like a discipline
 * (point c), a finding weighs on the evaluation year it was concluded in: every period of that year
 * ending on or after its date, and the year itself.
 */
import { FINDING_LABELS, FINDING_SOURCE, type FindingKind } from '../schema/evaluation';
import type { TriggerHit } from './rating';

export interface Finding {
  id: string;
  staffId: string;
  kind: FindingKind;
  /** ISO day concluded. */
  date: string;
  decision: string;
  reason: string;
}

function dmy(iso: string): string {
  const [y, m, d] = iso.split('-');
  return `${d}/${m}/${y}`;
}

/** The findings among `kinds` that force the rating of a period of `year` ending `periodEnd`. */
export function findingHits(findings: Finding[], kinds: FindingKind[], year: number, periodEnd: string): TriggerHit[] {
  return findings
    .filter((f) => kinds.includes(f.kind) && f.date.startsWith(`${year}-`) && f.date <= periodEnd)
    .map((f) => ({
      triggerId: `finding-${f.kind}`, label: FINDING_LABELS[f.kind], forceRating: 'fails', violationId: '', findingId: f.id, source: FINDING_SOURCE,
      explanation: `${f.decision || 'Kết luận'} ngày ${dmy(f.date)}: ${f.reason}`,
    }));
}
