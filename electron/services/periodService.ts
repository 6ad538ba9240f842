/** Periods: the list of a year's periods with their state, and closing one (scores locked, PDF snapshot with its hash). */
import { createHash } from 'node:crypto';
import path from 'node:path';
import { ServiceError } from '../../shared/api/result';
import type { PeriodSummary } from '../../shared/api/scoringTypes';
import { formatDateVi } from '../../shared/domain/dates';
import { labelOfKey } from '../../shared/domain/period';
import { countRatings } from '../../shared/domain/scoreStatus';
import { periodSnapshotDoc } from '../documents/pdf/periodSnapshot';
import { renderPdf } from '../documents/pdf/pdfmake';
import { listCriteriaSets } from './criteriaService';
import { newRecord } from './records';
import { computePeriod, lockReason, type SubjectResult } from './scoringCompute';
import { loadPeriod } from './scoringData';
import { getScoringSettings } from './scoringSettings';
import type { Session } from './session';

function keysOfYear(year: number, now: Date): string[] {
  const lastMonth = year < now.getFullYear() ? 12 : year === now.getFullYear() ? now.getMonth() + 1 : 0;
  const months = Array.from({ length: lastMonth }, (_, i) => `${year}-${String(i + 1).padStart(2, '0')}`);
  const quarters = [1, 2, 3, 4].filter((q) => q * 3 - 2 <= lastMonth).map((q) => `${year}-Q${q}`);
  const halves = [1, 2].filter((h) => h * 6 - 5 <= lastMonth).map((h) => `${year}-H${h}`);
  return [...months.reverse(), ...quarters.reverse(), ...halves.reverse(), ...(lastMonth > 0 ? [String(year)] : [])];
}

function monthText(key: string): string {
  const [y, m] = key.split('-');
  return m?.startsWith('Q') ? `quý ${m.slice(1)}/${y}` : `${m}/${y}`;
}

/** "CB0012 Nguyễn Văn A (thiếu 12/2026)" for everyone not fully scored; a roll-up is never complete with a period missing. */
export function missingLines(results: SubjectResult[]): string[] {
  return results
    .filter((r) => r.missing.length > 0 || (r.months.length === 0 && r.total === null))
    .map((r) => `${r.subject.code} ${r.subject.name}${r.missing.length > 0 ? ` (thiếu ${r.missing.map(monthText).join(', ')})` : ''}`);
}

export async function periodSummary(session: Session, key: string, setId: string): Promise<PeriodSummary> {
  const data = await loadPeriod(session, key, setId);
  const results = computePeriod(data, getScoringSettings(session).rollupMethod);
  const record = data.periods.find((p) => p.key === data.info.key);
  const counts = countRatings(results.map((r) => r.rating));
  const missing = missingLines(results);
  return {
    key: data.info.key, label: labelOfKey(data.info.key), kind: data.info.kind, setId, setName: data.set.shortName, subjectKind: data.set.subject,
    subjects: results.length, scored: results.length - missing.length, missing, incompleteClose: record?.incompleteClose ?? null,
    status: lockReason(data, data.info.key) ? 'closed' : 'open', closedAt: record?.closedAt ?? null, closedBy: record?.closedBy ?? null,
    snapshotFile: record?.snapshot?.file ?? null, snapshotSha256: record?.snapshot?.sha256 ?? null, amendments: record?.amendments ?? [], counts,
  };
}

export async function listPeriods(session: Session, input: { year: number; setId?: string }): Promise<PeriodSummary[]> {
  const sets = listCriteriaSets(session).filter((s) => s.isActive && (!input.setId || s.setId === input.setId));
  const out: PeriodSummary[] = [];
  for (const set of sets) for (const key of keysOfYear(input.year, session.store.now())) out.push(await periodSummary(session, key, set.setId));
  return out;
}

function stamp(date: Date): string {
  return date.toISOString().replace(/[:.]/g, '-');
}

/**
 * Closes a period: everyone must be scored, or the close is explicitly "incomplete" with a reason, and
 * the list of who is missing is kept on the period record (the ward's rule against closing by mistake).
 */
export async function closePeriod(session: Session, input: { period: string; setId: string; allowIncomplete?: boolean; reason?: string }, fontsDir?: string): Promise<PeriodSummary> {
  const data = await loadPeriod(session, input.period, input.setId);
  const already = data.periods.find((p) => p.key === data.info.key && p.status === 'closed');
  if (already) throw new ServiceError('CONFLICT', `${labelOfKey(data.info.key)} đã khóa${already.closedAt ? ` ngày ${formatDateVi(already.closedAt)}` : ''}.`);
  const results = computePeriod(data, getScoringSettings(session).rollupMethod);
  const missing = missingLines(results);
  const reason = input.reason?.trim() ?? '';
  if (missing.length > 0 && !input.allowIncomplete) {
    throw new ServiceError('CONFLICT', `Chưa khóa ${labelOfKey(data.info.key)} (${data.set.shortName}): ${missing.length} ${data.set.subject === 'unit' ? 'đơn vị' : 'người'} chưa chấm đủ — ${missing.join('; ')}. Chấm đủ, hoặc khóa khi chưa chấm đủ và ghi lý do.`);
  }
  if (missing.length > 0 && reason.length < 5) throw new ServiceError('INVALID_INPUT', 'Khóa kỳ khi chưa chấm đủ: hãy ghi lý do (ít nhất 5 ký tự).');
  const store = session.store;
  const now = store.now();
  const doc = periodSnapshotDoc({
    wardName: store.meta.ward.name || 'Phường', title: 'Bảng tổng hợp kết quả chấm điểm, xếp loại', periodLabel: labelOfKey(data.info.key),
    setName: data.set.name, setVersion: data.set.version, closedAt: now, closedBy: store.operator,
    rows: results.map((r) => ({ code: r.subject.code, name: r.subject.name, unitName: r.subject.unitName, total: r.total, rating: r.rating, rank: r.rank, note: [...r.triggers.map((t) => t.label), r.missing.length > 0 ? `Chưa chấm đủ: thiếu ${r.missing.map(monthText).join(', ')}` : ''].filter(Boolean).join('; ') })),
  });
  const bytes = await renderPdf(doc, fontsDir);
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  const file = `${data.info.key}-${data.set.setId}-${stamp(now)}.pdf`;
  await store.writeFolderFile(path.join(path.basename(store.paths.snapshots), file), bytes);
  const at = now.toISOString();
  await store.mutateCollection('periods', null, (f) => {
    let record = f.records.find((p) => !p.deletedAt && p.key === data.info.key && p.criteriaSetId === data.set.setId);
    if (!record) {
      record = newRecord({ key: data.info.key, criteriaSetId: data.set.setId, criteriaSetVersion: data.set.version, status: 'open' as const, closedAt: null, closedBy: null, snapshot: null, amendments: [] }, store.operator, now);
      f.records.push(record);
    }
    Object.assign(record, { status: 'closed', closedAt: at, closedBy: store.operator, snapshot: { file, sha256, at }, incompleteClose: missing.length > 0 ? { reason, missing } : null, updatedAt: at, updatedBy: store.operator });
    record.history = [...(record.history ?? []), { at, by: store.operator, action: 'update', changes: { status: { from: 'open', to: 'closed' } } }];
  });
  return periodSummary(session, data.info.key, data.set.setId);
}
