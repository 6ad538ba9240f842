/**
 * Attendance and vote thresholds changed after a meeting closed: allowed only as an amendment with its
 * reason, like a changed tally (recordTally) — the membership itself stays, the tally stays, and the
 * amendment keeps each change as from → to next to the counts it was read with.
 */
import { ServiceError } from '../../shared/api/result';
import { AGENDA_LABELS, thresholdText } from '../../shared/domain/councilRules';
import { tallyProblems } from '../../shared/domain/councilTally';
import type { CouncilMeeting, CouncilMember, VoteThreshold } from '../../shared/schema/council';

export interface ClosedPatch {
  members: CouncilMember[] | null;
  thresholds?: VoteThreshold[] | undefined;
  reason?: string | undefined;
  /** Anything else the patch asks for (date, place, conclusion, candidates): refused once closed. */
  hasOther: boolean;
}

const presence = (x: CouncilMember) => (x.isPresent ? 'có mặt' : `vắng${x.absenceNote ? ` (${x.absenceNote})` : ''}`);

function attendanceChanges(before: CouncilMember[], after: CouncilMember[]): Record<string, { from: string; to: string }> {
  const same = before.length === after.length && before.every((b) => after.some((a) => a.staffId === b.staffId && a.role === b.role));
  if (!same) throw new ServiceError('CONFLICT', 'Cuộc họp đã kết thúc: không thay đổi thành phần Hội đồng, chỉ điều chỉnh có mặt, vắng mặt (kèm lý do).');
  const out: Record<string, { from: string; to: string }> = {};
  for (const b of before) {
    const a = after.find((x) => x.staffId === b.staffId)!;
    if (presence(a) !== presence(b)) out[`Có mặt: ${b.fullName}`] = { from: presence(b), to: presence(a) };
  }
  return out;
}

function thresholdChanges(before: VoteThreshold[], patch: VoteThreshold[]): Record<string, { from: string; to: string }> {
  const out: Record<string, { from: string; to: string }> = {};
  for (const t of patch) {
    const old = before.find((x) => x.title === t.title);
    const from = old ? thresholdText(old) : 'chưa có';
    if (from !== thresholdText(t)) out[`Tỷ lệ phiếu: ${AGENDA_LABELS[t.title]}`] = { from, to: thresholdText(t) };
  }
  return out;
}

/** Applies `patch` to the closed meeting `m` as an amendment, or refuses it. */
export function amendClosedMeeting(m: CouncilMeeting, patch: ClosedPatch, at: string, by: string): void {
  if (patch.hasOther || (!patch.members && !patch.thresholds)) {
    throw new ServiceError('CONFLICT', 'Cuộc họp đã kết thúc, kết quả đã khóa. Chỉ điều chỉnh có mặt, vắng mặt, tỷ lệ phiếu hoặc kết quả kiểm phiếu, kèm lý do.');
  }
  const reason = patch.reason?.trim() ?? '';
  if (reason.length < 5) throw new ServiceError('INVALID_INPUT', 'Cuộc họp đã kết thúc: điều chỉnh có mặt, vắng mặt hoặc tỷ lệ phiếu cần ghi lý do (ít nhất 5 ký tự).');
  const changes = {
    ...(patch.members ? attendanceChanges(m.members, patch.members) : {}),
    ...(patch.thresholds ? thresholdChanges(m.thresholds, patch.thresholds) : {}),
  };
  if (Object.keys(changes).length === 0) throw new ServiceError('INVALID_INPUT', 'Không có gì thay đổi so với kết quả đã khóa.');
  const members = patch.members ?? m.members;
  const problems = m.tally ? tallyProblems(m.tally, { members: members.length, present: members.filter((x) => x.isPresent).length }, m.candidates) : [];
  if (problems.length > 0) throw new ServiceError('INVALID_INPUT', problems.join(' '));
  m.members = members;
  for (const t of patch.thresholds ?? []) m.thresholds = [...m.thresholds.filter((x) => x.title !== t.title), t];
  m.amendments = [...m.amendments, { at, by, reason, before: m.tally!, after: m.tally!, changes }];
}
