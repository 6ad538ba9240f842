/** The rule sets list, loaded once and reloaded after a save. */
import { useCallback, useEffect, useState } from 'react';
import type { RuleSetSummary } from '../../../shared/api/rulesTypes';
import { useApiCall } from '../../lib/useApiCall';

export interface RuleSetsState {
  sets: RuleSetSummary[];
  isLoading: boolean;
  reload: () => Promise<void>;
}

export function useRuleSets(): RuleSetsState {
  const call = useApiCall();
  const [sets, setSets] = useState<RuleSetSummary[]>([]);
  const [isLoading, setLoading] = useState(true);

  const reload = useCallback(async () => {
    setLoading(true);
    const result = await call((api) => api.listRuleSets());
    if (result.ok) setSets(result.data);
    setLoading(false);
  }, [call]);

  useEffect(() => {
    void reload();
  }, [reload]);

  return { sets, isLoading, reload };
}
