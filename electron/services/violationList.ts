/** Listing and exporting violations across the yearly files. */
import type { ViolationList, ViolationRow } from '../../shared/api/violationsTypes';
import { queryRange, type ViolationQuery } from '../../shared/domain/violationQuery';
import { formatIsoDay, monthLabel, yearsBetween } from '../../shared/domain/violationDates';
import { MEASURE_LABELS, VIOLATION_STATE_LABELS, type Violation } from '../../shared/schema/violation';
import { buildViolationWorkbook } from '../documents/xlsx/violationListExport';
import { loadContext, type ViolationDeps } from './violationDeps';
import { labelsKeyOf, yearIndex } from './violationIndex';
import { loadYears } from './violationStore';
import { matchRecords, rowLabels } from './violationSearch';
import { toViolationRow } from './violationViews';

/**
 * Rows sent to the list screen: the newest 500 matches (the count says how many match; the Excel export
 * carries them all). More rows than a clerk reads, and a small reply: 2,000 rows were 1.4 MB of JSON
 * per keystroke-submitted search at 50,000 records.
 */
export const LIST_LIMIT = 500;

/** The matching records, newest first, with what builds their rows. Loads only the years the period touches (all years when open). */
async function queryRecords(deps: ViolationDeps, query: ViolationQuery) {
  const store = deps.session.store;
  const { from, to } = queryRange(query);
  const stored = store.partitions('violations');
  const wanted = from || to ? yearsBetween(from ?? `${stored[0] ?? '2000'}-01-01`, to ?? `${stored[stored.length - 1] ?? '2000'}-12-31`) : stored;
  const years = await loadYears(store, wanted);
  const ctx = await loadContext(deps);
  const labels = rowLabels(ctx);
  // Newest year first: each year's index is already newest first (violationIndex.ts).
  const labelsKey = labelsKeyOf(store, deps.rulesDir);
  const indexes = [...years].sort().reverse().map((year) => yearIndex(store, year, labels, labelsKey));
  const records = matchRecords(indexes, query, labels);
  return { records, years, toRow: (v: Violation): ViolationRow => toViolationRow(ctx, v, labels) };
}

/** Every matching row, newest first. */
export async function queryViolations(deps: ViolationDeps, query: ViolationQuery): Promise<{ rows: ViolationRow[]; years: string[] }> {
  const { records, years, toRow } = await queryRecords(deps, query);
  return { rows: records.map(toRow), years };
}

/**
 * One page of the matching rows, newest first (full rows are built for those only), and how many match:
 * the page asked for (the list screen asks for the 20 rows it shows), else the newest LIST_LIMIT.
 */
export async function listViolations(deps: ViolationDeps, query: ViolationQuery & { offset?: number; limit?: number }): Promise<ViolationList> {
  const { offset = 0, limit = LIST_LIMIT, ...filter } = query;
  const { records, years, toRow } = await queryRecords(deps, filter);
  return { rows: records.slice(offset, offset + Math.min(limit, LIST_LIMIT)).map(toRow), total: records.length, years };
}

function describeFilter(query: ViolationQuery, rows: ViolationRow[]): string | undefined {
  const parts: string[] = [];
  if (query.month) parts.push(monthLabel(query.month));
  if (query.from || query.to) parts.push(`từ ${formatIsoDay(query.from) || '…'} đến ${formatIsoDay(query.to) || '…'}`);
  if (query.unitId) parts.push(`Đơn vị: ${rows[0]?.people.find((p) => p.unitId === query.unitId)?.unitName ?? 'một đơn vị'}`);
  if (query.staffId) parts.push(`Cán bộ: ${rows[0]?.people.find((p) => p.id === query.staffId)?.fullName ?? 'một người'}`);
  if (query.ruleSetId) parts.push(`Bộ quy tắc: ${rows[0]?.rules.find((r) => r.ref.ruleSetId === query.ruleSetId)?.label.split(' · ')[0] ?? query.ruleSetId}`);
  if (query.article) parts.push(`Điều ${query.article}`);
  if (query.state) parts.push(`Trạng thái: ${VIOLATION_STATE_LABELS[query.state]}`);
  if (query.measure === 'discipline') parts.push('Có kỷ luật');
  else if (query.measure === 'none') parts.push('Chưa có biện pháp');
  else if (query.measure) parts.push(MEASURE_LABELS[query.measure]);
  if (query.search) parts.push(`Tìm: "${query.search}"`);
  return parts.length > 0 ? `(${parts.join('; ')})` : undefined;
}

export async function exportViolations(deps: ViolationDeps, query: ViolationQuery): Promise<{ bytes: Uint8Array; count: number; fileName: string }> {
  const { rows } = await queryViolations(deps, query);
  const store = deps.session.store;
  const now = store.now();
  const bytes = await buildViolationWorkbook([...rows].reverse(), store.meta.ward.name || 'Phường', now, describeFilter(query, rows));
  const stamp = `${now.getFullYear()}${String(now.getMonth() + 1).padStart(2, '0')}${String(now.getDate()).padStart(2, '0')}`;
  return { bytes, count: rows.length, fileName: `danh-sach-vi-pham-${stamp}.xlsx` };
}
