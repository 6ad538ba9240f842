/**
 * The renderer's one data layer: server state lives in a TanStack Query cache, keyed by what it shows,
 * and a change invalidates a key instead of bumping per-component "version" counters. A query's
 * answer always belongs to its own key, so an older response arriving last cannot replace a newer one.
 */
import { QueryClient } from '@tanstack/react-query';
import type { Api } from '../../shared/api/contract';
import type { Result } from '../../shared/api/result';
import { callApi } from './api';

/** A failed Result as a thrown error, so a query shows its Vietnamese message with "Thử lại". */
export class ApiError extends Error {
  readonly code: string;
  constructor(code: string, message: string) {
    super(message);
    this.code = code;
  }
}

/** Runs one api call for a query: the data, or an ApiError carrying the Vietnamese message. */
export async function apiQuery<T>(run: (api: Api) => Promise<Result<T>>): Promise<T> {
  const result = await callApi(run);
  if (!result.ok) throw new ApiError(result.error.code, result.error.message);
  return result.data;
}

/** The keys of the cache; invalidating a prefix (e.g. queryKeys.scoring) reloads everything under it. */
export const queryKeys = {
  scoring: ['scoring'] as const,
  scoreGrid: (period: string, setId: string) => ['scoring', 'grid', period, setId] as const,
  periods: (year: number, setId: string) => ['scoring', 'periods', year, setId] as const,
  titles: (year: number) => ['scoring', 'titles', year] as const,
  criteriaSets: ['scoring', 'criteriaSets'] as const,
  criteriaSet: (setId: string, version: number) => ['scoring', 'criteriaSet', setId, version] as const,
  violations: ['violations'] as const,
  violationList: (filter: unknown) => ['violations', 'list', filter] as const,
  commendations: ['violations', 'commendations'] as const,
  posterPlan: (request: unknown) => ['posters', 'plan', request] as const,
  council: ['council'] as const,
  councilMeetings: (year: number) => ['council', 'list', year] as const,
  councilMeeting: (id: string) => ['council', 'meeting', id] as const,
  /** Titles granted to a person (under council: granting titles refreshes it). */
  personTitles: (subjectId: string) => ['council', 'titles', subjectId] as const,
  staff: ['staff'] as const,
  staffList: ['staff', 'list'] as const,
  units: ['staff', 'units'] as const,
  staffDetail: (id: string) => ['staff', 'detail', id] as const,
  /** Under violations/scoring, so a change there reloads the person page too. */
  staffViolations: (staffId: string) => ['violations', 'list', { staffId }] as const,
  staffCommendations: (staffId: string) => ['violations', 'commendations', { staffId }] as const,
  staffScores: (staffId: string, year: number) => ['scoring', 'staff', staffId, year] as const,
  periodSnapshot: (period: string, setId: string) => ['scoring', 'snapshot', period, setId] as const,
  settings: ['settings'] as const,
  profile: ['settings', 'profile'] as const,
  backups: ['settings', 'backups'] as const,
};

/** One cache per opened data folder: a local store answers at once, so no retries and no refetch on focus. */
export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: { retry: false, refetchOnWindowFocus: false, staleTime: 0 },
      mutations: { retry: false },
    },
  });
}
