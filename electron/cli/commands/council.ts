/** council create|list|ballots|tally|close|minutes|certificates and titles grant: the council's year from the command line. */
import { promises as fs } from 'node:fs';
import path from 'node:path';
import type { CouncilMeetingView } from '../../../shared/api/councilTypes';
import { parseTallyFile } from '../../../shared/domain/councilTallyFile';
import { COUNCIL_ROLES, type CouncilRole } from '../../../shared/schema/council';
import { dispatch } from '../../services/dispatch';
import { checkOutputPath, writeOutputFile } from '../../store/outputPath';
import { UsageError, report, type CommandContext } from '../io';
import { withSession } from '../session';
import type { CommandSpec } from './spec';
import { parseDay } from './violation';

function year(value: string | undefined): number {
  const y = Number(value);
  if (!value || !Number.isInteger(y)) throw new UsageError('Thiếu hoặc sai --year (ví dụ 2026).');
  return y;
}

/** "CT001:chair,CB001:member,CB002:secretary" (mã cán bộ:vai trò; vai trò: chair, viceChair, standing, member, secretary). */
function members(value: string | undefined): { staffId: string; role: CouncilRole; isPresent: boolean; absenceNote: string }[] | undefined {
  if (!value) return undefined;
  return value.split(',').map((part) => {
    const [code = '', role = 'member', absent] = part.trim().split(':');
    if (!COUNCIL_ROLES.includes(role as CouncilRole)) throw new UsageError(`Vai trò không hợp lệ: ${role} (dùng ${COUNCIL_ROLES.join(', ')}).`);
    return { staffId: code.trim(), role: role as CouncilRole, isPresent: absent !== 'vang', absenceNote: absent === 'vang' ? 'Vắng mặt' : '' };
  });
}

export function printMeeting(ctx: CommandContext, m: CouncilMeetingView): void {
  ctx.io.out(`${m.label} — ${m.status === 'closed' ? 'đã kết thúc (kết quả đã khóa)' : 'đang mở'} [${m.id}]`);
  ctx.io.out(`Thành viên: ${m.present}/${m.members} có mặt`);
  for (const c of m.candidateList) {
    const r = c.result;
    ctx.io.out(`  ${c.no}. ${c.name}${c.unitName ? ` (${c.unitName})` : ''} — ${c.titleLabel}${r ? `: ${r.votes} phiếu, ${String(r.percent).replace('.', ',')}% — ${r.isPassed ? 'Đạt' : 'Không đạt'} (${r.rule})` : ''}`);
  }
  if (m.summary) ctx.io.out(`Phiếu phát ra ${m.summary.issued}, thu về ${m.summary.returned}, không thu về ${m.summary.missing}, không hợp lệ ${m.summary.spoiled}, hợp lệ ${m.summary.valid}.`);
  for (const t of m.thresholds) ctx.io.out(`Tỷ lệ phiếu ${t.titleLabel}: ${t.text} — ${t.basis}`);
}

export const councilCreateCommand: CommandSpec = {
  name: 'council create',
  usage: 'council create --year 2026 [--half 1|2] [--date dd/mm/yyyy] [--place <nơi họp>] [--members CT001:chair,CB002:secretary,CB003:member[:vang]]',
  summary: 'Tạo cuộc họp Hội đồng thi đua – khen thưởng cuối năm (hoặc sơ kết 6 tháng): thành viên (mặc định như lần họp trước), danh sách xét từ kết quả đủ điều kiện.',
  options: { year: { type: 'string' }, half: { type: 'string' }, date: { type: 'string' }, place: { type: 'string' }, members: { type: 'string' } },
  positionals: 0,
  run: async (ctx, values: { year?: string; half?: string; date?: string; place?: string; members?: string }) => {
    const y = year(values.year);
    if (values.half !== undefined && values.half !== '1' && values.half !== '2') throw new UsageError('--half phải là 1 hoặc 2.');
    const input = { year: y, half: values.half ? (Number(values.half) as 1 | 2) : null, date: parseDay(values.date, 'Ngày họp') ?? null, place: values.place ?? '', members: members(values.members) };
    return withSession(ctx, async (_s, handlers) => report(ctx, await dispatch(handlers, 'createCouncilMeeting', input), (m) => printMeeting(ctx, m)));
  },
};

export const councilListCommand: CommandSpec = {
  name: 'council list',
  usage: 'council list [--year 2026]',
  summary: 'Các cuộc họp Hội đồng (mã cuộc họp, năm, trạng thái, số thành viên, số người xét, số đạt).',
  options: { year: { type: 'string' } },
  positionals: 0,
  run: async (ctx, values: { year?: string }) => {
    const input = values.year ? { year: year(values.year) } : {};
    return withSession(ctx, async (_s, handlers) => report(ctx, await dispatch(handlers, 'listCouncilMeetings', input), (list) => {
      if (list.length === 0) ctx.io.out('Chưa có cuộc họp Hội đồng nào.');
      for (const m of list) ctx.io.out(`${m.id}  ${m.label} — ${m.status === 'closed' ? 'đã kết thúc' : 'đang mở'}; ${m.present}/${m.members} thành viên; ${m.candidates} người/tập thể xét${m.passed === null ? '' : `, ${m.passed} đạt`}`);
    }));
  },
};

function printTo(name: string, summary: string, usage: string, doc: 'ballots' | 'minutes' | 'certificates'): CommandSpec {
  return {
    name, usage, summary,
    options: { meeting: { type: 'string' }, out: { type: 'string' }, doc: { type: 'string' }, 'offset-x': { type: 'string' }, 'offset-y': { type: 'string' } },
    positionals: 0,
    run: async (ctx, values: { meeting?: string; out?: string; doc?: string; 'offset-x'?: string; 'offset-y'?: string }) => {
      if (!values.meeting) throw new UsageError('Thiếu --meeting <mã cuộc họp> (xem council list).');
      if (!values.out) throw new UsageError('Thiếu --out <tệp>.');
      const format = values.out.toLowerCase().endsWith('.docx') ? 'docx' : values.out.toLowerCase().endsWith('.pdf') ? 'pdf' : null;
      if (!format) throw new UsageError('--out phải là tệp .pdf hoặc .docx.');
      const which = doc === 'minutes' ? (values.doc ?? 'minutes') : doc;
      if (!['minutes', 'proposal', 'decision', 'ballots', 'certificates'].includes(which)) throw new UsageError('--doc phải là minutes, proposal hoặc decision.');
      const offset = (v: string | undefined) => (v === undefined ? 0 : Number(v.replace(',', '.')));
      const [offsetXmm, offsetYmm] = [offset(values['offset-x']), offset(values['offset-y'])];
      if (!Number.isFinite(offsetXmm) || !Number.isFinite(offsetYmm)) throw new UsageError('--offset-x/--offset-y là số milimét, ví dụ -2,5.');
      const target = await checkOutputPath(ctx.dataFolder, values.out);
      return withSession(ctx, async (_s, handlers) => {
        const result = await dispatch(handlers, 'printCouncilDocument', { id: values.meeting, doc: which, format, offsetXmm, offsetYmm });
        if (result.ok) await writeOutputFile(ctx.dataFolder, target, Buffer.from(result.data.dataBase64, 'base64'));
        return report(ctx, result, () => ctx.io.out(`Đã in ra ${target}.`));
      });
    },
  };
}

export const councilBallotsCommand = printTo('council ballots', 'In phiếu bầu: mỗi thành viên một phiếu, có số phiếu, thể thức Nghị định 30/2020.', 'council ballots --meeting <mã> --out <tệp.pdf>', 'ballots');
export const councilMinutesCommand = printTo('council minutes', 'In biên bản họp Hội đồng (mặc định), tờ trình đề nghị (--doc proposal) hoặc dự thảo quyết định công nhận (--doc decision), kèm danh sách; Word để sửa hoặc PDF.', 'council minutes --meeting <mã> [--doc minutes|proposal|decision] --out <tệp.docx|tệp.pdf>', 'minutes');
export const councilCertificatesCommand = printTo('council certificates', 'In giấy khen lên phôi in sẵn của phường (A4 ngang), dịch vị trí chữ bằng --offset-x/--offset-y (mm).', 'council certificates --meeting <mã> --out <tệp.pdf> [--offset-x mm] [--offset-y=mm] (số âm: --offset-y=-2)', 'certificates');

export const councilTallyCommand: CommandSpec = {
  name: 'council tally',
  usage: 'council tally --meeting <mã> --file <kiểm phiếu.csv|.json> [--reason <lý do, khi cuộc họp đã kết thúc>]',
  summary: 'Nhập kết quả kiểm phiếu: số phiếu phát ra, thu về, không hợp lệ và số phiếu đồng ý theo số thứ tự trên phiếu (CSV: phat_ra,9 / thu_ve,9 / khong_hop_le,1 / 1,8 …).',
  options: { meeting: { type: 'string' }, file: { type: 'string' }, reason: { type: 'string' } },
  positionals: 0,
  run: async (ctx, values: { meeting?: string; file?: string; reason?: string }) => {
    if (!values.meeting) throw new UsageError('Thiếu --meeting <mã cuộc họp>.');
    if (!values.file) throw new UsageError('Thiếu --file <kiểm phiếu.csv|.json>.');
    const text = await fs.readFile(path.resolve(values.file), 'utf8').catch(() => {
      throw new UsageError(`Không đọc được tệp ${values.file}.`);
    });
    const parsed = parseTallyFile(values.file, text);
    if (!parsed.ok) throw new UsageError(parsed.message);
    return withSession(ctx, async (_s, handlers) => report(ctx, await dispatch(handlers, 'recordCouncilTally', { id: values.meeting, ...parsed.input, ...(values.reason ? { reason: values.reason } : {}) }), (m) => printMeeting(ctx, m)));
  },
};

export const councilCloseCommand: CommandSpec = {
  name: 'council close',
  usage: 'council close --meeting <mã>',
  summary: 'Kết thúc cuộc họp: khóa kết quả kiểm phiếu (sau đó chỉ điều chỉnh kèm lý do).',
  options: { meeting: { type: 'string' } },
  positionals: 0,
  run: async (ctx, values: { meeting?: string }) => {
    if (!values.meeting) throw new UsageError('Thiếu --meeting <mã cuộc họp>.');
    return withSession(ctx, async (_s, handlers) => report(ctx, await dispatch(handlers, 'closeCouncilMeeting', { id: values.meeting }), (m) => printMeeting(ctx, m)));
  },
};

export const titlesGrantCommand: CommandSpec = {
  name: 'titles grant',
  usage: 'titles grant --year 2026 --decision <số quyết định> --date dd/mm/yyyy [--meeting <mã>]',
  summary: 'Ghi danh hiệu đã công nhận theo quyết định cho những người, tập thể đạt tỷ lệ phiếu tại cuộc họp Hội đồng đã kết thúc.',
  options: { year: { type: 'string' }, decision: { type: 'string' }, date: { type: 'string' }, meeting: { type: 'string' } },
  positionals: 0,
  run: async (ctx, values: { year?: string; decision?: string; date?: string; meeting?: string }) => {
    const y = year(values.year);
    if (!values.decision) throw new UsageError('Thiếu --decision <số quyết định>, ví dụ 125/QĐ-UBND.');
    const date = parseDay(values.date, 'Ngày quyết định');
    if (!date) throw new UsageError('Thiếu --date dd/mm/yyyy (ngày quyết định).');
    const input = { year: y, decisionNumber: values.decision, decisionDate: date, ...(values.meeting ? { meetingId: values.meeting } : {}) };
    return withSession(ctx, async (_s, handlers) => report(ctx, await dispatch(handlers, 'grantTitles', input), (list) => {
      ctx.io.out(`Đã ghi ${list.length} danh hiệu theo quyết định ${values.decision}:`);
      for (const g of list) ctx.io.out(`  ${g.name} — ${g.titleLabel} năm ${g.year}`);
    }));
  },
};
