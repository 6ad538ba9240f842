/** The system part of the handlers: printing through the computer's PDF viewer. */
import type { Handlers } from '../../shared/api/contract';
import { openForPrinting } from './printService';
import type { Session } from './session';

export function createSystemHandlers(session: Session): Pick<Handlers, 'openForPrinting'> {
  return {
    openForPrinting: async (input) => openForPrinting({ store: () => session.store, now: session.deps.now, openPath: session.deps.openPath }, input),
  };
}
