/**
 * Số CCCD on the roster: the full number is read only through `revealIdNumber` (a logged read,
 * services/access/accessLog.ts); the history a screen shows carries it masked. Earlier roster imports
 * wrote the number into the notes ("Số CCCD: …"); `moveIdNumbersOutOfNotes` moves those into the
 * field once, when a data folder is opened.
 */
import { ServiceError } from '../../shared/api/result';
import type { StaffDetail } from '../../shared/api/rosterTypes';
import { idNumberInNotes, maskIdNumber, maskIdNumbersIn } from '../../shared/domain/idNumber';
import type { AuditEntry } from '../../shared/schema/records';
import type { Store } from '../store/dataStore';
import { applyChanges } from './records';
import type { Session } from './session';

export function revealIdNumber(session: Session, staffId: string): { idNumber: string } {
  const staff = session.store.collection('staff').records.find((s) => s.id === staffId && !s.deletedAt);
  if (!staff) throw new ServiceError('NOT_FOUND', 'Không tìm thấy cán bộ này.');
  return { idNumber: staff.idNumber ?? '' };
}

function maskedValue(field: string, value: unknown): unknown {
  if (typeof value !== 'string') return value;
  if (field === 'idNumber') return maskIdNumber(value);
  return field === 'notes' ? maskIdNumbersIn(value) : value;
}

/** The audit trail as a screen shows it: Số CCCD (and a number left in the notes by an earlier import) masked. */
export function maskedHistory(history: AuditEntry[] | undefined): StaffDetail['history'] {
  return (history ?? []).map((h) => {
    if (!h.changes) return h;
    const changes = Object.fromEntries(Object.entries(h.changes).map(([field, c]) => [field, { from: maskedValue(field, c.from), to: maskedValue(field, c.to) }] as const));
    return { ...h, changes };
  });
}

/**
 * Moves numbers earlier imports wrote into the notes into the Số CCCD field, with an audit entry.
 * Idempotent: the store is written only when some record still has one to move, and a person who
 * already has a number keeps it (the notes are then left as they are). Returns how many moved.
 */
export async function moveIdNumbersOutOfNotes(store: Store): Promise<number> {
  const toMove = (s: { notes: string; idNumber?: string; deletedAt: string | null }) => !s.idNumber && idNumberInNotes(s.notes) !== null;
  if (!store.collection('staff').records.some(toMove)) return 0;
  return store.mutateCollection('staff', null, (file) => {
    let moved = 0;
    for (const staff of file.records) {
      const found = toMove(staff) ? idNumberInNotes(staff.notes) : null;
      if (!found) continue;
      applyChanges(staff, { notes: found.notes, idNumber: found.idNumber }, store.operator, store.now());
      moved += 1;
    }
    return moved;
  });
}
