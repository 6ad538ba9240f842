/**
 * The filter bar of the violation list, one line at 1093×574: period and search in sight, the other
 * filters (unit, person, rule set and article, state, measure) under "Bộ lọc", which counts those set.
 */
import { memo } from 'react';
import { Badge, Button, DatePicker, Flex, Input, Popover } from 'antd';
import type { z } from 'zod';
import type { violationFilter } from '../../../shared/api/violationsSchemas';
import { fromIso, toIso } from './violationFormat';
import { VI_DAY_FORMATS } from '../../lib/dayInput';
import { MoreFilters } from './MoreFilters';
import type { ViolationRefs } from './useViolationRefs';

export type ViolationFilterValue = z.input<typeof violationFilter>;

interface Props {
  value: ViolationFilterValue;
  refs: ViolationRefs;
  onChange: (next: ViolationFilterValue) => void;
}

const MORE_KEYS = ['unitId', 'staffId', 'ruleSetId', 'article', 'state', 'measure'] as const;

/** Memoised: the list's new rows (or the count) do not draw the filters again, only a changed filter does. */
export const ViolationFilters = memo(function ViolationFilters({ value, refs, onChange }: Props) {
  const set = (patch: Partial<ViolationFilterValue>) => onChange({ ...value, ...patch });
  const moreCount = MORE_KEYS.filter((key) => value[key] !== undefined && value[key] !== null).length;
  return (
    <Flex gap={8} align="center" wrap={false} data-testid="violation-filters" style={{ minWidth: 0 }}>
      <DatePicker.RangePicker
        aria-label="Khoảng thời gian"
        format={VI_DAY_FORMATS}
        style={{ width: 220, flex: 'none' }}
        placeholder={['Từ ngày', 'Đến ngày']}
        value={[fromIso(value.from), fromIso(value.to)]}
        onChange={(range) => set({ from: toIso(range?.[0]) ?? undefined, to: toIso(range?.[1]) ?? undefined, month: undefined })}
      />
      <Input.Search aria-label="Tìm vi phạm" allowClear placeholder="Tìm (không cần dấu)" style={{ width: 160, flex: 'none' }} defaultValue={value.search} onSearch={(search) => set({ search: search || undefined })} />
      <Popover trigger="click" placement="bottomLeft" title="Lọc danh sách vi phạm" content={<MoreFilters value={value} refs={refs} onChange={set} />}>
        <Badge count={moreCount} size="small" offset={[-4, 2]}>
          <Button aria-label="Bộ lọc" data-testid="more-filters">{moreCount > 0 ? `Bộ lọc (${moreCount})` : 'Bộ lọc'}</Button>
        </Badge>
      </Popover>
    </Flex>
  );
});
