/** evaluate / titles / period close: the law as the app applies it, checkable from outside, through the same handlers. */
import { dispatch } from '../../services/dispatch';
import type { EvaluationView } from '../../../shared/api/evaluationTypes';
import type { PeriodSummary, TitleCandidate, TitlesView } from '../../../shared/api/scoringTypes';
import { labelOfKey, parsePeriodKey } from '../../../shared/domain/period';
import { formatPoints } from '../../../shared/domain/scoringMath';
import { ratingLabel } from '../../../shared/domain/scoreStatus';
import { TITLE_LABELS } from '../../../shared/domain/titles';
import { CONFIDENCE_LABELS, UPWARD_LABELS } from '../../../shared/domain/titlesEarlier';
import { EXIT, UsageError, report, type CommandContext } from '../io';
import { withSession } from '../session';
import type { CommandSpec } from './spec';

function printEvaluation(ctx: CommandContext, v: EvaluationView): void {
  ctx.io.out(`${v.code} ${v.name} — ${v.unitName}${v.leaderLabel ? ` (${v.leaderLabel})` : ''}`);
  ctx.io.out(`${v.periodLabel} · ${v.setName} (phiên bản ${v.setVersion})`);
  for (const p of v.parts) {
    ctx.io.out(`  ${p.name}: ${formatPoints(p.points)}/${formatPoints(p.maxPoints)}`);
    for (const d of p.deductions) ctx.io.out(`    − ${formatPoints(d.points)} ${d.measure} ngày ${d.date} (${d.basis}): ${d.description}`);
    for (const b of p.bonuses) ctx.io.out(`    + ${formatPoints(b.points)} ${b.form} ngày ${b.date}: ${b.reason}`);
    for (const t of p.taskDeductions) ctx.io.out(`    ${t}`);
    if (p.unitResults) ctx.io.out(`    ${p.unitResults}`);
  }
  if (v.rollup) ctx.io.out(`  ${v.rollup.explanation}`);
  for (const f of v.forced) ctx.io.out(`  Buộc xếp loại: ${f.label} — ${f.explanation} [${f.source}]`);
  for (const w of v.whoScored) ctx.io.out(`  ${w.label}: ${w.scorer} (người nhập: ${w.typedBy})`);
  ctx.io.out(`Tổng: ${formatPoints(v.total)} — ${v.ratingLabel}${v.isComplete ? '' : ' (chưa chấm đủ)'}`);
}

export const evaluateCommand: CommandSpec = {
  name: 'evaluate',
  usage: 'evaluate --staff <mã cán bộ> --period 2026-05|2026-Q2|2026-H1|2026 [--set <mã bộ tiêu chí>]',
  summary: 'Giải trình xếp loại của một người trong một kỳ: điểm từng phần, điểm trừ và căn cứ, điều kiện buộc xếp loại và lý do, ai chấm, ai nhập.',
  options: { staff: { type: 'string' }, period: { type: 'string' }, set: { type: 'string' } },
  positionals: 0,
  run: async (ctx, values: { staff?: string; period?: string; set?: string }) => {
    if (!values.staff) throw new UsageError('Thiếu --staff <mã cán bộ>.');
    if (!values.period) throw new UsageError('Thiếu --period (ví dụ 2026-05, 2026-Q2, 2026).');
    return withSession(ctx, async (_session, handlers) => {
      const result = await dispatch(handlers, 'evaluateStaff', { code: values.staff, period: values.period, ...(values.set ? { setId: values.set } : {}) });
      return report(ctx, result, (v) => printEvaluation(ctx, v));
    });
  },
};

/** Proposals upward (earlier years): eligible or not, each check, the basis and whether it is verified. */
function printUpward(ctx: CommandContext, c: TitleCandidate): void {
  for (const line of c.earlierYears ?? []) ctx.io.out(`  ${line}`);
  for (const e of c.upward ?? []) {
    ctx.io.out(`  Đề nghị ${UPWARD_LABELS[e.title]}: ${e.isEligible ? 'đủ điều kiện' : 'chưa đủ điều kiện'} — căn cứ: ${e.basis} (${CONFIDENCE_LABELS[e.confidence]})`);
    for (const ch of e.checks) ctx.io.out(`    [${ch.isMet ? 'x' : ' '}] ${ch.label}: ${ch.detail}`);
  }
}

function printTitles(ctx: CommandContext, view: TitlesView): void {
  for (const p of view.people) {
    const c = p.classification;
    ctx.io.out(`${p.code} ${p.name} — xếp loại năm: ${c ? `${ratingLabel(c.rating)} (${c.source}${c.isComplete ? '' : ', chưa đủ'})` : 'chưa có'}`);
    for (const e of p.eligibility) {
      ctx.io.out(`  ${TITLE_LABELS[e.title]}: ${e.isEligible ? 'đủ điều kiện' : 'chưa đủ điều kiện'}`);
      for (const ch of e.checks) ctx.io.out(`    [${ch.isMet ? 'x' : ' '}] ${ch.label}: ${ch.detail}`);
    }
    printUpward(ctx, p);
  }
  for (const u of view.units) {
    ctx.io.out(`${u.name}: ${u.eligibility.map((e) => `${TITLE_LABELS[e.title]} ${e.isEligible ? 'đủ điều kiện' : 'chưa đủ điều kiện'}`).join('; ')}`);
    printUpward(ctx, u);
  }
  ctx.io.out(view.soldierQuota.message);
}

export const titlesCommand: CommandSpec = {
  name: 'titles',
  usage: 'titles --year 2026',
  summary: 'Danh hiệu thi đua cuối năm: mỗi người xếp loại năm, số tháng đã chấm, kỷ luật, sáng kiến, từng danh hiệu đủ hay chưa đủ điều kiện và lý do.',
  options: { year: { type: 'string' } },
  positionals: 0,
  run: async (ctx, values: { year?: string }) => {
    const year = Number(values.year);
    if (!values.year || !Number.isInteger(year)) throw new UsageError('Thiếu hoặc sai --year (ví dụ 2026).');
    return withSession(ctx, async (_session, handlers) => report(ctx, await dispatch(handlers, 'getTitles', { year }), (v) => printTitles(ctx, v)));
  },
};

export const periodCloseCommand: CommandSpec = {
  name: 'period close',
  usage: 'period close --period 2026-05|2026-Q2|2026-H1|2026 [--set <mã bộ tiêu chí>] [--allow-incomplete --reason <lý do>]',
  summary: 'Khóa kỳ đánh giá (mọi bộ tiêu chí đang dùng, hoặc --set). Còn người chưa chấm đủ: không khóa, nêu tên (mã thoát 2); --allow-incomplete --reason khóa và ghi lại danh sách thiếu.',
  options: { period: { type: 'string' }, set: { type: 'string' }, 'allow-incomplete': { type: 'boolean' }, reason: { type: 'string' } },
  positionals: 0,
  run: async (ctx, values: { period?: string; set?: string; 'allow-incomplete'?: boolean; reason?: string }) => {
    if (!values.period) throw new UsageError('Thiếu --period (ví dụ 2026-05).');
    if (values['allow-incomplete'] && !values.reason?.trim()) throw new UsageError('--allow-incomplete cần --reason <lý do>.');
    return withSession(ctx, async (_session, handlers) => {
      const year = Number(values.period?.slice(0, 4));
      const listed = await dispatch(handlers, 'listPeriods', { year: Number.isInteger(year) ? year : 0, ...(values.set ? { setId: values.set } : {}) });
      if (!listed.ok) return report(ctx, listed, () => undefined);
      const key = values.period?.trim().toUpperCase();
      const targets = listed.data.filter((p) => p.key === key && p.status === 'open');
      const incomplete = targets.filter((p) => p.missing.length > 0);
      if (incomplete.length > 0 && !values['allow-incomplete']) {
        const message = incomplete.map((p) => `${p.setName}: ${p.missing.length} ${p.subjectKind === 'unit' ? 'đơn vị' : 'người'} chưa chấm đủ — ${p.missing.join('; ')}`).join('\n');
        if (ctx.isJson) ctx.io.out(JSON.stringify({ ok: false, error: { code: 'CONFLICT', message }, incomplete: incomplete.map((p) => ({ setId: p.setId, missing: p.missing })) }, null, 2));
        else ctx.io.err(`Lỗi: chưa khóa ${incomplete[0]!.label}.\n${message}\nChấm đủ, hoặc dùng --allow-incomplete --reason <lý do>.`);
        return EXIT.usage;
      }
      if (targets.length === 0) throw new UsageError(`Không có kỳ ${key && parsePeriodKey(key) ? labelOfKey(key) : key} đang mở${values.set ? ` cho bộ tiêu chí ${values.set}` : ''}.`);
      const closed: PeriodSummary[] = [];
      for (const p of targets) {
        const result = await dispatch(handlers, 'closePeriod', { period: p.key, setId: p.setId, ...(values['allow-incomplete'] ? { allowIncomplete: true, reason: values.reason } : {}) });
        if (!result.ok) return report(ctx, result, () => undefined);
        closed.push(result.data);
      }
      return report(ctx, { ok: true, data: closed }, (list) => {
        for (const p of list) ctx.io.out(`Đã khóa ${p.label} — ${p.setName}${p.incompleteClose ? ` (chưa chấm đủ: ${p.incompleteClose.missing.length} ${p.subjectKind === 'unit' ? 'đơn vị' : 'người'}; lý do: ${p.incompleteClose.reason})` : ''}.`);
      });
    });
  },
};
