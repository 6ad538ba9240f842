/** A violation just recorded today (state "Ghi nhận", not locked), for tests that edit or cancel one; the demo's are all concluded. */
import { createHandlers } from '../../../electron/services/handlers';
import { dispatch } from '../../../electron/services/dispatch';
import type { Session } from '../../../electron/services/session';
import type { ViolationDetail } from '../../../shared/api/violationsTypes';

export async function recordViolationToday(session: Session, description: string): Promise<ViolationDetail> {
  const handlers = createHandlers(session);
  const silent = () => undefined;
  const [staff, refs] = await Promise.all([dispatch(handlers, 'listStaff', {}, silent), dispatch(handlers, 'ruleRefOptions', {}, silent)]);
  if (!staff.ok || !refs.ok) throw new Error('the ward has no roster or rules');
  const now = new Date();
  const today = `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
  const made = await dispatch(handlers, 'createViolation', { date: today, staffIds: [staff.data[0]!.id], ruleRefs: [refs.data[0]!.ref], description }, silent);
  if (!made.ok) throw new Error(made.error.message);
  return made.data;
}
