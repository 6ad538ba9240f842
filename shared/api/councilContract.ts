/** Council methods of the contract: meetings, tally, closing, documents, granted titles. */
import { z } from 'zod';
import { isoDate } from '../schema/isoDate';
import { AGENDA_TITLES, COUNCIL_ROLES, THRESHOLD_BASES } from '../schema/council';
import { method } from './method';
import type { FileOutput } from './rosterContract';
import { requiredText, text } from './schemas';
import type { CouncilMeetingSummary, CouncilMeetingView, GrantedTitleView, PersonTitlesView } from './councilTypes';

const year = z.number({ error: 'Năm: phải là số' }).int().min(2000).max(2100);
const meetingId = requiredText('Cuộc họp', 80);
const count = (label: string) => z.number({ error: `${label}: phải là số` }).int({ error: `${label}: phải là số nguyên` }).min(0, { error: `${label}: không được âm` }).max(10_000);
const candidateNo = z.number().int().min(1).max(10_000);

const member = z.object({ staffId: requiredText('Thành viên', 80), role: z.enum(COUNCIL_ROLES), isPresent: z.boolean().default(true), absenceNote: text('Lý do vắng', 300).default('') }).strict();
const threshold = z.object({ title: z.enum(AGENDA_TITLES), percent: z.number().min(0).max(100), base: z.enum(THRESHOLD_BASES), isInclusive: z.boolean(), basis: requiredText('Căn cứ tỷ lệ phiếu', 500) }).strict();
const manualCandidate = z.object({ title: z.enum(AGENDA_TITLES), subjectId: requiredText('Người hoặc đơn vị', 80), reason: requiredText('Thành tích', 1000) }).strict();
const votes = z.record(z.string().regex(/^\d{1,5}$/, { error: 'Số thứ tự phải là số' }), count('Số phiếu đồng ý')).refine((v) => Object.keys(v).length <= 2000);
const ballot = z.object({ serial: z.number().int().min(1).max(10_000), isSpoiled: z.boolean(), approved: z.array(candidateNo).max(2000) }).strict();

export const councilMethods = {
  listCouncilMeetings: method<CouncilMeetingSummary[]>()(z.object({ year: year.optional() }).strict()),
  getCouncilMeeting: method<CouncilMeetingView>()(z.object({ id: meetingId }).strict()),
  createCouncilMeeting: method<CouncilMeetingView>()(z.object({
    year, half: z.union([z.literal(1), z.literal(2)]).nullable().default(null), date: isoDate('Ngày họp').nullable().default(null),
    place: text('Địa điểm', 300).default(''), members: z.array(member).max(60).optional(),
  }).strict()),
  updateCouncilMeeting: method<CouncilMeetingView>()(z.object({
    id: meetingId, date: isoDate('Ngày họp').nullable().optional(), place: text('Địa điểm', 300).optional(), members: z.array(member).max(60).optional(),
    thresholds: z.array(threshold).max(10).optional(), conclusion: text('Kết luận', 5000).optional(),
    addCandidates: z.array(manualCandidate).max(500).optional(), removeCandidates: z.array(candidateNo).max(500).optional(),
    reason: text('Lý do điều chỉnh', 1000).optional(),
  }).strict()),
  recordCouncilTally: method<CouncilMeetingView>()(z.object({
    id: meetingId, issued: count('Số phiếu phát ra'), returned: count('Số phiếu thu về').optional(), spoiled: count('Số phiếu không hợp lệ').optional(),
    votes: votes.optional(), ballots: z.array(ballot).max(2000).optional(), reason: text('Lý do điều chỉnh', 1000).optional(),
  }).strict()),
  closeCouncilMeeting: method<CouncilMeetingView>()(z.object({ id: meetingId }).strict()),
  printCouncilDocument: method<FileOutput>()(z.object({
    id: meetingId, doc: z.enum(['ballots', 'minutes', 'proposal', 'decision', 'certificates']), format: z.enum(['pdf', 'docx']).default('pdf'),
    offsetXmm: z.number().min(-50).max(50).default(0), offsetYmm: z.number().min(-50).max(50).default(0),
  }).strict()),
  grantTitles: method<GrantedTitleView[]>()(z.object({ year, decisionNumber: requiredText('Số quyết định', 80), decisionDate: isoDate('Ngày quyết định'), meetingId: meetingId.optional() }).strict()),
  listGrantedTitles: method<GrantedTitleView[]>()(z.object({ year }).strict()),
  getPersonTitles: method<PersonTitlesView>()(z.object({ subjectId: requiredText('Người hoặc đơn vị', 80) }).strict()),
} as const;
