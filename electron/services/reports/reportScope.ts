/** Which months, people and units a report covers: six months or a year, the ward or one unit. */
import { ServiceError } from '../../../shared/api/result';
import type { ReportScopeView } from '../../../shared/api/reportTypes';
import { monthsOf, parsePeriodKey, periodRange } from '../../../shared/domain/period';
import type { ReportKind } from '../../../shared/schema/report';
import type { Staff, Unit } from '../../../shared/schema/staff';
import type { Session } from '../session';

export interface ReportRequest {
  kind: ReportKind;
  year: number;
  half?: 1 | 2 | null;
  /** A unit's id or name; absent (or '') for the whole ward. */
  unit?: string | null;
}

export interface ResolvedScope extends ReportScopeView {
  /** The scoring period key: '2026-H1' or '2026'. */
  periodKey: string;
  previous: { from: string; to: string };
  units: Unit[];
  /** Every staff record (deleted ones left out); people of another unit are left out for a unit report. */
  staff: Staff[];
}

function findUnit(units: Unit[], wanted: string): Unit | undefined {
  const key = wanted.normalize('NFC').trim().toLocaleLowerCase('vi');
  return units.find((u) => u.id === wanted) ?? units.find((u) => u.name.toLocaleLowerCase('vi') === key || u.shortName.toLocaleLowerCase('vi') === key);
}

/** The report's key parts, the unit named by id or name resolved to its id. */
export function normalizeRequest(session: Session, input: ReportRequest): { kind: ReportKind; year: number; half: 1 | 2 | null; unitId: string | null } {
  const half = input.kind === 'so-ket' ? (input.half ?? 1) : null;
  let unitId: string | null = null;
  if (input.unit) {
    const unit = findUnit(session.store.collection('units').records.filter((u) => !u.deletedAt), input.unit);
    if (!unit) throw new ServiceError('NOT_FOUND', `Không tìm thấy đơn vị "${input.unit}".`);
    unitId = unit.id;
  }
  return { kind: input.kind, year: input.year, half, unitId };
}

function shiftYear(day: string, by: number): string {
  const year = Number(day.slice(0, 4)) + by;
  // 29/02 of a leap year has no twin: the last day of February is used.
  return day.slice(5) === '02-29' ? `${year}-02-28` : `${year}${day.slice(4)}`;
}

export function resolveScope(session: Session, input: ReportRequest): ResolvedScope {
  const request = normalizeRequest(session, input);
  const periodKey = request.half ? `${request.year}-H${request.half}` : String(request.year);
  const info = parsePeriodKey(periodKey);
  if (!info) throw new ServiceError('INVALID_INPUT', 'Năm báo cáo không hợp lệ.');
  const { from, to } = periodRange(info);
  const store = session.store;
  const allUnits = store.collection('units').records.filter((u) => !u.deletedAt).sort((a, b) => a.order - b.order);
  const unit = request.unitId ? (allUnits.find((u) => u.id === request.unitId) ?? null) : null;
  const staff = store.collection('staff').records.filter((s) => !s.deletedAt && (!unit || s.unitId === unit.id));
  const wardName = store.meta.ward.name || 'Phường';
  const periodLabel = request.half ? `6 tháng ${request.half === 1 ? 'đầu' : 'cuối'} năm ${request.year}` : `năm ${request.year}`;
  return {
    ...request,
    periodKey,
    subjectName: unit ? unit.name : wardName,
    periodLabel,
    from,
    to,
    months: monthsOf(info),
    previous: { from: shiftYear(from, -1), to: shiftYear(to, -1) },
    units: unit ? [unit] : allUnits,
    staff,
  };
}

/** On the roster on the last day of the period: started by then, and not yet left (status date after it). */
export function isOnRosterOn(person: Staff, day: string): boolean {
  if (person.startDate && person.startDate > day) return false;
  if (person.status === 'active') return true;
  return person.statusDate !== null && person.statusDate > day;
}
