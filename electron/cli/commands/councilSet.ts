/**
 * council set: a meeting's vote thresholds and attendance from the command line, through the same
 * updateCouncilMeeting the Hội đồng tab uses. After the meeting closed, only as an amendment (--reason).
 */
import { AGENDA_LABELS, BASE_LABELS } from '../../../shared/domain/councilRules';
import { AGENDA_TITLES, THRESHOLD_BASES, type AgendaTitle, type ThresholdBase, type VoteThreshold } from '../../../shared/schema/council';
import { dispatch } from '../../services/dispatch';
import { UsageError, report } from '../io';
import { withSession } from '../session';
import { printMeeting } from './council';
import type { CommandSpec } from './spec';

/** Short names a clerk can type, beside the keys. */
const ALIASES: Record<string, AgendaTitle> = {
  ldtt: 'advancedWorker', cstdcs: 'gradeEmulationSoldier', ttldtt: 'advancedCollective', giaykhen: 'certificateOfMerit',
  cstdtp: 'provincialEmulationSoldier', bangkhentp: 'provincialMerit', ttldxs: 'excellentCollective',
};

const TITLE_HELP = Object.entries(ALIASES).map(([alias, t]) => `${alias} (${AGENDA_LABELS[t]})`).join(', ');

function titleOf(name: string): AgendaTitle {
  const key = name.trim();
  const found = ALIASES[key.toLowerCase()] ?? (AGENDA_TITLES as readonly string[]).find((t) => t.toLowerCase() === key.toLowerCase());
  if (!found) throw new UsageError(`Không rõ danh hiệu "${name}". Dùng: ${TITLE_HELP}.`);
  return found as AgendaTitle;
}

/** "cstdcs=75", "ldtt=50:present:tren", "cstdtp=90:members:tu" — percent, then base and từ/trên when changed. */
export function parseThreshold(text: string, current: VoteThreshold[]): VoteThreshold {
  const [name = '', rest = ''] = text.split('=');
  const title = titleOf(name);
  const [percentText = '', baseText, incl] = rest.split(':');
  const percent = Number(percentText.replace(',', '.'));
  if (!percentText || !Number.isFinite(percent) || percent < 0 || percent > 100) throw new UsageError(`--threshold ${text}: tỷ lệ phải là số phần trăm từ 0 đến 100, ví dụ cstdcs=75.`);
  if (baseText !== undefined && !THRESHOLD_BASES.includes(baseText as ThresholdBase)) throw new UsageError(`--threshold ${text}: cơ sở tính phải là ${THRESHOLD_BASES.map((b) => `${b} (${BASE_LABELS[b]})`).join(', ')}.`);
  if (incl !== undefined && incl !== 'tu' && incl !== 'tren') throw new UsageError(`--threshold ${text}: dùng "tu" (từ … trở lên) hoặc "tren" (trên …).`);
  const old = current.find((t) => t.title === title);
  return {
    title, percent, base: (baseText as ThresholdBase | undefined) ?? old?.base ?? 'present',
    isInclusive: incl === undefined ? (old?.isInclusive ?? false) : incl === 'tu',
    basis: old?.basis ?? 'Do phường tự quy định',
  };
}

function codes(value: string | undefined): { code: string; note: string }[] {
  return (value ?? '').split(',').map((x) => x.trim()).filter(Boolean).map((x) => {
    const [code = '', ...note] = x.split(':');
    return { code: code.trim(), note: note.join(':').trim() };
  });
}

export const councilSetCommand: CommandSpec = {
  name: 'council set',
  usage: 'council set --meeting <mã> [--threshold cstdcs=75[:members|present|valid][:tu|tren] …] [--present CB001,CB002] [--absent CB003[:lý do],…] [--reason <lý do, khi cuộc họp đã kết thúc>]',
  summary: `Sửa tỷ lệ phiếu và có mặt/vắng mặt của cuộc họp Hội đồng; sau khi kết thúc chỉ sửa kèm --reason (ghi thành điều chỉnh). Danh hiệu: ${TITLE_HELP}.`,
  options: { meeting: { type: 'string' }, threshold: { type: 'string', multiple: true }, present: { type: 'string' }, absent: { type: 'string' }, reason: { type: 'string' } },
  positionals: 0,
  run: async (ctx, values: { meeting?: string; threshold?: string[]; present?: string; absent?: string; reason?: string }) => {
    if (!values.meeting) throw new UsageError('Thiếu --meeting <mã cuộc họp> (xem council list).');
    const present = codes(values.present);
    const absent = codes(values.absent);
    if (!values.threshold?.length && present.length === 0 && absent.length === 0) throw new UsageError('Không có gì để sửa: dùng --threshold, --present hoặc --absent.');
    return withSession(ctx, async (_s, handlers) => {
      const meeting = await dispatch(handlers, 'getCouncilMeeting', { id: values.meeting });
      if (!meeting.ok) return report(ctx, meeting, () => undefined);
      const m = meeting.data;
      const thresholds = values.threshold?.map((t) => parseThreshold(t, m.thresholds));
      let members;
      if (present.length > 0 || absent.length > 0) {
        const roster = await dispatch(handlers, 'listStaff', { status: 'all' });
        if (!roster.ok) return report(ctx, roster, () => undefined);
        const idOf = (code: string) => {
          const id = roster.data.find((r) => r.code.toLowerCase() === code.toLowerCase())?.id;
          if (!id || !m.memberList.some((x) => x.staffId === id)) throw new UsageError(`${code} không phải thành viên Hội đồng của cuộc họp này.`);
          return id;
        };
        const marks = new Map<string, { isPresent: boolean; note: string }>();
        for (const p of present) marks.set(idOf(p.code), { isPresent: true, note: '' });
        for (const a of absent) marks.set(idOf(a.code), { isPresent: false, note: a.note || 'Vắng mặt' });
        members = m.memberList.map((x) => {
          const mark = marks.get(x.staffId);
          return { staffId: x.staffId, role: x.role, isPresent: mark ? mark.isPresent : x.isPresent, absenceNote: mark ? mark.note : x.absenceNote };
        });
      }
      const input = { id: m.id, ...(thresholds ? { thresholds } : {}), ...(members ? { members } : {}), ...(values.reason ? { reason: values.reason } : {}) };
      return report(ctx, await dispatch(handlers, 'updateCouncilMeeting', input), (view) => {
        printMeeting(ctx, view);
        const last = view.amendments[view.amendments.length - 1];
        if (values.reason && last?.changes) for (const [what, c] of Object.entries(last.changes)) ctx.io.out(`Điều chỉnh — ${what}: ${c.from} → ${c.to} (lý do: ${last.reason})`);
      });
    });
  },
};
