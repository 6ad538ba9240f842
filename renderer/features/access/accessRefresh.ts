/** Lets a screen ask the access gate to read who is signed in again (after the first administrator is created). */
import { createContext, useContext } from 'react';

export const AccessRefreshContext = createContext<() => void>(() => undefined);

export function useAccessRefresh(): () => void {
  return useContext(AccessRefreshContext);
}
