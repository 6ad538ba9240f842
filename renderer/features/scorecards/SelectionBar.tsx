/** Chooses the period, the criteria set and the unit of the grid; each picker can be typed into (no diacritics needed). */
import { memo } from 'react';
import { useQuery } from '@tanstack/react-query';
import { Select, Space } from 'antd';
import { apiQuery, queryKeys } from '../../lib/queryClient';
import { SEARCHABLE as searchable } from '../../lib/foldedFilter';
import { periodOptions, type Selection } from './selection';

interface Props {
  selection: Selection;
  units: { id: string; name: string }[];
  onSelect: (selection: Selection) => void;
}

function SelectionBarView({ selection, units, onSelect }: Props) {
  const { data: sets = [] } = useQuery({ queryKey: queryKeys.criteriaSets, queryFn: () => apiQuery((api) => api.listCriteriaSets({})) });
  const year = Number(selection.period.slice(0, 4));
  const years = [year - 1, year, year + 1];
  return (
    <Space wrap size={[8, 6]} style={{ marginBottom: 8 }}>
      <Select aria-label="Năm" value={year} style={{ width: 90 }} options={years.map((y) => ({ value: y, label: String(y) }))} onChange={(y: number) => onSelect({ ...selection, period: `${y}${selection.period.slice(4)}` })} />
      <Select aria-label="Kỳ đánh giá" {...searchable} value={selection.period} style={{ width: 180 }} options={periodOptions(year)} onChange={(period: string) => onSelect({ ...selection, period })} />
      <Select aria-label="Bộ tiêu chí" {...searchable} value={selection.setId} style={{ width: 280 }} options={sets.map((s) => ({ value: s.setId, label: `${s.shortName} (phiên bản ${s.version})` }))} onChange={(setId: string) => onSelect({ ...selection, setId, unitId: null })} />
      <Select aria-label="Đơn vị" {...searchable} data-testid="grid-unit-picker" value={selection.unitId ?? ''} style={{ width: 260 }} options={[{ value: '', label: 'Tất cả đơn vị' }, ...units.map((u) => ({ value: u.id, label: u.name }))]} onChange={(unitId: string) => onSelect({ ...selection, unitId: unitId || null })} />
    </Space>
  );
}

/** Memoised: a keystroke in the grid leaves the selection as it was. */
export const SelectionBar = memo(SelectionBarView);
