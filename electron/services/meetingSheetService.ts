/** The monthly unit-meeting sheet: gathers a month's violations, commendations and people, renders the PDF. */
import { ServiceError } from '../../shared/api/result';
import { compareVietnameseNames } from '../../shared/domain/names';
import { writtenRuleRefs } from '../../shared/domain/ruleRefWords';
import { formatIsoDay, monthLabel, monthRange } from '../../shared/domain/violationDates';
import type { Staff } from '../../shared/schema/staff';
import { meetingSheetDoc, type SheetGroup, type SheetPerson } from '../documents/pdf/meetingSheetDoc';
import { renderPdf } from '../documents/pdf/pdfmake';
import { listCommendations } from './commendationService';
import type { ViolationDeps } from './violationDeps';
import { queryViolations } from './violationList';

/** At work some day of the month: started by its end, and not gone before its start. */
function isPresent(staff: Staff, from: string, to: string): boolean {
  if (staff.startDate && staff.startDate > to) return false;
  return staff.status === 'active' || !staff.statusDate || staff.statusDate >= from;
}

export async function meetingSheetPdf(deps: ViolationDeps, month: string, unitId: string | undefined, fontsDir?: string): Promise<{ bytes: Uint8Array; fileName: string; count: number }> {
  const store = deps.session.store;
  const units = store.collection('units').records.filter((u) => !u.deletedAt).sort((a, b) => a.order - b.order);
  const unit = unitId ? units.find((u) => u.id === unitId) : undefined;
  if (unitId && !unit) throw new ServiceError('NOT_FOUND', 'Không tìm thấy đơn vị đã chọn.');
  const { from, to } = monthRange(month);
  const violations = (await queryViolations(deps, { month, unitId })).rows.filter((v) => v.state !== 'cancelled').reverse();
  const commendations = (await listCommendations(deps, { month, unitId })).reverse();
  const staff = store.collection('staff').records.filter((s) => !s.deletedAt && isPresent(s, from, to));
  const countOf = (id: string) => ({
    violations: violations.filter((v) => v.people.some((p) => p.id === id)).length,
    commendations: commendations.filter((c) => c.people.some((p) => p.id === id)).length,
  });
  const peopleOf = (id: string | null): SheetPerson[] =>
    staff
      .filter((s) => s.unitId === id)
      .sort((a, b) => compareVietnameseNames(a.fullName, b.fullName))
      .map((s) => ({ fullName: s.fullName, position: s.position, ...countOf(s.id) }));
  const groups: SheetGroup[] = unit
    ? [{ unitName: '', people: peopleOf(unit.id) }]
    : [...units.map((u) => ({ unitName: u.name, people: peopleOf(u.id) })), { unitName: 'Chưa xếp đơn vị', people: peopleOf(null) }].filter((g) => g.people.length > 0);
  const wardName = store.meta.ward.name || 'Phường';
  const doc = meetingSheetDoc({
    wardName,
    monthText: monthLabel(month),
    scopeName: unit ? unit.name : `Toàn cơ quan UBND ${wardName}`,
    violations: violations.map((v) => ({
      date: formatIsoDay(v.date),
      people: v.people.map((p) => p.fullName).join(', '),
      rules: writtenRuleRefs(v.rules.map((r) => r.short).join('; ')),
      description: v.description,
      handling: v.measureLabel ? `${v.measureLabel}${v.state === 'concluded' ? '' : ` (${v.stateLabel.toLowerCase()})`}` : v.stateLabel,
    })),
    commendations: commendations.map((c) => ({
      date: formatIsoDay(c.date),
      who: c.people.length > 0 ? c.people.map((p) => p.fullName).join(', ') : `Tập thể ${c.unitName}`,
      form: c.formLabel,
      reason: c.reason,
    })),
    groups,
  });
  const bytes = await renderPdf(doc, fontsDir);
  const suffix = unit ? `-${unit.shortName || 'don-vi'}` : '';
  const slug = `sinh-hoat-chuyen-mon-${month}${suffix}`.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/đ/g, 'd').replace(/Đ/g, 'D').replace(/[^A-Za-z0-9-]+/g, '-');
  return { bytes, fileName: `${slug}.pdf`, count: violations.length };
}
