/**
 * Persisted shapes of the Hội đồng thi đua – khen thưởng (councilMeetings.json) and of granted titles
 * (grantedTitles.json), as zod schemas so the store's kind → schema registry can validate the files.
 * A meeting carries its members, attendance, agenda, candidate list (with the facts the council saw),
 * vote thresholds (copied from the defaults when created, editable while open), the tally, the status
 * (closed = locked) and amendments after closing, each with its reason.
 */
import { z } from 'zod';

/** The ward's own titles, then the proposals upward to the city (titlesEarlier.ts) the ward council prepares. */
export const AGENDA_TITLES = ['advancedWorker', 'gradeEmulationSoldier', 'advancedCollective', 'certificateOfMerit', 'provincialEmulationSoldier', 'provincialMerit', 'excellentCollective'] as const;
export type AgendaTitle = (typeof AGENDA_TITLES)[number];

export const COUNCIL_ROLES = ['chair', 'viceChair', 'standing', 'member', 'secretary'] as const;
export type CouncilRole = (typeof COUNCIL_ROLES)[number];

export const THRESHOLD_BASES = ['members', 'present', 'valid'] as const;
export type ThresholdBase = (typeof THRESHOLD_BASES)[number];

const isoDay = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);
const baseRecord = {
  id: z.string().min(1),
  createdAt: z.string(),
  updatedAt: z.string(),
  createdBy: z.string(),
  updatedBy: z.string(),
  deletedAt: z.string().nullable(),
  history: z.array(z.object({ at: z.string(), by: z.string(), action: z.enum(['create', 'update', 'delete', 'restore']), changes: z.record(z.string(), z.object({ from: z.unknown(), to: z.unknown() })).optional() })).optional(),
};

export const councilMemberSchema = z.object({
  staffId: z.string().min(1),
  fullName: z.string(),
  position: z.string(),
  role: z.enum(COUNCIL_ROLES),
  isPresent: z.boolean(),
  absenceNote: z.string(),
});
export type CouncilMember = z.infer<typeof councilMemberSchema>;

export const councilCandidateSchema = z.object({
  /** Printed on the ballot and used by the tally file ("STT"). */
  no: z.number().int().min(1),
  title: z.enum(AGENDA_TITLES),
  subjectKind: z.enum(['person', 'unit']),
  subjectId: z.string().min(1),
  code: z.string(),
  name: z.string(),
  unitName: z.string(),
  /** What the council needs to know: classification, discipline, initiative, commendations, earlier titles. */
  facts: z.array(z.string()),
  /** Added by hand (giấy khen, người tốt việc tốt) rather than from the eligible list. */
  isManual: z.boolean(),
  reason: z.string(),
});
export type CouncilCandidate = z.infer<typeof councilCandidateSchema>;

export const voteThresholdSchema = z.object({
  title: z.enum(AGENDA_TITLES),
  /** Share of the base, in percent (0–100). */
  percent: z.number().min(0).max(100),
  base: z.enum(THRESHOLD_BASES),
  /** true: at least the share ("từ … trở lên"); false: more than the share ("trên …"). */
  isInclusive: z.boolean(),
  /** The legal basis, or "Do phường tự quy định" where the sources are silent. */
  basis: z.string(),
});
export type VoteThreshold = z.infer<typeof voteThresholdSchema>;

export const ballotSchema = z.object({
  serial: z.number().int().min(1),
  isSpoiled: z.boolean(),
  /** Candidate numbers kept (not struck) on the ballot. */
  approved: z.array(z.number().int().min(1)),
});
export type Ballot = z.infer<typeof ballotSchema>;

export const tallySchema = z.object({
  issued: z.number().int().min(0),
  returned: z.number().int().min(0),
  spoiled: z.number().int().min(0),
  /** Candidate number → votes for ("đồng ý"). */
  votes: z.record(z.string(), z.number().int().min(0)),
  /** Each returned ballot as entered, when the secretary typed them one by one. */
  ballots: z.array(ballotSchema).nullable(),
});
export type Tally = z.infer<typeof tallySchema>;

export const councilAmendmentSchema = z.object({
  at: z.string(),
  by: z.string(),
  reason: z.string().min(1),
  before: tallySchema,
  after: tallySchema,
  /** Attendance or thresholds changed after closing, as from → to texts; absent when only the tally changed. */
  changes: z.record(z.string(), z.object({ from: z.string(), to: z.string() })).optional(),
});
export type CouncilAmendment = z.infer<typeof councilAmendmentSchema>;

export const councilMeetingSchema = z.object({
  ...baseRecord,
  year: z.number().int(),
  /** 1 or 2 for the six-month review of the conduct movement; null for the year-end meeting. */
  half: z.union([z.literal(1), z.literal(2)]).nullable(),
  date: isoDay.nullable(),
  place: z.string(),
  members: z.array(councilMemberSchema),
  agenda: z.array(z.enum(AGENDA_TITLES)),
  candidates: z.array(councilCandidateSchema),
  thresholds: z.array(voteThresholdSchema),
  tally: tallySchema.nullable(),
  status: z.enum(['open', 'closed']),
  closedAt: z.string().nullable(),
  closedBy: z.string().nullable(),
  conclusion: z.string(),
  amendments: z.array(councilAmendmentSchema),
});
export type CouncilMeeting = z.infer<typeof councilMeetingSchema>;

export const grantedTitleSchema = z.object({
  ...baseRecord,
  year: z.number().int(),
  title: z.enum(AGENDA_TITLES),
  subjectKind: z.enum(['person', 'unit']),
  subjectId: z.string().min(1),
  name: z.string(),
  decisionNumber: z.string().min(1),
  decisionDate: isoDay,
  meetingId: z.string().nullable(),
});
export type GrantedTitle = z.infer<typeof grantedTitleSchema>;

/** For the store's kind → schema registry (issue 17): the records of each new kind. */
export const COUNCIL_RECORD_SCHEMAS = { councilMeetings: councilMeetingSchema, grantedTitles: grantedTitleSchema } as const;
