/** Adding, removing and reading the evidence files of a violation. */
import { ServiceError } from '../../shared/api/result';
import type { EvidenceContent, ViolationDetail } from '../../shared/api/violationsTypes';
import { isLocked } from '../../shared/domain/violationWorkflow';
import type { Violation } from '../../shared/schema/violation';
import { applyChanges } from './records';
import { discardEvidence, readEvidence, storeEvidence, type StoredEvidence } from './evidenceService';
import type { ViolationDeps } from './violationDeps';
import { changeViolation } from './violationService';
import { findViolation, yearOf } from './violationStore';

function refuseLocked(record: Violation): void {
  if (isLocked(record.state)) throw new ServiceError('CONFLICT', 'Vi phạm đã kết luận hoặc đã hủy nên đã khóa; không thêm hay bỏ chứng cứ được.');
}

export async function addEvidence(deps: ViolationDeps, violationId: string, upload: { fileName: string; dataBase64: string }): Promise<ViolationDetail> {
  const store = deps.session.store;
  const { record } = await findViolation(store, violationId);
  refuseLocked(record);
  if (record.evidence.length >= 50) throw new ServiceError('INVALID_INPUT', 'Mỗi vi phạm có tối đa 50 tệp chứng cứ.');
  const stored: StoredEvidence = await storeEvidence(store, upload, yearOf(record.date), store.operator, store.now());
  try {
    return await changeViolation(deps, violationId, (copy, ctx, now) => {
      refuseLocked(copy);
      if (copy.evidence.some((e) => e.sha256 === stored.file.sha256)) {
        throw new ServiceError('CONFLICT', `Tệp ${stored.file.fileName} đã có trong chứng cứ của vi phạm này.`);
      }
      applyChanges(copy, { evidence: [...copy.evidence, stored.file] }, ctx.operator, now);
    });
  } catch (error) {
    await discardEvidence(store, [stored]);
    throw error;
  }
}

export function removeEvidence(deps: ViolationDeps, violationId: string, sha256: string): Promise<ViolationDetail> {
  return changeViolation(deps, violationId, (copy, ctx, now) => {
    refuseLocked(copy);
    if (!copy.evidence.some((e) => e.sha256 === sha256)) throw new ServiceError('NOT_FOUND', 'Không tìm thấy tệp chứng cứ này.');
    // The file stays in the evidence folder: the history still names it.
    applyChanges(copy, { evidence: copy.evidence.filter((e) => e.sha256 !== sha256) }, ctx.operator, now);
  });
}

export async function getEvidence(deps: ViolationDeps, violationId: string, sha256: string): Promise<EvidenceContent> {
  const store = deps.session.store;
  const { record } = await findViolation(store, violationId);
  const file = record.evidence.find((e) => e.sha256 === sha256);
  if (!file) throw new ServiceError('NOT_FOUND', 'Không tìm thấy tệp chứng cứ này.');
  return readEvidence(store, file);
}
