/** What the council screens and the CLI see of meetings and granted titles. */
import type { CandidateResult, TallySummary } from '../domain/councilTally';
import type { AgendaTitle, CouncilAmendment, CouncilCandidate, CouncilMember, Tally, VoteThreshold } from '../schema/council';

export interface CouncilMeetingSummary {
  id: string;
  year: number;
  half: 1 | 2 | null;
  label: string;
  date: string | null;
  status: 'open' | 'closed';
  members: number;
  present: number;
  candidates: number;
  passed: number | null;
}

export interface CouncilCandidateView extends CouncilCandidate {
  titleLabel: string;
  result: CandidateResult | null;
}

export interface CouncilMeetingView extends CouncilMeetingSummary {
  place: string;
  memberList: (CouncilMember & { roleLabel: string })[];
  agenda: AgendaTitle[];
  candidateList: CouncilCandidateView[];
  thresholds: (VoteThreshold & { titleLabel: string; text: string })[];
  tally: Tally | null;
  summary: TallySummary | null;
  problems: string[];
  conclusion: string;
  closedAt: string | null;
  closedBy: string | null;
  amendments: CouncilAmendment[];
}

export interface GrantedTitleView {
  id: string;
  year: number;
  title: AgendaTitle;
  titleLabel: string;
  subjectKind: 'person' | 'unit';
  subjectId: string;
  name: string;
  decisionNumber: string;
  decisionDate: string;
  meetingId: string | null;
}

export interface PersonTitlesView {
  subjectId: string;
  titles: GrantedTitleView[];
  /** Per title: the latest year held and how many years in a row up to it. */
  runs: { title: AgendaTitle; titleLabel: string; untilYear: number; years: number }[];
}
