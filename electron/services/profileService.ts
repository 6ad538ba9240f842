/** The ward profile and settings. */
import type { ProfileView } from '../../shared/api/types';
import type { ParsedInput } from '../../shared/api/contract';
import type { Session } from './session';

export function viewProfile(session: Session): ProfileView {
  const meta = session.store.meta;
  return {
    ward: { ...meta.ward },
    settings: { ...meta.settings },
    dataFolder: session.dataFolder,
    schemaVersion: meta.schemaVersion,
  };
}

export async function updateProfile(session: Session, input: ParsedInput<'updateProfile'>): Promise<ProfileView> {
  await session.store.updateMeta((meta) => {
    meta.ward = { name: input.wardName, address: input.address, chairman: input.chairman };
    meta.settings = { ...meta.settings, operatorName: input.operatorName, backupKeep: input.backupKeep };
  });
  return viewProfile(session);
}
