/** Loads the whole roster (leavers included) and the units through the query cache; the screens filter the loaded list. */
import { useCallback, useMemo } from 'react';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import type { UnitView } from '../../../shared/api/rosterTypes';
import { indexRoster, type IndexedRow, type RosterRowView } from '../../../shared/domain/rosterQuery';
import { apiQuery, queryKeys } from '../../lib/queryClient';

export interface Roster {
  rows: RosterRowView[];
  /** Built once per loaded list; search-as-you-type runs filterRoster on it. */
  index: IndexedRow[];
  units: UnitView[];
  isLoading: boolean;
  /** The first failed load (roster or units), shown with "Thử lại". */
  error: unknown;
  retry: () => void;
  /** Invalidates everything under the staff key (the roster, the units, the open person's page). */
  reload: () => Promise<void>;
}

const NO_ROWS: RosterRowView[] = [];
const NO_UNITS: UnitView[] = [];

export function useRoster(): Roster {
  const queryClient = useQueryClient();
  const staff = useQuery({ queryKey: queryKeys.staffList, queryFn: () => apiQuery((api) => api.listStaff({ status: 'all' })) });
  const units = useQuery({ queryKey: queryKeys.units, queryFn: () => apiQuery((api) => api.listUnits()) });
  const rows = staff.data ?? NO_ROWS;
  const index = useMemo(() => indexRoster(rows), [rows]);
  const reload = useCallback(() => queryClient.invalidateQueries({ queryKey: queryKeys.staff }), [queryClient]);
  const retry = useCallback(() => {
    if (staff.isError) void staff.refetch();
    if (units.isError) void units.refetch();
  }, [staff, units]);
  return { rows, index, units: units.data ?? NO_UNITS, isLoading: staff.isPending || units.isPending, error: staff.error ?? units.error, retry, reload };
}
