/**
 * The Hội đồng thi đua – khen thưởng as data: a meeting per year (or half year) with members from the
 * roster and their role, attendance, agenda, the candidate list from eligibility, vote thresholds, the
 * tally (counts or ballot by ballot), closing (results locked) and amendments after closing, each
 * with its reason and the counts before and after.
 */
import { ServiceError } from '../../shared/api/result';
import type { CouncilMeetingSummary, CouncilMeetingView } from '../../shared/api/councilTypes';
import { AGENDA_LABELS, DEFAULT_THRESHOLDS, ROLE_LABELS, defaultAgenda, meetingLabel, thresholdText } from '../../shared/domain/councilRules';
import { summarizeTally, tallyFromBallots, tallyProblems, type TallyFacts } from '../../shared/domain/councilTally';
import type { AgendaTitle, Ballot, CouncilMeeting, CouncilMember, CouncilRole, Tally, VoteThreshold } from '../../shared/schema/council';
import { amendClosedMeeting } from './councilAmend';
import { eligibleCandidates, manualCandidate } from './councilCandidates';
import { newRecord } from './records';
import type { Session } from './session';

const KIND = 'councilMeetings';

function meetings(session: Session): CouncilMeeting[] {
  return session.store.collection(KIND).records.filter((m) => !m.deletedAt);
}

function facts(m: CouncilMeeting): TallyFacts {
  return { members: m.members.length, present: m.members.filter((x) => x.isPresent).length };
}

function summaryOf(m: CouncilMeeting): CouncilMeetingSummary {
  const f = facts(m);
  const tally = m.tally ? summarizeTally(m.tally, f, m.candidates, m.thresholds) : null;
  return {
    id: m.id, year: m.year, half: m.half, label: meetingLabel(m.year, m.half), date: m.date, status: m.status,
    members: f.members, present: f.present, candidates: m.candidates.length, passed: tally ? tally.results.filter((r) => r.isPassed).length : null,
  };
}

export function meetingView(m: CouncilMeeting): CouncilMeetingView {
  const summary = m.tally ? summarizeTally(m.tally, facts(m), m.candidates, m.thresholds) : null;
  return {
    ...summaryOf(m),
    place: m.place,
    memberList: m.members.map((x) => ({ ...x, roleLabel: ROLE_LABELS[x.role] })),
    agenda: m.agenda,
    candidateList: m.candidates.map((c) => ({ ...c, titleLabel: AGENDA_LABELS[c.title], result: summary?.results.find((r) => r.no === c.no) ?? null })),
    thresholds: m.thresholds.map((t) => ({ ...t, titleLabel: AGENDA_LABELS[t.title], text: thresholdText(t) })),
    tally: m.tally, summary, problems: m.tally ? tallyProblems(m.tally, facts(m), m.candidates) : [],
    conclusion: m.conclusion, closedAt: m.closedAt, closedBy: m.closedBy, amendments: m.amendments,
  };
}

export function findMeeting(session: Session, id: string): CouncilMeeting {
  const m = meetings(session).find((x) => x.id === id);
  if (!m) throw new ServiceError('NOT_FOUND', 'Không tìm thấy cuộc họp Hội đồng này.');
  return m;
}

export function listMeetings(session: Session, year?: number): CouncilMeetingSummary[] {
  return meetings(session).filter((m) => year === undefined || m.year === year)
    .sort((a, b) => b.year - a.year || (a.half ?? 3) - (b.half ?? 3) || a.createdAt.localeCompare(b.createdAt)).map(summaryOf);
}

type MemberInput = { staffId: string; role: CouncilRole; isPresent: boolean; absenceNote: string };

function resolveMembers(session: Session, input: MemberInput[]): CouncilMember[] {
  const staff = session.store.collection('staff').records;
  const seen = new Set<string>();
  return input.map((x) => {
    const s = staff.find((p) => (p.id === x.staffId || p.code.toUpperCase() === x.staffId.toUpperCase()) && !p.deletedAt);
    if (!s) throw new ServiceError('NOT_FOUND', `Không tìm thấy cán bộ "${x.staffId}" để đưa vào Hội đồng.`);
    if (seen.has(s.id)) throw new ServiceError('INVALID_INPUT', `${s.fullName} có tên hai lần trong Hội đồng.`);
    seen.add(s.id);
    return { staffId: s.id, fullName: s.fullName, position: s.position, role: x.role, isPresent: x.isPresent, absenceNote: x.isPresent ? '' : x.absenceNote.trim() };
  });
}

export async function createMeeting(session: Session, input: { year: number; half: 1 | 2 | null; date: string | null; place: string; members?: MemberInput[] | undefined }): Promise<CouncilMeetingView> {
  if (meetings(session).some((m) => m.year === input.year && m.half === input.half)) throw new ServiceError('CONFLICT', `Đã có cuộc họp "${meetingLabel(input.year, input.half)}".`);
  // The council keeps its composition from one meeting to the next unless told otherwise.
  const previous = meetings(session).sort((a, b) => b.createdAt.localeCompare(a.createdAt))[0];
  const members = input.members ? resolveMembers(session, input.members) : (previous?.members.map((x) => ({ ...x, isPresent: true, absenceNote: '' })) ?? []);
  const agenda: AgendaTitle[] = defaultAgenda(input.half);
  const candidates = await eligibleCandidates(session, input.year, agenda);
  const store = session.store;
  const record = newRecord({
    year: input.year, half: input.half, date: input.date, place: input.place.trim(), members, agenda, candidates,
    thresholds: DEFAULT_THRESHOLDS.filter((t) => agenda.includes(t.title)).map((t) => ({ ...t })),
    tally: null, status: 'open' as const, closedAt: null, closedBy: null, conclusion: '', amendments: [],
  }, store.operator, store.now());
  await store.mutateCollection(KIND, null, (file) => {
    file.records.push(record);
  });
  return meetingView(record);
}

async function change(session: Session, id: string, apply: (m: CouncilMeeting) => void): Promise<CouncilMeetingView> {
  const store = session.store;
  return store.mutateCollection(KIND, null, (file) => {
    const m = file.records.find((x) => x.id === id && !x.deletedAt);
    if (!m) throw new ServiceError('NOT_FOUND', 'Không tìm thấy cuộc họp Hội đồng này.');
    const at = store.now().toISOString();
    apply(m);
    Object.assign(m, { updatedAt: at, updatedBy: store.operator });
    return meetingView(m);
  });
}

function assertOpen(m: CouncilMeeting): void {
  if (m.status === 'closed') throw new ServiceError('CONFLICT', 'Cuộc họp đã kết thúc, kết quả đã khóa. Chỉ điều chỉnh kết quả kiểm phiếu kèm lý do.');
}

export interface MeetingPatch {
  id: string;
  date?: string | null | undefined;
  place?: string | undefined;
  members?: MemberInput[] | undefined;
  thresholds?: VoteThreshold[] | undefined;
  conclusion?: string | undefined;
  addCandidates?: { title: AgendaTitle; subjectId: string; reason: string }[] | undefined;
  removeCandidates?: number[] | undefined;
  /** After closing: attendance and thresholds change only as an amendment with this reason. */
  reason?: string | undefined;
}

export async function updateMeeting(session: Session, patch: MeetingPatch): Promise<CouncilMeetingView> {
  const members = patch.members ? resolveMembers(session, patch.members) : null;
  const store = session.store;
  // A candidate added by hand lists the year's commendations: that year's file may still be on disk only.
  const year = store.collection(KIND).records.find((r) => r.id === patch.id)?.year;
  if (patch.addCandidates?.length && year !== undefined) await store.loadPartition('commendations', String(year));
  return change(session, patch.id, (m) => {
    if (m.status === 'closed') {
      const hasOther = patch.date !== undefined || patch.place !== undefined || patch.conclusion !== undefined || Boolean(patch.addCandidates?.length || patch.removeCandidates?.length);
      amendClosedMeeting(m, { members, thresholds: patch.thresholds, reason: patch.reason, hasOther }, store.now().toISOString(), store.operator);
      return;
    }
    if (patch.date !== undefined) m.date = patch.date;
    if (patch.place !== undefined) m.place = patch.place.trim();
    if (members) m.members = members;
    if (patch.conclusion !== undefined) m.conclusion = patch.conclusion.trim();
    if (patch.thresholds) for (const t of patch.thresholds) m.thresholds = [...m.thresholds.filter((x) => x.title !== t.title), t];
    const changesList = Boolean(patch.removeCandidates?.length || patch.addCandidates?.length);
    if (changesList && m.tally) throw new ServiceError('CONFLICT', 'Đã kiểm phiếu: không thay đổi danh sách được nữa.');
    if (patch.removeCandidates?.length) m.candidates = m.candidates.filter((c) => !patch.removeCandidates?.includes(c.no));
    for (const add of patch.addCandidates ?? []) {
      if (m.candidates.some((c) => c.title === add.title && c.subjectId === add.subjectId)) throw new ServiceError('CONFLICT', `Đã có trong danh sách xét "${AGENDA_LABELS[add.title]}".`);
      if (!m.agenda.includes(add.title)) m.agenda.push(add.title);
      if (!m.thresholds.some((t) => t.title === add.title)) m.thresholds.push({ ...DEFAULT_THRESHOLDS.find((t) => t.title === add.title)! });
      m.candidates.push(manualCandidate(session, add, Math.max(0, ...m.candidates.map((c) => c.no)) + 1, m.year));
    }
  });
}

export interface TallyInput {
  id: string;
  issued: number;
  returned?: number | undefined;
  spoiled?: number | undefined;
  votes?: Record<string, number> | undefined;
  ballots?: Ballot[] | undefined;
  reason?: string | undefined;
}

function tallyOf(input: TallyInput): Tally {
  if (input.ballots) return tallyFromBallots(input.issued, input.ballots);
  if (input.returned === undefined) throw new ServiceError('INVALID_INPUT', 'Thiếu số phiếu thu về.');
  return { issued: input.issued, returned: input.returned, spoiled: input.spoiled ?? 0, votes: input.votes ?? {}, ballots: null };
}

/** Enters the counts; after closing only as an amendment with its reason (before and after kept). */
export async function recordTally(session: Session, input: TallyInput): Promise<CouncilMeetingView> {
  const tally = tallyOf(input);
  const store = session.store;
  return change(session, input.id, (m) => {
    if (m.members.length === 0) throw new ServiceError('CONFLICT', 'Hội đồng chưa có thành viên.');
    const problems = tallyProblems(tally, facts(m), m.candidates);
    if (problems.length > 0) throw new ServiceError('INVALID_INPUT', problems.join(' '));
    if (m.status === 'closed') {
      const reason = input.reason?.trim() ?? '';
      if (reason.length < 5) throw new ServiceError('INVALID_INPUT', 'Cuộc họp đã kết thúc: điều chỉnh kết quả kiểm phiếu cần ghi lý do (ít nhất 5 ký tự).');
      m.amendments = [...m.amendments, { at: store.now().toISOString(), by: store.operator, reason, before: m.tally!, after: tally }];
    }
    m.tally = tally;
  });
}

/** Closes the meeting: the results are locked from here on. */
export async function closeMeeting(session: Session, id: string): Promise<CouncilMeetingView> {
  const store = session.store;
  return change(session, id, (m) => {
    assertOpen(m);
    if (!m.tally) throw new ServiceError('CONFLICT', 'Chưa nhập kết quả kiểm phiếu.');
    const problems = tallyProblems(m.tally, facts(m), m.candidates);
    if (problems.length > 0) throw new ServiceError('CONFLICT', problems.join(' '));
    Object.assign(m, { status: 'closed', closedAt: store.now().toISOString(), closedBy: store.operator });
  });
}

export const councilThresholdDefaults = (): VoteThreshold[] => DEFAULT_THRESHOLDS.map((t) => ({ ...t }));
