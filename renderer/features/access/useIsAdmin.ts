/** Whether the screen may offer administrator actions: a store without users, or a signed-in Quản trị. The service checks again. */
import { useQuery } from '@tanstack/react-query';
import { apiQuery } from '../../lib/queryClient';

export const AUTH_STATE_KEY = ['access', 'authState'] as const;

export function useIsAdmin(): boolean {
  const auth = useQuery({ queryKey: AUTH_STATE_KEY, queryFn: () => apiQuery((api) => api.getAuthState()) });
  return Boolean(auth.data && (!auth.data.hasUsers || auth.data.user?.role === 'quan-tri'));
}

/** A signed-in Quản trị (the access log exists only once the store has users). */
export function useIsSignedInAdmin(): boolean {
  const auth = useQuery({ queryKey: AUTH_STATE_KEY, queryFn: () => apiQuery((api) => api.getAuthState()) });
  return auth.data?.user?.role === 'quan-tri';
}
