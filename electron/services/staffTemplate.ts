/** "Tải mẫu danh sách": the empty roster workbook, headed with the ward's name. */
import { buildRosterTemplate } from '../documents/xlsx/rosterTemplate';
import type { Session } from './session';

export async function staffTemplate(session: Session): Promise<{ bytes: Uint8Array; fileName: string }> {
  const store = session.store;
  const bytes = await buildRosterTemplate(store.meta.ward.name || 'Phường', store.now());
  return { bytes, fileName: 'mau-danh-sach-can-bo.xlsx' };
}
