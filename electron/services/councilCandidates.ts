/**
 * The candidate list a council meeting starts from: everyone the year's eligibility (titlesService)
 * finds eligible for Lao động tiên tiến, Chiến sĩ thi đua cơ sở and Tập thể lao động tiên tiến, each
 * with the facts the council needs — the annual classification and its source, months scored,
 * discipline, initiative, commendations of the year, and earlier titles held in a row.
 */
import { ServiceError } from '../../shared/api/result';
import type { TitleCandidate } from '../../shared/api/scoringTypes';
import { AGENDA_LABELS, isForUnits, isUpward } from '../../shared/domain/councilRules';
import { CONFIDENCE_LABELS } from '../../shared/domain/titlesEarlier';
import { ratingLabel } from '../../shared/domain/scoreStatus';
import type { AgendaTitle, CouncilCandidate } from '../../shared/schema/council';
import { COMMENDATION_FORM_LABELS } from '../../shared/schema/violation';
import { consecutiveYears, grantedTitles } from './grantedTitles';
import type { Session } from './session';
import { titlesView } from './titlesService';

function commendationsOf(session: Session, year: number, subjectId: string): string[] {
  const store = session.store;
  if (!store.partitions('commendations').includes(String(year)) || !store.isLoaded('commendations', String(year))) return [];
  return store.collection('commendations', String(year)).records
    .filter((c) => !c.deletedAt && (c.staffIds.includes(subjectId) || c.unitId === subjectId))
    .map((c) => `${COMMENDATION_FORM_LABELS[c.form]} ngày ${c.date.split('-').reverse().join('/')}: ${c.reason}`);
}

function earlierRuns(session: Session, subjectId: string, year: number): string[] {
  const records = grantedTitles(session);
  return (Object.keys(AGENDA_LABELS) as AgendaTitle[]).flatMap((title) => {
    const run = consecutiveYears(records, subjectId, title, year - 1);
    if (run === 0) return [];
    return [run === 1 ? `Đã đạt "${AGENDA_LABELS[title]}" năm ${year - 1}` : `Đã đạt "${AGENDA_LABELS[title]}" ${run} năm liên tục (${year - run}–${year - 1})`];
  });
}

function personFacts(session: Session, year: number, p: TitleCandidate): string[] {
  const c = p.classification;
  const facts = [`Xếp loại năm ${year}: ${c ? `${ratingLabel(c.rating)} (${c.source})` : 'chưa có'}`];
  if (p.conductRating) facts.push(`Bảng chấm điểm thực hiện quy tắc ứng xử: ${ratingLabel(p.conductRating)}`);
  facts.push(p.disciplines && p.disciplines.length > 0 ? `Kỷ luật: ${p.disciplines.join('; ')}` : 'Không bị kỷ luật trong năm');
  if (p.initiative) facts.push(`${p.initiative.kind === 'research' ? 'Đề tài, công trình khoa học' : 'Sáng kiến'}: "${p.initiative.name}" — ${p.initiative.recognisedBy}`);
  facts.push(...commendationsOf(session, year, p.subjectId), ...earlierRuns(session, p.subjectId, year), ...(p.earlierYears ?? []));
  return facts;
}

/** A proposal upward: its checks with the years behind them, the basis and how sure it is, then the person's facts. */
function upwardFacts(session: Session, year: number, c: TitleCandidate, title: AgendaTitle, isUnit: boolean): string[] {
  const e = c.upward?.find((u) => u.title === title);
  if (!e) return [];
  const own = [...e.checks.filter((ch) => ch.isMet || !e.isEligible).map((ch) => `${ch.label}: ${ch.detail}`), `Căn cứ: ${e.basis} — ${CONFIDENCE_LABELS[e.confidence]}`];
  return isUnit ? [...own, ...e.notes] : [...own, ...personFacts(session, year, c)];
}

/** Eligible people and units of the year, numbered as the ballot prints them. */
export async function eligibleCandidates(session: Session, year: number, agenda: AgendaTitle[]): Promise<CouncilCandidate[]> {
  const view = await titlesView(session, year);
  const out: Omit<CouncilCandidate, 'no'>[] = [];
  for (const title of agenda) {
    if (title === 'certificateOfMerit') continue;
    const isUnit = isForUnits(title);
    for (const c of isUnit ? view.units : view.people) {
      const check = isUpward(title) ? c.upward?.find((e) => e.title === title) : c.eligibility.find((e) => e.title === title);
      if (!check?.isEligible) continue;
      const facts = isUpward(title) ? upwardFacts(session, year, c, title, isUnit)
        : isUnit ? [...check.checks.map((ch) => `${ch.label}: ${ch.detail}`), ...commendationsOf(session, year, c.subjectId), ...earlierRuns(session, c.subjectId, year)]
          : personFacts(session, year, c);
      out.push({ title, subjectKind: isUnit ? 'unit' : 'person', subjectId: c.subjectId, code: c.code, name: c.name, unitName: c.unitName, facts, isManual: false, reason: '' });
    }
  }
  return out.map((c, i) => ({ ...c, no: i + 1 }));
}

/** A candidate added by hand (giấy khen, người tốt việc tốt): a person of the roster or a unit. */
export function manualCandidate(session: Session, input: { title: AgendaTitle; subjectId: string; reason: string }, no: number, year: number): CouncilCandidate {
  const staff = session.store.collection('staff').records.find((s) => s.id === input.subjectId && !s.deletedAt);
  const units = session.store.collection('units').records;
  if (staff) {
    if (isForUnits(input.title)) throw new ServiceError('INVALID_INPUT', `"${AGENDA_LABELS[input.title]}" là danh hiệu tập thể, không xét cho cá nhân.`);
    const unitName = units.find((u) => u.id === staff.unitId)?.name ?? '';
    return { no, title: input.title, subjectKind: 'person', subjectId: staff.id, code: staff.code, name: staff.fullName, unitName, facts: [...commendationsOf(session, year, staff.id), ...earlierRuns(session, staff.id, year)], isManual: true, reason: input.reason.trim() };
  }
  const unit = units.find((u) => u.id === input.subjectId && !u.deletedAt);
  if (!unit) throw new ServiceError('NOT_FOUND', 'Không tìm thấy cán bộ hoặc đơn vị để đưa vào danh sách.');
  if (!isForUnits(input.title) && input.title !== 'certificateOfMerit') throw new ServiceError('INVALID_INPUT', `"${AGENDA_LABELS[input.title]}" là danh hiệu cá nhân, không xét cho đơn vị.`);
  return { no, title: input.title, subjectKind: 'unit', subjectId: unit.id, code: '', name: unit.name, unitName: '', facts: earlierRuns(session, unit.id, year), isManual: true, reason: input.reason.trim() };
}
