/**
 * Titles as records (grantedTitles.json): granted per person or unit and year with the decision's
 * number and date, from the passed candidates of a closed council meeting. Read back per person
 * (for the person page and reports) with the run of consecutive years ending in a given year, which
 * eligibility rules that depend on earlier years use.
 */
import { ServiceError } from '../../shared/api/result';
import type { GrantedTitleView, PersonTitlesView } from '../../shared/api/councilTypes';
import { AGENDA_LABELS, isUpward } from '../../shared/domain/councilRules';
import { summarizeTally } from '../../shared/domain/councilTally';
import type { AgendaTitle, GrantedTitle } from '../../shared/schema/council';
import { newRecord } from './records';
import type { Session } from './session';

export function grantedTitles(session: Session): GrantedTitle[] {
  return session.store.collection('grantedTitles').records.filter((r) => !r.deletedAt);
}

/** How many years in a row, ending with `year`, the subject holds `title`. */
export function consecutiveYears(records: GrantedTitle[], subjectId: string, title: AgendaTitle, year: number): number {
  const years = new Set(records.filter((r) => r.subjectId === subjectId && r.title === title).map((r) => r.year));
  let run = 0;
  while (years.has(year - run)) run += 1;
  return run;
}

function view(r: GrantedTitle): GrantedTitleView {
  return { id: r.id, year: r.year, title: r.title, titleLabel: AGENDA_LABELS[r.title], subjectKind: r.subjectKind, subjectId: r.subjectId, name: r.name, decisionNumber: r.decisionNumber, decisionDate: r.decisionDate, meetingId: r.meetingId };
}

/** A person's (or unit's) titles, newest first, with the current run of each title. */
export function personTitles(session: Session, subjectId: string): PersonTitlesView {
  const all = grantedTitles(session);
  const own = all.filter((r) => r.subjectId === subjectId).sort((a, b) => b.year - a.year || a.title.localeCompare(b.title));
  const latest = new Map<AgendaTitle, number>();
  for (const r of own) if (!latest.has(r.title)) latest.set(r.title, r.year);
  return {
    subjectId,
    titles: own.map(view),
    runs: [...latest].map(([title, year]) => ({ title, titleLabel: AGENDA_LABELS[title], untilYear: year, years: consecutiveYears(all, subjectId, title, year) })),
  };
}

export function listGrantedTitles(session: Session, year: number): GrantedTitleView[] {
  return grantedTitles(session).filter((r) => r.year === year).map(view);
}

/** Records the titles the closed meetings of `year` passed (or one meeting's), under one decision. */
export async function grantTitles(session: Session, input: { year: number; decisionNumber: string; decisionDate: string; meetingId?: string | undefined }): Promise<GrantedTitleView[]> {
  const meetings = session.store.collection('councilMeetings').records
    .filter((m) => !m.deletedAt && m.year === input.year && (!input.meetingId || m.id === input.meetingId));
  if (input.meetingId && meetings.length === 0) throw new ServiceError('NOT_FOUND', 'Không tìm thấy cuộc họp Hội đồng này.');
  const closed = meetings.filter((m) => m.status === 'closed' && m.tally);
  if (closed.length === 0) throw new ServiceError('CONFLICT', `Chưa có cuộc họp Hội đồng năm ${input.year} đã kết thúc (khóa kết quả) để công nhận danh hiệu.`);
  const passed = closed.flatMap((m) => {
    const summary = summarizeTally(m.tally!, { members: m.members.length, present: m.members.filter((x) => x.isPresent).length }, m.candidates, m.thresholds);
    // Proposals upward are decided by the city, not by this decision.
    return m.candidates.filter((c) => !isUpward(c.title) && summary.results.find((r) => r.no === c.no)?.isPassed).map((c) => ({ c, meetingId: m.id }));
  });
  const store = session.store;
  return store.mutateCollection('grantedTitles', null, (file) => {
    const added: GrantedTitleView[] = [];
    for (const { c, meetingId } of passed) {
      const existing = file.records.find((r) => !r.deletedAt && r.year === input.year && r.title === c.title && r.subjectId === c.subjectId);
      if (existing) {
        if (existing.decisionNumber !== input.decisionNumber) throw new ServiceError('CONFLICT', `${c.name} đã được công nhận "${AGENDA_LABELS[c.title]}" năm ${input.year} tại quyết định ${existing.decisionNumber}.`);
        added.push(view(existing));
        continue;
      }
      const record = newRecord({ year: input.year, title: c.title, subjectKind: c.subjectKind, subjectId: c.subjectId, name: c.name, decisionNumber: input.decisionNumber, decisionDate: input.decisionDate, meetingId }, store.operator, store.now());
      file.records.push(record);
      added.push(view(record));
    }
    return added;
  });
}
