/**
 * Year-end titles: eligibility explained per person and unit (judged on the official annual
 * classification, the conduct scorecard shown as evidence), initiatives, the proposals list and revocations.
 */
import { ServiceError } from '../../shared/api/result';
import type { TitleCandidate, TitleProposalView, TitlesView } from '../../shared/api/scoringTypes';
import { ND335_LEADER_SET_ID, ND335_SET_ID } from '../../shared/domain/criteriaShipped';
import { advancedCollective, advancedWorker, gradeEmulationSoldier, soldierQuota, TITLE_LABELS, type Initiative, type Title, type YearClassification } from '../../shared/domain/titles';
import type { TitleRecord } from '../../shared/schema/recordSchemas';
import { parsePeriodKey, periodRange } from '../../shared/domain/period';
import { enteredClassification } from './evaluationService';
import { newRecord } from './records';
import { computePeriod, type SubjectResult } from './scoringCompute';
import { loadPeriod } from './scoringData';
import { getScoringSettings } from './scoringSettings';
import type { Session } from './session';
import { addUpward } from './titlesUpward';

function records(session: Session, year: number): TitleRecord[] {
  return session.store.collection('titleProposals').records.filter((r) => !r.deletedAt && r.year === year);
}

async function yearResults(session: Session, year: number, setId: string): Promise<SubjectResult[]> {
  return computePeriod(await loadPeriod(session, String(year), setId), getScoringSettings(session).rollupMethod);
}

function dmy(iso: string): string {
  return iso.split('-').reverse().join('/');
}

function monthText(key: string): string {
  const [y, m] = key.split('-');
  return m?.startsWith('Q') ? `quý ${m.slice(1)}/${y}` : `${m}/${y}`;
}

function hasEnded(key: string, today: string): boolean {
  const info = parsePeriodKey(key);
  return info !== null && periodRange(info).to < today;
}

/** The ND 335 months that count for the year: applicable, and ended by today (the annual review runs before 15/12). */
export function dueMonths(result: SubjectResult, today: string): { applicable: number; missing: string[]; lastDay: string } {
  const due = result.months.filter((m) => m.isApplicable && hasEnded(m.month, today));
  const last = due[due.length - 1]?.month;
  const info = last ? parsePeriodKey(last) : null;
  return { applicable: due.length, missing: result.missing.filter((m) => hasEnded(m, today)), lastDay: info ? periodRange(info).to : '' };
}

/**
 * The official annual classification: an entered one (the decision) first; else for people scored with
 * an ND 335 set, the year's roll-up of their months ended so far (complete only when each is scored).
 */
function classificationOf(session: Session, staffId: string, year: number, nd335: SubjectResult | undefined): YearClassification | null {
  const entered = enteredClassification(session, staffId, year);
  if (entered?.rating) return { rating: entered.rating, source: `Xếp loại chính thức: ${entered.decision} ngày ${dmy(entered.date)}`, isComplete: true };
  if (!nd335) return null;
  const { applicable, missing, lastDay } = dueMonths(nd335, session.store.now().toISOString().slice(0, 10));
  const until = lastDay && lastDay < `${year}-12-31` ? ` đến ${dmy(lastDay)}` : '';
  const source = `Nghị định 335/2025 — tổng hợp ${applicable - missing.length}/${applicable} tháng${until}${missing.length > 0 ? `, thiếu ${missing.map(monthText).join(', ')}` : ''}`;
  return { rating: nd335.rating, source, isComplete: missing.length === 0 && applicable > 0 };
}

export async function titlesView(session: Session, year: number): Promise<TitlesView> {
  const settings = getScoringSettings(session);
  const nd335 = [...(await yearResults(session, year, ND335_SET_ID)), ...(await yearResults(session, year, ND335_LEADER_SET_ID))];
  const conduct = await yearResults(session, year, 'conduct-individual');
  const data = await loadPeriod(session, String(year), 'conduct-individual');
  const staff = new Map(session.store.collection('staff').records.map((s) => [s.id, s] as const));
  const own = records(session, year);
  const initiativeOf = (id: string) => own.find((r) => r.kind === 'initiative' && r.subjectId === id)?.initiative ?? null;
  const violationsOf = (id: string) => data.violations.filter((v) => v.staffIds.includes(id));
  const classifications = new Map<string, YearClassification | null>();
  const people: TitleCandidate[] = conduct.map((c) => {
    const official = nd335.find((r) => r.subject.id === c.subject.id);
    const classification = classificationOf(session, c.subject.id, year, official);
    classifications.set(c.subject.id, classification);
    const person = staff.get(c.subject.id);
    const violations = violationsOf(c.subject.id);
    const worker = advancedWorker({ classification, violations, year, startDate: person?.startDate ?? null, minServiceMonths: settings.minServiceMonths });
    const initiative = initiativeOf(c.subject.id);
    const due = official ? dueMonths(official, session.store.now().toISOString().slice(0, 10)) : null;
    return {
      subjectId: c.subject.id, code: c.subject.code, name: c.subject.name, unitName: c.subject.unitName,
      yearTotal: classification?.isComplete && !enteredClassification(session, c.subject.id, year) ? (official?.total ?? null) : null, yearRating: classification?.isComplete ? classification.rating : null,
      eligibility: [worker, gradeEmulationSoldier(worker, classification, initiative)], initiative,
      classification, monthsScored: due ? { scored: due.applicable - due.missing.length, applicable: due.applicable, missing: due.missing } : null,
      conductRating: c.rating, disciplines: worker.checks[1]?.isMet ? [] : [worker.checks[1]?.detail ?? ''],
      findings: (official?.triggers ?? []).filter((t) => t.findingId).map((t) => `${t.label}: ${t.explanation}`),
      startDate: person?.startDate ?? null, category: person?.category ?? null,
    };
  });
  const isWorker = new Map(people.map((p) => [p.subjectId, p.eligibility[0]?.isEligible ?? false] as const));
  const unitIds = [...new Set(conduct.map((c) => c.subject.unitId).filter((id): id is string => id !== null))];
  const units: TitleCandidate[] = unitIds.map((unitId) => {
    const members = conduct.filter((c) => c.subject.unitId === unitId);
    const eligibility = advancedCollective(members.map((m) => ({ staffId: m.subject.id, fullName: m.subject.name, isAdvancedWorker: isWorker.get(m.subject.id) ?? false, isUnscored: !classifications.get(m.subject.id)?.isComplete, violations: violationsOf(m.subject.id) })), year);
    return { subjectId: unitId, code: '', name: members[0]?.subject.unitName ?? '', unitName: '', yearTotal: null, yearRating: null, eligibility: [eligibility], initiative: null };
  });
  const pastNd335 = new Map<number, Promise<SubjectResult[]>>();
  const pastResults = (y: number) => pastNd335.get(y) ?? pastNd335.set(y, Promise.all([yearResults(session, y, ND335_SET_ID), yearResults(session, y, ND335_LEADER_SET_ID)]).then((r) => r.flat())).get(y)!;
  const classify = async (id: string, y: number) => (y === year ? (classifications.get(id) ?? null)
    : staff.has(id) ? classificationOf(session, id, y, (await pastResults(y)).find((r) => r.subject.id === id)) : null);
  await addUpward(session, year, people, units, new Map(conduct.map((c) => [c.subject.id, c.subject.unitId] as const)), classify);
  const eligible = new Map<string, boolean>([...people, ...units].flatMap((c) => c.eligibility.map((e) => [`${c.subjectId}|${e.title}`, e.isEligible] as const)));
  const names = new Map([...people, ...units].map((c) => [c.subjectId, c.name] as const));
  const proposals: TitleProposalView[] = own.filter((r) => r.kind === 'proposal' && r.title).map((r) => ({
    id: r.id, year, title: r.title as Title, subjectId: r.subjectId, name: names.get(r.subjectId) ?? '', status: r.status, proposedAt: r.createdAt, proposedBy: r.createdBy,
    revokedAt: r.revokedAt, revokedBy: r.revokedBy, revokeReason: r.revokeReason, isEligible: eligible.get(`${r.subjectId}|${r.title}`) ?? false,
  }));
  const workers = people.filter((p) => p.eligibility[0]?.isEligible).length;
  const soldiers = people.filter((p) => p.eligibility[1]?.isEligible).length;
  return { year, people, units, proposals, soldierQuota: soldierQuota(workers, soldiers, settings.soldierRatio), soldierRatioNote: settings.soldierRatioNote };
}

export async function saveInitiative(session: Session, input: { year: number; staffId: string; initiative: Initiative | null }): Promise<TitlesView> {
  const store = session.store;
  await store.mutateCollection('titleProposals', null, (file) => {
    const existing = file.records.find((r) => !r.deletedAt && r.kind === 'initiative' && r.year === input.year && r.subjectId === input.staffId);
    if (existing) Object.assign(existing, { initiative: input.initiative, updatedAt: store.now().toISOString(), updatedBy: store.operator });
    else file.records.push(newRecord({ kind: 'initiative' as const, year: input.year, subjectId: input.staffId, title: null, status: 'proposed' as const, initiative: input.initiative, revokedAt: null, revokedBy: null, revokeReason: '' }, store.operator, store.now()));
  });
  return titlesView(session, input.year);
}

export async function proposeTitle(session: Session, input: { year: number; title: Title; subjectId: string }): Promise<TitlesView> {
  const view = await titlesView(session, input.year);
  const candidate = [...view.people, ...view.units].find((c) => c.subjectId === input.subjectId);
  const check = candidate?.eligibility.find((e) => e.title === input.title);
  if (!check?.isEligible) throw new ServiceError('INVALID_INPUT', `Chưa đủ điều kiện đề nghị "${TITLE_LABELS[input.title]}": ${check?.checks.filter((c) => !c.isMet).map((c) => c.label).join('; ') ?? 'không có trong danh sách'}.`);
  if (view.proposals.some((p) => p.subjectId === input.subjectId && p.title === input.title && p.status === 'proposed')) throw new ServiceError('CONFLICT', 'Đã có trong danh sách đề nghị.');
  const store = session.store;
  await store.mutateCollection('titleProposals', null, (file) => {
    file.records.push(newRecord({ kind: 'proposal' as const, year: input.year, subjectId: input.subjectId, title: input.title, status: 'proposed' as const, initiative: null, revokedAt: null, revokedBy: null, revokeReason: '' }, store.operator, store.now()));
  });
  return titlesView(session, input.year);
}

export async function revokeTitle(session: Session, input: { id: string; reason: string }): Promise<TitlesView> {
  if (input.reason.trim().length < 5) throw new ServiceError('INVALID_INPUT', 'Hãy ghi lý do thu hồi (ít nhất 5 ký tự).');
  const store = session.store;
  const year = await store.mutateCollection('titleProposals', null, (file) => {
    const record = file.records.find((r) => r.id === input.id && !r.deletedAt && r.kind === 'proposal');
    if (!record) throw new ServiceError('NOT_FOUND', 'Không tìm thấy đề nghị này.');
    if (record.status === 'revoked') throw new ServiceError('CONFLICT', 'Đề nghị này đã bị thu hồi.');
    const at = store.now().toISOString();
    Object.assign(record, { status: 'revoked', revokedAt: at, revokedBy: store.operator, revokeReason: input.reason.trim(), updatedAt: at, updatedBy: store.operator });
    record.history = [...(record.history ?? []), { at, by: store.operator, action: 'update', changes: { status: { from: 'proposed', to: 'revoked' } } }];
    return record.year;
  });
  return titlesView(session, year);
}
