/** Chooses the period, the criteria set and the unit of the grid. */
import { useEffect, useState } from 'react';
import { Select, Space } from 'antd';
import type { CriteriaSetView } from '../../../shared/api/scoringTypes';
import { useApiCall } from '../../lib/useApiCall';
import { periodOptions, type Selection } from './selection';

interface Props {
  selection: Selection;
  units: { id: string; name: string }[];
  onSelect: (selection: Selection) => void;
}

export function SelectionBar({ selection, units, onSelect }: Props) {
  const call = useApiCall();
  const [sets, setSets] = useState<CriteriaSetView[]>([]);
  useEffect(() => {
    void call((api) => api.listCriteriaSets({})).then((r) => r.ok && setSets(r.data));
  }, [call]);
  const year = Number(selection.period.slice(0, 4));
  const years = [year - 1, year, year + 1];
  return (
    <Space wrap style={{ marginBottom: 12 }}>
      <Select aria-label="Năm" value={year} style={{ width: 100 }} options={years.map((y) => ({ value: y, label: String(y) }))} onChange={(y: number) => onSelect({ ...selection, period: `${y}${selection.period.slice(4)}` })} />
      <Select aria-label="Kỳ đánh giá" value={selection.period} style={{ width: 200 }} options={periodOptions(year)} onChange={(period: string) => onSelect({ ...selection, period })} />
      <Select aria-label="Bộ tiêu chí" value={selection.setId} style={{ width: 320 }} options={sets.map((s) => ({ value: s.setId, label: `${s.shortName} (phiên bản ${s.version})` }))} onChange={(setId: string) => onSelect({ ...selection, setId, unitId: null })} />
      <Select aria-label="Đơn vị" value={selection.unitId ?? ''} style={{ width: 280 }} options={[{ value: '', label: 'Tất cả đơn vị' }, ...units.map((u) => ({ value: u.id, label: u.name }))]} onChange={(unitId: string) => onSelect({ ...selection, unitId: unitId || null })} />
    </Space>
  );
}
