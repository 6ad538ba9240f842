/**
 * The roster's filter bar: search as you type (no diacritics needed), unit, category, status, commitment.
 * The selects are a memoised part of their own, so a keystroke in the search redraws the search box only.
 */
import { memo } from 'react';
import { Input, Select, Space } from 'antd';
import type { UnitView } from '../../../shared/api/rosterTypes';
import type { RosterFilter } from '../../../shared/domain/rosterQuery';
import { SEARCHABLE } from '../../lib/foldedFilter';
import { CATEGORY_OPTIONS, STATUS_OPTIONS, unitOptions } from './staffFormat';

interface Props {
  filter: RosterFilter;
  units: UnitView[];
  /** Applies a change to the filter (a stable function: setFilter with an updater). */
  onPatch: (patch: Partial<RosterFilter>) => void;
}

const ALL = '__all__';

export function RosterFilters({ filter, units, onPatch }: Props) {
  return (
    <Space wrap size={[12, 12]}>
      <Input.Search
        allowClear
        placeholder="Tìm theo tên, mã, điện thoại"
        aria-label="Tìm cán bộ"
        data-testid="roster-search"
        value={filter.search ?? ''}
        onChange={(e) => onPatch({ search: e.target.value })}
        style={{ width: 190 }}
      />
      <FilterSelects unitId={filter.unitId} category={filter.category} status={filter.status} commitment={filter.commitment} units={units} onPatch={onPatch} />
    </Space>
  );
}

type SelectProps = Pick<RosterFilter, 'unitId' | 'category' | 'status' | 'commitment'> & Pick<Props, 'units' | 'onPatch'>;

const FilterSelects = memo(function FilterSelects({ unitId, category, status, commitment, units, onPatch: set }: SelectProps) {
  const filter = { unitId, category, status, commitment };
  return (
    <>
      <Select
        aria-label="Lọc theo đơn vị"
        {...SEARCHABLE}
        style={{ width: 190 }}
        value={filter.unitId ?? ALL}
        onChange={(v: string) => set({ unitId: v === ALL ? null : v })}
        options={[{ value: ALL, label: 'Tất cả đơn vị' }, ...unitOptions(units)]}
      />
      <Select
        aria-label="Lọc theo loại"
        style={{ width: 140 }}
        value={filter.category ?? ALL}
        onChange={(v: string) => set({ category: v === ALL ? null : (v as RosterFilter['category']) })}
        options={[{ value: ALL, label: 'Tất cả các loại' }, ...CATEGORY_OPTIONS]}
      />
      <Select
        aria-label="Lọc theo trạng thái"
        style={{ width: 140 }}
        value={filter.status === 'current' || !filter.status ? 'active' : filter.status}
        onChange={(v: string) => set({ status: v === 'active' ? 'current' : (v as RosterFilter['status']) })}
        options={[...STATUS_OPTIONS, { value: 'all', label: 'Tất cả' }]}
      />
      <Select
        aria-label="Lọc theo cam kết"
        style={{ width: 150 }}
        value={filter.commitment ?? ALL}
        onChange={(v: string) => set({ commitment: v === ALL ? null : (v as RosterFilter['commitment']) })}
        options={[
          { value: ALL, label: 'Cam kết: tất cả' },
          { value: 'signed', label: 'Đã ký cam kết' },
          { value: 'unsigned', label: 'Chưa ký cam kết' },
        ]}
      />
    </>
  );
});
