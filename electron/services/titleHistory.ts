/**
 * The year records the earlier-year rules read (shared/domain/titlesEarlier.ts): per person or unit and
 * year, the official classification (entered, or the ND 335 roll-up), the titles granted by decision
 * (grantedTitles.json), titles proposed or passed by the council without a decision, and initiatives.
 */
import type { YearClassification } from '../../shared/domain/titles';
import type { YearRecord } from '../../shared/domain/titlesEarlier';
import { summarizeTally } from '../../shared/domain/councilTally';
import type { AgendaTitle } from '../../shared/schema/council';
import { grantedTitles } from './grantedTitles';
import type { Session } from './session';

/** Titles of `year` proposed (Danh hiệu tab) or passed at a closed council meeting, per subject. */
function undecidedOf(session: Session, year: number): Map<string, Set<AgendaTitle>> {
  const out = new Map<string, Set<AgendaTitle>>();
  const add = (subjectId: string, title: AgendaTitle) => out.set(subjectId, (out.get(subjectId) ?? new Set<AgendaTitle>()).add(title));
  for (const r of session.store.collection('titleProposals').records) {
    if (!r.deletedAt && r.kind === 'proposal' && r.status === 'proposed' && r.year === year && r.title) add(r.subjectId, r.title);
  }
  for (const m of session.store.collection('councilMeetings').records) {
    if (m.deletedAt || m.year !== year || m.status !== 'closed' || !m.tally) continue;
    const summary = summarizeTally(m.tally, { members: m.members.length, present: m.members.filter((x) => x.isPresent).length }, m.candidates, m.thresholds);
    for (const c of m.candidates) if (summary.results.find((r) => r.no === c.no)?.isPassed) add(c.subjectId, c.title);
  }
  return out;
}

function initiativesOf(session: Session, year: number, subjectId: string): { initiatives: number; research: number } {
  const own = session.store.collection('titleProposals').records
    .filter((r) => !r.deletedAt && r.kind === 'initiative' && r.year === year && r.subjectId === subjectId && r.initiative);
  const research = own.filter((r) => r.initiative?.kind === 'research').length;
  return { initiatives: own.length - research, research };
}

/**
 * Year records of `subjectIds` for `year - span + 1` … `year`. `classify(subjectId, y)` gives the
 * classification of a person in a year (null for units or when none); a year with nothing at all is
 * left out, which the rules read as "không có hồ sơ".
 */
export async function yearRecords(
  session: Session, subjectIds: string[], year: number, span: number,
  classify: (subjectId: string, y: number) => Promise<YearClassification | null>,
): Promise<Map<string, YearRecord[]>> {
  const granted = grantedTitles(session);
  const out = new Map<string, YearRecord[]>(subjectIds.map((id) => [id, []]));
  for (let y = year - span + 1; y <= year; y += 1) {
    const undecided = undecidedOf(session, y);
    for (const id of subjectIds) {
      const c = await classify(id, y);
      const titles = granted.filter((g) => g.subjectId === id && g.year === y).map((g) => ({ title: g.title, decisionNumber: g.decisionNumber, decisionDate: g.decisionDate }));
      const pending = [...(undecided.get(id) ?? [])].filter((t) => !titles.some((g) => g.title === t));
      const { initiatives, research } = initiativesOf(session, y, id);
      if (!c?.rating && titles.length === 0 && pending.length === 0 && initiatives + research === 0) continue;
      out.get(id)?.push({ year: y, rating: c?.rating ?? null, isComplete: c?.isComplete ?? false, granted: titles, undecided: pending, initiatives, research });
    }
  }
  return out;
}
