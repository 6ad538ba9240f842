/**
 * Evaluation records: findings that force "Không hoàn thành nhiệm vụ" (dated, reasoned, with their
 * conclusion) and the official annual classifications entered for people the ND 335 scorecard does not
 * classify. A record is never overwritten: a correction deletes it (kept, with who and when) and adds a new one.
 */
import { ServiceError } from '../../shared/api/result';
import type { EvaluationRecordView } from '../../shared/api/evaluationTypes';
import { RATING_LABELS, type Rating } from '../../shared/schema/criteria';
import { FINDING_LABELS, FINDING_SOURCE, type EvaluationRecord, type FindingKind } from '../../shared/schema/evaluation';
import type { Staff } from '../../shared/schema/staff';
import { newRecord } from './records';
import { wardLeaders } from './scoringData';
import type { Session } from './session';

function staffOf(session: Session, staffId: string): Staff {
  const person = session.store.collection('staff').records.find((s) => s.id === staffId && !s.deletedAt);
  if (!person) throw new ServiceError('NOT_FOUND', 'Không tìm thấy cán bộ này.');
  return person;
}

function toView(session: Session, r: EvaluationRecord): EvaluationRecordView {
  const person = session.store.collection('staff').records.find((s) => s.id === r.staffId);
  const what = r.kind === 'finding' && r.findingKind ? FINDING_LABELS[r.findingKind] : r.rating ? `Xếp loại: ${RATING_LABELS[r.rating]}` : '';
  return {
    id: r.id, kind: r.kind, staffId: r.staffId, code: person?.code ?? '', name: person?.fullName ?? '', year: r.year, date: r.date, decision: r.decision, reason: r.reason,
    findingKind: r.findingKind ?? null, rating: r.rating ?? null, label: what, source: r.kind === 'finding' ? FINDING_SOURCE : 'Kết quả đánh giá, xếp loại chất lượng chính thức (nhập tay)',
    createdBy: r.createdBy, createdAt: r.createdAt,
  };
}

export function listEvaluationRecords(session: Session, input: { year: number; staffId?: string }): EvaluationRecordView[] {
  return session.store.collection('evaluationRecords').records
    .filter((r) => !r.deletedAt && r.year === input.year && (!input.staffId || r.staffId === input.staffId))
    .map((r) => toView(session, r));
}

function checkText(date: string, decision: string, reason: string): void {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) throw new ServiceError('INVALID_INPUT', 'Ngày kết luận phải có dạng ngày hợp lệ.');
  if (decision.trim().length < 3) throw new ServiceError('INVALID_INPUT', 'Hãy ghi số, cơ quan của kết luận hoặc quyết định.');
  if (reason.trim().length < 5) throw new ServiceError('INVALID_INPUT', 'Hãy ghi nội dung, lý do (ít nhất 5 ký tự).');
}

/** Records a concluded finding; "unitCorruption" is for leaders only (decided from the roster). */
export async function saveFinding(session: Session, input: { staffId: string; kind: FindingKind; date: string; decision: string; reason: string }): Promise<EvaluationRecordView> {
  const person = staffOf(session, input.staffId);
  checkText(input.date, input.decision, input.reason);
  if (input.kind === 'unitCorruption' && !wardLeaders(session).has(person.id)) {
    throw new ServiceError('INVALID_INPUT', `${person.fullName} không phải người đứng đầu đơn vị, Chủ tịch hay Phó Chủ tịch: kết luận về tham nhũng, lãng phí ở đơn vị chỉ buộc xếp loại người lãnh đạo.`);
  }
  const fields = { kind: 'finding' as const, staffId: person.id, year: Number(input.date.slice(0, 4)), date: input.date, decision: input.decision.trim(), reason: input.reason.trim(), findingKind: input.kind };
  const record: EvaluationRecord = newRecord(fields, session.store.operator, session.store.now());
  await session.store.mutateCollection('evaluationRecords', null, (file) => {
    file.records.push(record);
  });
  return toView(session, record);
}

/** The official annual classification of a person for a year (replaces an earlier entry, which is kept deleted). */
export async function saveClassification(session: Session, input: { staffId: string; year: number; rating: Rating; date: string; decision: string; reason: string }): Promise<EvaluationRecordView> {
  const person = staffOf(session, input.staffId);
  checkText(input.date, input.decision, input.reason);
  const store = session.store;
  const fields = { kind: 'classification' as const, staffId: person.id, year: input.year, date: input.date, decision: input.decision.trim(), reason: input.reason.trim(), rating: input.rating };
  const record: EvaluationRecord = newRecord(fields, store.operator, store.now());
  await store.mutateCollection('evaluationRecords', null, (file) => {
    for (const old of file.records.filter((r) => !r.deletedAt && r.kind === 'classification' && r.staffId === person.id && r.year === input.year)) {
      old.deletedAt = store.now().toISOString();
      old.updatedBy = store.operator;
    }
    file.records.push(record);
  });
  return toView(session, record);
}

/** Withdraws a record (kept with deletedAt), with a reason. */
export async function deleteEvaluationRecord(session: Session, input: { id: string; reason: string }): Promise<void> {
  if (input.reason.trim().length < 5) throw new ServiceError('INVALID_INPUT', 'Hãy ghi lý do hủy (ít nhất 5 ký tự).');
  const store = session.store;
  await store.mutateCollection('evaluationRecords', null, (file) => {
    const record = file.records.find((r) => r.id === input.id && !r.deletedAt);
    if (!record) throw new ServiceError('NOT_FOUND', 'Không tìm thấy bản ghi này.');
    const at = store.now().toISOString();
    record.deletedAt = at;
    record.history = [...(record.history ?? []), { at, by: store.operator, action: 'delete', changes: { reason: { from: null, to: input.reason.trim() } } }];
  });
}

/** The entered classification of a person for a year, if any. */
export function enteredClassification(session: Session, staffId: string, year: number): EvaluationRecord | null {
  return session.store.collection('evaluationRecords').records.find((r) => !r.deletedAt && r.kind === 'classification' && r.staffId === staffId && r.year === year) ?? null;
}
