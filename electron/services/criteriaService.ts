/** Criteria sets: the shipped ones (version 1, until the ward saves its own) and the ward's versions. */
import { ServiceError } from '../../shared/api/result';
import type { CriteriaSetView } from '../../shared/api/scoringTypes';
import { checkCriteriaSet, setMaxPoints } from '../../shared/domain/criteria';
import { SHIPPED_CRITERIA_SETS } from '../../shared/domain/criteriaShipped';
import type { CriteriaSetFields, CriteriaSetRecord } from '../../shared/schema/criteria';
import { newRecord } from './records';
import type { Session } from './session';

function stored(session: Session): CriteriaSetRecord[] {
  return session.store.collection('criteriaSets').records.filter((r) => !r.deletedAt);
}

/** Every version of every set: stored versions, plus the shipped version 1 when the ward has not stored it. */
function allVersions(session: Session): (CriteriaSetFields & { isShipped: boolean })[] {
  const own = stored(session);
  const shipped = SHIPPED_CRITERIA_SETS.filter((s) => !own.some((r) => r.setId === s.setId && r.version === s.version)).map((s) => ({ ...s, isShipped: true }));
  return [...shipped, ...own];
}

function view(set: CriteriaSetFields & { isShipped: boolean }, versions: number[]): CriteriaSetView {
  const { setId, version, name, shortName, subject, categories, basis, criteria, bands, triggers, fallbackCriterionId, taskRules, excellentCapOfGood, notes, isActive } = set;
  const extra = { audience: set.audience ?? 'all', forcingFindings: set.forcingFindings ?? [], ...(set.unitResultsFrom ? { unitResultsFrom: set.unitResultsFrom } : {}), ...(set.capPool ? { capPool: set.capPool } : {}) } satisfies Partial<CriteriaSetFields>;
  return {
    setId, version, name, shortName, subject, categories, basis, criteria, bands, triggers, fallbackCriterionId, taskRules, excellentCapOfGood, notes, isActive, ...extra,
    isShipped: set.isShipped, maxPoints: setMaxPoints(set), versions,
  };
}

/** The latest version of each set. */
export function listCriteriaSets(session: Session): CriteriaSetView[] {
  const all = allVersions(session);
  const ids = [...new Set(all.map((s) => s.setId))];
  return ids.map((id) => getCriteriaSet(session, id));
}

export function getCriteriaSet(session: Session, setId: string, version?: number): CriteriaSetView {
  const versions = allVersions(session).filter((s) => s.setId === setId).sort((a, b) => a.version - b.version);
  const chosen = version === undefined ? versions[versions.length - 1] : versions.find((s) => s.version === version);
  if (!chosen) throw new ServiceError('NOT_FOUND', version === undefined ? `Không có bộ tiêu chí "${setId}".` : `Bộ tiêu chí "${setId}" không có phiên bản ${version}.`);
  return view(chosen, versions.map((s) => s.version));
}

/** Saves an edited set as its next version; periods already scored keep the version they were scored with. */
export async function saveCriteriaSet(session: Session, fields: CriteriaSetFields): Promise<CriteriaSetView> {
  const problems = checkCriteriaSet(fields);
  if (problems.length > 0) throw new ServiceError('INVALID_INPUT', problems.join(' '));
  const existing = allVersions(session).filter((s) => s.setId === fields.setId);
  const version = existing.reduce((m, s) => Math.max(m, s.version), 0) + 1;
  const store = session.store;
  const record = newRecord({ ...fields, version, isShipped: false }, store.operator, store.now());
  await store.mutateCollection('criteriaSets', null, (file) => {
    file.records.push(record);
  });
  return getCriteriaSet(session, fields.setId, version);
}
