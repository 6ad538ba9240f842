/** When a door last answered a call: the app's background work (reportWarmup) waits while the doors are busy. */
import type { Handlers } from '../../shared/api/contract';

export interface CallClock {
  /** performance.now() of the last call's start or end (0 before any). */
  lastCallAt(): number;
  stamp(): void;
}

export function newCallClock(): CallClock {
  let last = 0;
  return { lastCallAt: () => last, stamp: () => void (last = performance.now()) };
}

/** The same handlers, each stamping the clock as it starts and as it ends. */
export function withCallClock(handlers: Handlers, clock: CallClock): Handlers {
  const timed = Object.entries(handlers).map(([name, run]) => [
    name,
    async (input: unknown) => {
      clock.stamp();
      try {
        return await (run as (input: unknown) => Promise<unknown>)(input);
      } finally {
        clock.stamp();
      }
    },
  ]);
  return Object.fromEntries(timed) as unknown as Handlers;
}
