/**
 * Adds to the year's title view the proposals upward that look at earlier years (Chiến sĩ thi đua
 * Thành phố, Bằng khen của Chủ tịch UBND Thành phố, Tập thể lao động xuất sắc) and each candidate's
 * earlier-year facts; the rules and their sources are in shared/domain/titlesEarlier.ts.
 */
import type { TitleCandidate } from '../../shared/api/scoringTypes';
import { AGENDA_LABELS } from '../../shared/domain/councilRules';
import type { YearClassification } from '../../shared/domain/titles';
import { earlierYearFacts, excellentCollective, provincialEmulationSoldier, provincialMerit, type YearRecord } from '../../shared/domain/titlesEarlier';
import type { Session } from './session';
import { yearRecords } from './titleHistory';

/** Years read back: the three of a Chiến sĩ thi đua Thành phố run. */
export const HISTORY_SPAN = 3;

export async function addUpward(
  session: Session, year: number, people: TitleCandidate[], units: TitleCandidate[], unitOf: Map<string, string | null>,
  classify: (subjectId: string, y: number) => Promise<YearClassification | null>,
): Promise<void> {
  const records = await yearRecords(session, [...people, ...units].map((c) => c.subjectId), year, HISTORY_SPAN, classify);
  const of = (id: string): YearRecord[] => records.get(id) ?? [];
  const isSoldier = (p: TitleCandidate) => (p.eligibility.find((e) => e.title === 'gradeEmulationSoldier')?.isEligible ?? false)
    || of(p.subjectId).some((r) => r.year === year && r.granted.some((g) => g.title === 'gradeEmulationSoldier'));
  for (const p of people) {
    p.earlierYears = earlierYearFacts(of(p.subjectId), year, HISTORY_SPAN - 1, AGENDA_LABELS);
    p.upward = [provincialEmulationSoldier(of(p.subjectId), year, isSoldier(p)), provincialMerit(of(p.subjectId), year, isSoldier(p))];
  }
  for (const u of units) {
    const members = people.filter((p) => unitOf.get(p.subjectId) === u.subjectId).map((p) => ({
      fullName: p.name, rating: p.classification?.rating ?? null, isComplete: p.classification?.isComplete ?? false,
      isAdvancedWorker: p.eligibility.find((e) => e.title === 'advancedWorker')?.isEligible ?? false, isSoldier: isSoldier(p),
    }));
    u.earlierYears = earlierYearFacts(of(u.subjectId), year, HISTORY_SPAN - 1, AGENDA_LABELS);
    u.upward = [excellentCollective(members, u.earlierYears)];
  }
}
