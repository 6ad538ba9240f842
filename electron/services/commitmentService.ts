/** Printing pre-filled commitment forms for a list of staff. */
import { ServiceError } from '../../shared/api/result';
import { compareVietnameseNames } from '../../shared/domain/names';
import { commitmentFormsDoc } from '../documents/pdf/commitmentForms';
import { renderPdf } from '../documents/pdf/pdfmake';
import type { Session } from './session';

export async function commitmentFormsPdf(session: Session, ids: string[], fontsDir?: string): Promise<{ bytes: Uint8Array; pages: number; fileName: string }> {
  const store = session.store;
  const units = new Map(store.collection('units').records.map((u) => [u.id, u.name] as const));
  const wanted = new Set(ids);
  const people = store
    .collection('staff')
    .records.filter((s) => !s.deletedAt && wanted.has(s.id))
    .sort((a, b) => compareVietnameseNames(a.fullName, b.fullName));
  if (people.length === 0) throw new ServiceError('INVALID_INPUT', 'Hãy chọn ít nhất một người để in bản cam kết.');
  const ward = store.meta.ward.name || 'Phường';
  const doc = commitmentFormsDoc(
    people.map((s) => ({ fullName: s.fullName, position: s.position, title: s.title, unitName: s.unitId ? (units.get(s.unitId) ?? '') : '', birthDate: s.birthDate })),
    ward,
  );
  return { bytes: await renderPdf(doc, fontsDir), pages: people.length, fileName: 'ban-cam-ket-quy-tac-ung-xu.pdf' };
}
