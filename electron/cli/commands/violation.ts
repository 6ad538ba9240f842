/** violation add / list: recording and listing violations from the command line, through the same handlers as the app. */
import type { Handlers } from '../../../shared/api/contract';
import type { ViolationRow } from '../../../shared/api/violationsTypes';
import { parseSheetDate } from '../../../shared/domain/dateParse';
import { parseRuleRefText } from '../../../shared/domain/violationRuleRef';
import { formatIsoDay } from '../../../shared/domain/violationDates';
import { foldVietnamese } from '../../../shared/domain/text';
import type { RuleRef } from '../../../shared/domain/ruleNodes';
import type { RuleSetVersion } from '../../../shared/schema/ruleSet';
import { HANDLING_MEASURES, MEASURE_LABELS, VIOLATION_SOURCES, VIOLATION_SOURCE_LABELS, type HandlingMeasure, type ViolationSource } from '../../../shared/schema/violation';
import { dispatch } from '../../services/dispatch';
import { UsageError, report } from '../io';
import { withSession } from '../session';
import type { CommandSpec } from './spec';

export function parseDay(value: string | undefined, label: string): string | undefined {
  if (value === undefined) return undefined;
  const parsed = parseSheetDate(value);
  if (!parsed.ok || !parsed.iso || !/^\d{1,2}[/.-]\d{1,2}[/.-]\d{4}$|^\d{4}-\d{2}-\d{2}$/.test(value.trim())) {
    throw new UsageError(`${label} phải có dạng dd/mm/yyyy: ${value}`);
  }
  return parsed.iso;
}

export function parseMonth(value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  if (!/^\d{4}-(0[1-9]|1[0-2])$/.test(value.trim())) throw new UsageError(`Tháng phải có dạng yyyy-mm: ${value}`);
  return value.trim();
}

export function pickByLabel<T extends string>(value: string | undefined, values: readonly T[], labels: Record<T, string>, what: string): T | undefined {
  if (value === undefined) return undefined;
  const folded = foldVietnamese(value);
  const found = values.find((v) => v === value || foldVietnamese(labels[v]) === folded || foldVietnamese(labels[v].replace(/^Kỷ luật /, '')) === folded);
  if (!found) throw new UsageError(`${what} không hợp lệ: ${value} (dùng: ${values.map((v) => `${v} = ${labels[v]}`).join(', ')})`);
  return found;
}

export async function unitIdByName(handlers: Handlers, name: string | undefined): Promise<string | undefined> {
  if (!name) return undefined;
  const units = await dispatch(handlers, 'listUnits', {});
  const match = units.ok ? units.data.find((u) => foldVietnamese(u.name) === foldVietnamese(name) || foldVietnamese(u.shortName) === foldVietnamese(name)) : undefined;
  if (!match) throw new UsageError(`Không có đơn vị tên "${name}".`);
  return match.id;
}

async function allRuleSets(handlers: Handlers): Promise<RuleSetVersion[]> {
  const list = await dispatch(handlers, 'listRuleSets', {});
  if (!list.ok) return [];
  const sets: RuleSetVersion[] = [];
  for (const summary of list.data) {
    const view = await dispatch(handlers, 'getRuleSet', { id: summary.id });
    if (view.ok) sets.push(view.data.ruleSet);
  }
  return sets;
}

async function staffIdsByCode(handlers: Handlers, codes: string[]): Promise<string[]> {
  const roster = await dispatch(handlers, 'listStaff', { status: 'all' });
  const rows = roster.ok ? roster.data : [];
  return codes.map((code) => {
    const found = rows.find((r) => r.code.toLowerCase() === code.trim().toLowerCase());
    if (!found) throw new UsageError(`Không có cán bộ mã ${code}.`);
    return found.id;
  });
}

export const violationAddCommand: CommandSpec = {
  name: 'violation add',
  usage: 'violation add --staff <mã> [--staff <mã>…] --rule <bộ:điều[.khoản]> [--rule …] --date dd/mm/yyyy --description <nội dung> [--time hh:mm] [--place <nơi>] [--source <nguồn>] [--measure <biện pháp>] [--decision-number <số> --decision-date dd/mm/yyyy]',
  summary: 'Ghi nhận một vi phạm (ví dụ --rule 1665:3.KNL.5 hoặc --rule qd-522-2017:5.2).',
  options: {
    staff: { type: 'string', multiple: true }, rule: { type: 'string', multiple: true }, date: { type: 'string' }, description: { type: 'string' },
    time: { type: 'string' }, place: { type: 'string' }, source: { type: 'string' }, measure: { type: 'string' },
    'decision-number': { type: 'string' }, 'decision-date': { type: 'string' },
  },
  positionals: 0,
  run: async (ctx, values: Record<string, string | string[] | undefined>) => {
    const codes = (values.staff as string[] | undefined) ?? [];
    const rules = (values.rule as string[] | undefined) ?? [];
    if (codes.length === 0) throw new UsageError('Thiếu --staff <mã cán bộ>.');
    if (rules.length === 0) throw new UsageError('Thiếu --rule <bộ quy tắc:điều[.khoản]>.');
    if (!values.date) throw new UsageError('Thiếu --date dd/mm/yyyy.');
    if (!values.description) throw new UsageError('Thiếu --description <nội dung vi phạm>.');
    const date = parseDay(values.date as string, 'Ngày vi phạm');
    const measure = pickByLabel<HandlingMeasure>(values.measure as string | undefined, HANDLING_MEASURES, MEASURE_LABELS, 'Biện pháp xử lý');
    const source = pickByLabel<ViolationSource>(values.source as string | undefined, VIOLATION_SOURCES, VIOLATION_SOURCE_LABELS, 'Nguồn phát hiện');
    const decisionDate = parseDay(values['decision-date'] as string | undefined, 'Ngày quyết định');
    const decisionNumber = values['decision-number'] as string | undefined;
    if ((decisionDate === undefined) !== (decisionNumber === undefined)) throw new UsageError('Cần cả --decision-number và --decision-date.');
    return withSession(ctx, async (_session, handlers) => {
      const sets = await allRuleSets(handlers);
      const ruleRefs: RuleRef[] = rules.map((text) => {
        const parsed = parseRuleRefText(text, sets);
        if (!parsed.ok) throw new UsageError(parsed.reason);
        return parsed.ref;
      });
      const staffIds = await staffIdsByCode(handlers, codes);
      const result = await dispatch(handlers, 'createViolation', {
        date, staffIds, ruleRefs, description: values.description, time: values.time, place: values.place, source, measure,
        decision: decisionNumber && decisionDate ? { number: decisionNumber, date: decisionDate } : undefined,
      });
      return report(ctx, result, (detail) => {
        ctx.io.out(`Đã ghi nhận vi phạm ngày ${formatIsoDay(detail.row.date)}: ${detail.row.people.map((p) => p.fullName).join(', ')} — ${detail.row.rules.map((r) => r.label).join('; ')}.`);
        ctx.io.out(`Mã vi phạm: ${detail.record.id}. Trạng thái: ${detail.row.stateLabel}.`);
      });
    });
  },
};

function printRow(ctx: Parameters<CommandSpec['run']>[0], row: ViolationRow): void {
  const people = row.people.map((p) => `${p.fullName}${p.code ? ` (${p.code})` : ''}`).join(', ');
  ctx.io.out(`${formatIsoDay(row.date)}  ${row.stateLabel.padEnd(14)} ${row.rules.map((r) => r.short).join('; ').padEnd(16)} ${people} — ${row.description}${row.measureLabel ? ` [${row.measureLabel}]` : ''}`);
}

export const violationListCommand: CommandSpec = {
  name: 'violation list',
  usage: 'violation list [--month yyyy-mm] [--unit <tên đơn vị>] [--search <chữ>] [--json]',
  summary: 'Liệt kê vi phạm (mới nhất trước), lọc theo tháng, đơn vị; tìm không cần dấu.',
  options: { month: { type: 'string' }, unit: { type: 'string' }, search: { type: 'string' } },
  positionals: 0,
  run: async (ctx, values: { month?: string; unit?: string; search?: string }) => {
    const month = parseMonth(values.month);
    return withSession(ctx, async (_session, handlers) => {
      const unitId = await unitIdByName(handlers, values.unit);
      const result = await dispatch(handlers, 'listViolations', { month, unitId, search: values.search });
      return report(ctx, result, (list) => {
        for (const row of list.rows) printRow(ctx, row);
        ctx.io.out(list.total > list.rows.length ? `${list.total} vi phạm (hiện ${list.rows.length} vi phạm mới nhất).` : `${list.total} vi phạm.`);
      });
    });
  },
};
