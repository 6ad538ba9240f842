/** Loads what the violation drawer and the commendation form choose from, only when one of them is opened. */
import type { ReactNode } from 'react';
import { Spin } from 'antd';
import { useViolationRefs, type ViolationRefs } from '../../violations/useViolationRefs';

export function WithViolationRefs({ children }: { children: (refs: ViolationRefs) => ReactNode }) {
  const refs = useViolationRefs();
  return refs.staff.length === 0 ? <Spin /> : <>{children(refs)}</>;
}
