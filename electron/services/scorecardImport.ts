/**
 * Import of a filled scorecard: match people by mã cán bộ, list each changed cell old → new, validate,
 * then write the accepted changes as the council's step in one durable write (as amendments with a
 * reason when the month is closed). A foreign or tampered file changes nothing.
 */
import { ServiceError } from '../../shared/api/result';
import type { ImportChange, ImportProblem, ScorecardImportPreview, ScorecardImportResult } from '../../shared/api/scoringTypes';
import { criterionLeaves } from '../../shared/domain/criteria';
import { labelOfKey, periodsContaining } from '../../shared/domain/period';
import { formatPoints } from '../../shared/domain/scoringMath';
import { ForeignScorecardError } from '../documents/xlsx/scorecardReader';
import { readScorecardIsolated as readScorecard } from '../documents/isolatedReaders';
import { UnreadableWorkbookError } from '../documents/xlsx/readWorkbook';
import { computePeriod, lockReason } from './scoringCompute';
import { loadPeriod, recordKey, type PeriodData } from './scoringData';
import { ensureRecord } from './scoringService';
import { getScoringSettings } from './scoringSettings';
import type { Session } from './session';
import { cachedScore } from '../../shared/domain/scoreStatus';
import { matcher, sheetNumber } from './scorecardMatch';

const REMARK = '__remark';

interface Plan {
  data: PeriodData;
  preview: ScorecardImportPreview;
}

async function plan(session: Session, bytes: Uint8Array): Promise<Plan> {
  let read;
  try {
    read = await readScorecard(bytes);
  } catch (error) {
    if (error instanceof ForeignScorecardError || error instanceof UnreadableWorkbookError) throw new ServiceError('INVALID_INPUT', error.message);
    throw error;
  }
  if (read.info.isRollup) throw new ServiceError('INVALID_INPUT', `Bảng ${labelOfKey(read.info.period)} được tính từ các tháng, chỉ để xem và in; hãy nhập bảng chấm điểm của từng tháng.`);
  const data = await loadPeriod(session, read.info.period, read.info.setId);
  const leaves = criterionLeaves(data.set.criteria);
  if (data.set.version !== read.info.setVersion || leaves.map((l) => l.id).join('|') !== read.info.criteria.join('|')) {
    throw new ServiceError('INVALID_INPUT', `Tệp được xuất theo phiên bản ${read.info.setVersion} của bộ tiêu chí, nay kỳ này dùng phiên bản ${data.set.version}. Hãy xuất lại bảng mới.`);
  }
  const results = new Map(computePeriod(data, getScoringSettings(session).rollupMethod).map((r) => [r.subject.code, r] as const));
  const changes: ImportChange[] = [];
  const problems: ImportProblem[] = read.notices.map((n) => ({ sheet: n.sheet, cell: '', message: n.message }));
  const seen = new Map<string, string>();
  const match = matcher([...results.values()].map((r) => r.subject));
  for (const sheet of read.sheets) {
    for (const row of sheet.rows) {
      const where = `dòng ${row.rowNumber}`;
      if (!row.code && row.inputs.every((c) => c.value === null)) continue; // a note or a signer's name under the table
      const found = match(row.code, row.name);
      if (!found.subject) {
        problems.push({ sheet: sheet.name, cell: `B${row.rowNumber}`, message: `${where}: ${found.reason}; dòng này bị bỏ qua.` });
        continue;
      }
      const result = results.get(found.subject.code)!;
      const earlier = seen.get(result.subject.code);
      if (earlier) {
        problems.push({ sheet: sheet.name, cell: `B${row.rowNumber}`, message: `${where}: ${result.subject.code} ${result.subject.name} đã có ở ${earlier}; dòng này bị bỏ qua.` });
        continue;
      }
      seen.set(result.subject.code, `${where} (${sheet.name})`);
      if (found.note) problems.push({ sheet: sheet.name, cell: `C${row.rowNumber}`, message: `${where}: ${found.note}` });
      const base = { sheet: sheet.name, code: result.subject.code, name: result.subject.name };
      row.inputs.forEach((input, k) => {
        const leaf = leaves[k];
        if (!leaf) return;
        const current = result.breakdown?.criteria[k]?.base ?? null;
        const value = sheetNumber(input.value);
        if (value === null) {
          if (current !== null) problems.push({ sheet: sheet.name, cell: input.cell, message: `${base.code} · ${leaf.name}: ô để trống, giữ điểm cũ ${formatPoints(current)}.` });
          return;
        }
        if (Number.isNaN(value)) {
          problems.push({ sheet: sheet.name, cell: input.cell, message: `${base.code} · ${leaf.name}: "${String(input.value)}" không phải là số.` });
          return;
        }
        if (value < 0 || value > leaf.maxPoints) {
          problems.push({ sheet: sheet.name, cell: input.cell, message: `${base.code} · ${leaf.name}: ${formatPoints(value)} ngoài khoảng 0–${formatPoints(leaf.maxPoints)}.` });
          return;
        }
        if (current !== null && Math.abs(current - value) < 1e-9) return;
        changes.push({ ...base, id: `${base.code}:${leaf.id}`, cell: input.cell, criterionId: leaf.id, label: leaf.name, from: current, to: value });
      });
      const oldRemark = result.months[0]?.record?.councilNote ?? '';
      const newRemark = typeof row.remark.value === 'string' ? row.remark.value : row.remark.value === null ? '' : String(row.remark.value);
      if (newRemark !== oldRemark) changes.push({ ...base, id: `${base.code}:${REMARK}`, cell: row.remark.cell, criterionId: REMARK, label: 'Ý kiến Hội đồng', from: oldRemark || null, to: newRemark || null });
    }
  }
  const missingPeople = [...results.values()].filter((r) => !seen.has(r.subject.code)).map((r) => `${r.subject.code} ${r.subject.name}`);
  return {
    data,
    preview: { period: data.info.key, periodLabel: labelOfKey(data.info.key), setId: data.set.setId, setName: data.set.name, isLocked: lockReason(data, data.info.key) !== '', changes, problems, missingPeople },
  };
}

export async function previewScorecardImport(session: Session, bytes: Uint8Array): Promise<ScorecardImportPreview> {
  return (await plan(session, bytes)).preview;
}

export async function applyScorecardImport(session: Session, bytes: Uint8Array, options: { accepted: string[]; reason?: string }): Promise<ScorecardImportResult> {
  const { data, preview } = await plan(session, bytes);
  const accepted = preview.changes.filter((c) => options.accepted.includes(c.id));
  const unknown = options.accepted.filter((id) => !preview.changes.some((c) => c.id === id));
  if (unknown.length > 0) throw new ServiceError('CONFLICT', 'Tệp hoặc dữ liệu đã thay đổi sau khi xem trước; hãy xem trước lại.');
  const reason = options.reason?.trim() ?? '';
  if (preview.isLocked && accepted.length > 0 && reason.length < 5) throw new ServiceError('INVALID_INPUT', 'Kỳ đã khóa: hãy ghi lý do điều chỉnh (ít nhất 5 ký tự).');
  if (accepted.length === 0) return { applied: 0, rejected: preview.changes.length, asAmendment: preview.isLocked };
  const store = session.store;
  const at = store.now().toISOString();
  const bySubject = new Map<string, typeof accepted>();
  const idOf = new Map(data.subjects.map((s) => [s.code, s.id] as const));
  for (const change of accepted) {
    const id = idOf.get(change.code) ?? '';
    bySubject.set(id, [...(bySubject.get(id) ?? []), change]);
  }
  await store.mutateCollection('scores', String(data.info.year), (file) => {
    for (const [subjectId, list] of bySubject) {
      const record = ensureRecord(file.records, data, subjectId, session);
      data.records.set(recordKey(subjectId, data.info.key), record);
      const points = { ...(record.councilScore?.points ?? {}) };
      const amended: Record<string, { from: number | null; to: number | null }> = {};
      for (const change of list) {
        if (change.criterionId === REMARK) record.councilNote = typeof change.to === 'string' ? change.to : '';
        else {
          points[change.criterionId] = change.to as number;
          amended[change.criterionId] = { from: change.from as number | null, to: change.to as number };
        }
      }
      record.councilScore = { points, by: store.operator, at, note: `Nhập từ tệp Excel${reason ? `: ${reason}` : ''}` };
      if (preview.isLocked) record.amendments = [...(record.amendments ?? []), { at, by: store.operator, reason, changes: amended }];
      record.updatedAt = at;
      record.updatedBy = store.operator;
    }
    // The cached totals are refreshed in the same write.
    for (const r of computePeriod(data, getScoringSettings(session).rollupMethod)) {
      const record = data.records.get(recordKey(r.subject.id, data.info.key));
      if (record) Object.assign(record, cachedScore(r));
    }
  });
  if (preview.isLocked) {
    const containing = periodsContaining(data.info.key);
    const lines = accepted.map((c) => `${c.code} · ${c.label}: ${c.from ?? '(trống)'} → ${c.to ?? '(trống)'}`);
    await store.mutateCollection('periods', null, (file) => {
      for (const p of file.records.filter((r) => !r.deletedAt && r.status === 'closed' && r.criteriaSetId === data.set.setId && containing.includes(r.key))) {
        p.amendments = [...p.amendments, { at, by: store.operator, reason, changes: lines }];
      }
    });
  }
  return { applied: accepted.length, rejected: preview.changes.length - accepted.length, asAmendment: preview.isLocked };
}
