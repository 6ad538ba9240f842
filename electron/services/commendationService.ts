/** Commendations (biểu dương, khen thưởng, người tốt việc tốt, gương điển hình) of people or of a unit. */
import type { z } from 'zod';
import { ServiceError } from '../../shared/api/result';
import type { commendationFields, commendationFilter } from '../../shared/api/violationsSchemas';
import type { CommendationRow } from '../../shared/api/violationsTypes';
import { formatIsoDay, monthRange, yearsBetween } from '../../shared/domain/violationDates';
import { foldVietnamese } from '../../shared/domain/text';
import { COMMENDATION_FORM_LABELS, type Commendation, type CommendationFields } from '../../shared/schema/violation';
import { applyChanges, newRecord } from './records';
import { loadContext, personLabel, type ViolationContext, type ViolationDeps } from './violationDeps';

type Fields = z.output<typeof commendationFields>;
type Filter = z.output<typeof commendationFilter>;

export function toRow(ctx: ViolationContext, c: Commendation): CommendationRow {
  return {
    id: c.id, date: c.date, people: c.staffIds.map((id) => personLabel(ctx, id)), unitId: c.unitId,
    unitName: c.unitId ? (ctx.units.get(c.unitId)?.name ?? '') : '', reason: c.reason, form: c.form,
    formLabel: COMMENDATION_FORM_LABELS[c.form], decision: c.decision,
  };
}

function check(ctx: ViolationContext, fields: Fields): CommendationFields {
  const staffIds = [...new Set(fields.staffIds)];
  const problems: string[] = [];
  if (staffIds.length === 0 && !fields.unitId) problems.push('Hãy chọn người hoặc tập thể (đơn vị) được biểu dương, khen thưởng.');
  if (staffIds.length > 0 && fields.unitId) problems.push('Một bản ghi dành cho cá nhân hoặc cho tập thể, không cả hai.');
  if (staffIds.some((id) => !ctx.staff.has(id))) problems.push('Có người không còn trong danh sách cán bộ.');
  if (fields.unitId && !ctx.units.get(fields.unitId)) problems.push('Đơn vị đã chọn không còn tồn tại.');
  if (fields.date > ctx.today) problems.push(`Ngày (${formatIsoDay(fields.date)}) không được sau ngày hôm nay.`);
  if (fields.form === 'reward' && !fields.decision) problems.push('Khen thưởng phải có số và ngày quyết định.');
  if (fields.decision && fields.decision.date > ctx.today) problems.push('Ngày quyết định không được sau ngày hôm nay.');
  if (problems.length > 0) throw new ServiceError('INVALID_INPUT', problems.join(' '));
  return { ...fields, staffIds };
}

async function findCommendation(deps: ViolationDeps, id: string): Promise<{ record: Commendation; year: string }> {
  const store = deps.session.store;
  for (const year of await store.loadAllPartitions('commendations')) {
    const record = store.collection('commendations', year).records.find((r) => r.id === id && !r.deletedAt);
    if (record) return { record, year };
  }
  throw new ServiceError('NOT_FOUND', 'Không tìm thấy bản ghi biểu dương, khen thưởng này.');
}

export async function createCommendation(deps: ViolationDeps, input: Fields): Promise<CommendationRow> {
  const ctx = await loadContext(deps);
  const store = deps.session.store;
  const record = newRecord(check(ctx, input), ctx.operator, store.now());
  await store.mutateCollection('commendations', record.date.slice(0, 4), (file) => {
    file.records.push(record);
  });
  return toRow(ctx, record);
}

export async function updateCommendation(deps: ViolationDeps, id: string, input: Fields): Promise<CommendationRow> {
  const ctx = await loadContext(deps);
  const store = deps.session.store;
  const fields = check(ctx, input);
  const { record, year } = await findCommendation(deps, id);
  const copy = structuredClone(record);
  applyChanges(copy, fields, ctx.operator, store.now());
  const toYear = copy.date.slice(0, 4);
  if (toYear !== year) {
    await store.mutateCollection('commendations', toYear, (file) => void file.records.push(copy));
    try {
      await store.mutateCollection('commendations', year, (file) => {
        file.records = file.records.filter((r) => r.id !== id);
      });
    } catch (error) {
      await store.mutateCollection('commendations', toYear, (file) => {
        file.records = file.records.filter((r) => r.id !== id);
      });
      throw error;
    }
  } else {
    await store.mutateCollection('commendations', year, (file) => {
      file.records = file.records.map((r) => (r.id === id ? copy : r));
    });
  }
  return toRow(ctx, copy);
}

/** Marks the record deleted (kept in the file with its history). */
export async function deleteCommendation(deps: ViolationDeps, id: string): Promise<{ deleted: number }> {
  const store = deps.session.store;
  const { year } = await findCommendation(deps, id);
  await store.mutateCollection('commendations', year, (file) => {
    const target = file.records.find((r) => r.id === id);
    if (target) applyChanges(target, { deletedAt: store.now().toISOString() }, store.operator, store.now(), 'delete');
  });
  return { deleted: 1 };
}

export async function listCommendations(deps: ViolationDeps, filter: Filter): Promise<CommendationRow[]> {
  const store = deps.session.store;
  const range = filter.month ? monthRange(filter.month) : { from: filter.from, to: filter.to };
  const stored = store.partitions('commendations');
  const years = range.from || range.to ? yearsBetween(range.from ?? `${stored[0] ?? '2000'}-01-01`, range.to ?? `${stored[stored.length - 1] ?? '2000'}-12-31`) : stored;
  const present = years.filter((y) => stored.includes(y));
  for (const year of present) await store.loadPartition('commendations', year);
  const ctx = await loadContext(deps);
  const words = foldVietnamese(filter.search ?? '').split(' ').filter(Boolean);
  return present
    .flatMap((year) => store.collection('commendations', year).records.filter((r) => !r.deletedAt))
    .map((c) => toRow(ctx, c))
    .filter((row) => {
      if (range.from && row.date < range.from) return false;
      if (range.to && row.date > range.to) return false;
      if (filter.form && row.form !== filter.form) return false;
      if (filter.staffId && !row.people.some((p) => p.id === filter.staffId)) return false;
      if (filter.unitId && row.unitId !== filter.unitId && !row.people.some((p) => p.unitId === filter.unitId)) return false;
      const haystack = foldVietnamese(`${row.reason} ${row.unitName} ${row.people.map((p) => `${p.fullName} ${p.code}`).join(' ')}`);
      return words.every((word) => haystack.includes(word));
    })
    .sort((a, b) => b.date.localeCompare(a.date));
}

/** One commendation as listed (for its printed decision). */
export async function getCommendation(deps: ViolationDeps, id: string): Promise<CommendationRow> {
  const { record } = await findCommendation(deps, id);
  return toRow(await loadContext(deps), record);
}
