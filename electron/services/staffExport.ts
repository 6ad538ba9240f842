/** Exporting the roster (or a filtered list) to .xlsx. */
import type { z } from 'zod';
import type { staffListFilter } from '../../shared/api/staffSchemas';
import { CATEGORY_LABELS, STATUS_LABELS } from '../../shared/schema/staff';
import { buildRosterWorkbook } from '../documents/xlsx/rosterExport';
import { listStaff } from './staffService';
import type { Session } from './session';

export async function exportStaff(session: Session, filter: z.output<typeof staffListFilter>): Promise<{ bytes: Uint8Array; count: number; fileName: string }> {
  const store = session.store;
  const extra = new Map(store.collection('staff').records.map((s) => [s.id, s] as const));
  const rows = listStaff(session, filter).map((row) => ({ ...row, startDate: extra.get(row.id)?.startDate ?? null, notes: extra.get(row.id)?.notes ?? '', idNumber: extra.get(row.id)?.idNumber ?? '' }));
  const parts: string[] = [];
  if (filter.unitId) parts.push(rows[0]?.unitName ? `Đơn vị: ${rows[0].unitName}` : 'Một đơn vị');
  if (filter.category) parts.push(CATEGORY_LABELS[filter.category]);
  if (filter.status && filter.status !== 'current' && filter.status !== 'all') parts.push(STATUS_LABELS[filter.status]);
  if (filter.status === 'all') parts.push('Gồm cả người đã nghỉ, chuyển công tác');
  if (filter.search) parts.push(`Tìm: "${filter.search}"`);
  const subtitle = parts.length > 0 ? `(${parts.join('; ')})` : undefined;
  const now = store.now();
  const bytes = await buildRosterWorkbook(rows, store.meta.ward.name || 'Phường', now, subtitle);
  const stamp = `${now.getFullYear()}${String(now.getMonth() + 1).padStart(2, '0')}${String(now.getDate()).padStart(2, '0')}`;
  return { bytes, count: rows.length, fileName: `danh-sach-can-bo-${stamp}.xlsx` };
}
