/** The startup state the app opened with, for screens that show it (Tổng quan's "not initialised" notice). */
import { createContext, useContext } from 'react';
import type { StartupState } from '../../shared/api/types';

export const StartupStateContext = createContext<StartupState | null>(null);

export function useStartupState(): StartupState | null {
  return useContext(StartupStateContext);
}
