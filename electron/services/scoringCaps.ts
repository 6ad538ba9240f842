/**
 * The 20 % cap ("xuất sắc" ≤ 20 % of "tốt") at each scope the ward checks: per unit, for the whole ward
 * (ND 335/2025: "trong cùng cơ quan" — QUOTED-PRESS cafef.vn) and per group of units with similar tasks
 * ("từng nhóm nhiệm vụ tương đồng"; the grouping is the ward's, in the settings). Sets sharing a cap pool
 * (ND 335 staff and leaders) are counted together at ward and group scope.
 */
import type { ScoringSettingsView } from '../../shared/api/scoringTypes';
import { capChecksFor, type Rated } from '../../shared/domain/capScopes';
import type { ExcellentCapCheck } from '../../shared/domain/rating';
import { listCriteriaSets } from './criteriaService';
import { computePeriod, type SubjectResult } from './scoringCompute';
import { loadPeriod, type PeriodData } from './scoringData';
import type { Session } from './session';

function rated(results: SubjectResult[]): Rated[] {
  return results.map((r) => ({ unitId: r.subject.unitId, unitName: r.subject.unitName, rating: r.rating }));
}

/** The checks shown with a grid: this set's people, plus the people of the sets in the same cap pool. */
export async function capChecks(session: Session, data: PeriodData, results: SubjectResult[], settings: ScoringSettingsView): Promise<ExcellentCapCheck[]> {
  const cap = data.set.excellentCapOfGood;
  if (cap === null || data.set.subject === 'unit') return [];
  let people = rated(results);
  if (data.set.capPool) {
    for (const other of listCriteriaSets(session).filter((s) => s.isActive && s.capPool === data.set.capPool && s.setId !== data.set.setId)) {
      people = [...people, ...rated(computePeriod(await loadPeriod(session, data.info.key, other.setId), settings.rollupMethod))];
    }
  }
  const shown = new Set(results.map((r) => r.subject.unitName));
  const wardName = session.store.meta.ward.name || 'Phường';
  // Unit checks for the units of this grid; ward and group checks over the whole pool.
  return capChecksFor(people, cap, settings, wardName).filter((c) => c.scope !== 'unit' || shown.has(c.groupName));
}
