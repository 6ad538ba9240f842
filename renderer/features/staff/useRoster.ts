/** Loads the whole roster (leavers included) and the units once; the screens filter the loaded list. */
import { useCallback, useEffect, useMemo, useState } from 'react';
import type { UnitView } from '../../../shared/api/rosterTypes';
import { indexRoster, type IndexedRow, type RosterRowView } from '../../../shared/domain/rosterQuery';
import { useApiCall } from '../../lib/useApiCall';

export interface Roster {
  rows: RosterRowView[];
  /** Built once per loaded list; search-as-you-type runs filterRoster on it. */
  index: IndexedRow[];
  units: UnitView[];
  isLoading: boolean;
  reload: () => Promise<void>;
}

export function useRoster(): Roster {
  const call = useApiCall();
  const [rows, setRows] = useState<RosterRowView[]>([]);
  const [units, setUnits] = useState<UnitView[]>([]);
  const [isLoading, setLoading] = useState(true);

  const reload = useCallback(async () => {
    setLoading(true);
    const [staff, unitList] = await Promise.all([call((api) => api.listStaff({ status: 'all' })), call((api) => api.listUnits())]);
    if (staff.ok) setRows(staff.data);
    if (unitList.ok) setUnits(unitList.data);
    setLoading(false);
  }, [call]);

  useEffect(() => {
    void reload();
  }, [reload]);

  const index = useMemo(() => indexRoster(rows), [rows]);
  return { rows, index, units, isLoading, reload };
}
