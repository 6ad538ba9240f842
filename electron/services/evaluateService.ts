/**
 * "Why this rating" for one person and period, as the law is applied: the parts with their points,
 * the deductions with their basis, the forced ratings with their reason and article, who scored each
 * step and who typed it. The CLI (`evaluate`) and the app read the same answer.
 */
import { ServiceError } from '../../shared/api/result';
import type { EvaluationView } from '../../shared/api/evaluationTypes';
import { ND335_LEADER_SET_ID, ND335_SET_ID } from '../../shared/domain/criteriaShipped';
import { ratingLabel } from '../../shared/domain/scoreStatus';
import { foldVietnamese } from '../../shared/domain/text';
import type { Staff } from '../../shared/schema/staff';
import { listCriteriaSets } from './criteriaService';
import { parsePeriodOrThrow, subjectsOf } from './scoringData';
import { scoreBreakdown } from './scoringBreakdown';
import type { Session } from './session';

const ORDER = [ND335_LEADER_SET_ID, ND335_SET_ID, 'conduct-individual'];

export function staffByCode(session: Session, code: string): Staff {
  const wanted = foldVietnamese(code.trim());
  const person = session.store.collection('staff').records.find((s) => !s.deletedAt && foldVietnamese(s.code) === wanted);
  if (!person) throw new ServiceError('NOT_FOUND', `Không có cán bộ mã "${code}".`);
  return person;
}

/** The set a person is officially evaluated with in a period: ND 335 (leaders or not) for those it scores, else the first active staff set. */
export function officialSetOf(session: Session, staffId: string, period: string): string {
  const info = parsePeriodOrThrow(period);
  const rank = (id: string) => (ORDER.includes(id) ? ORDER.indexOf(id) : ORDER.length);
  const sets = listCriteriaSets(session).filter((s) => s.isActive && s.subject === 'staff').sort((a, b) => rank(a.setId) - rank(b.setId));
  const range = { from: `${info.year}-01-01`, to: `${info.year}-12-31` };
  const found = sets.find((s) => subjectsOf(session, s, range).some((x) => x.id === staffId));
  if (!found) throw new ServiceError('NOT_FOUND', 'Người này không thuộc bộ tiêu chí nào đang dùng.');
  return found.setId;
}

export async function evaluateStaff(session: Session, input: { code: string; period: string; setId?: string }): Promise<EvaluationView> {
  const person = staffByCode(session, input.code);
  const setId = input.setId ?? officialSetOf(session, person.id, input.period);
  const view = await scoreBreakdown(session, { period: input.period, setId, subjectId: person.id });
  const rating = view.breakdown?.rating ?? view.rollup?.rating ?? null;
  const total = view.breakdown?.total ?? view.rollup?.total ?? null;
  const forced = view.breakdown?.triggers ?? view.rollup?.triggers ?? [];
  return {
    code: person.code, name: person.fullName, category: person.category, position: person.position, unitName: view.unitName, leaderLabel: view.leaderLabel,
    period: view.period, periodLabel: view.periodLabel, setId: view.setId, setName: view.setName, setVersion: view.setVersion,
    total, rating, ratingLabel: ratingLabel(rating), isComplete: view.rollup ? view.rollup.isComplete : total !== null,
    parts: (view.breakdown?.criteria ?? []).map((c) => ({
      criterionId: c.criterionId, name: c.name, path: c.path, maxPoints: c.maxPoints, base: c.base, baseSource: c.baseSource, points: c.points,
      deductions: c.deductions.map((d) => ({ date: d.date, measure: d.measure, points: d.points, basis: d.refs, description: d.description })),
      bonuses: c.bonuses.map((b) => ({ date: b.date, form: b.form, points: b.points, reason: b.reason })),
      taskDeductions: (c.task?.products ?? []).flatMap((p) => p.deductions.map((d) => `${p.name}: ${d.text}`)),
      unitResults: c.unitResults?.explanation ?? null,
    })),
    forced: forced.map((t) => ({ label: t.label, explanation: t.explanation, forceRating: t.forceRating, source: t.source })),
    whoScored: view.steps.map((s) => ({ step: s.step, label: s.label, scorer: s.scorerName, typedBy: s.by, at: s.at })),
    rollup: view.rollup ? { explanation: view.rollup.explanation, months: view.rollup.months, missing: view.rollup.missing } : null,
  };
}
