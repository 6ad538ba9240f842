/** The filter bar of the violation list: period, unit, person, rule set and article, state, measure, search. */
import { DatePicker, Input, Select, Space } from 'antd';
import type { z } from 'zod';
import type { violationFilter } from '../../../shared/api/violationsSchemas';
import { HANDLING_MEASURES, MEASURE_LABELS, VIOLATION_STATES, VIOLATION_STATE_LABELS } from '../../../shared/schema/violation';
import { VI_DAY, foldedFilter, fromIso, toIso } from './violationFormat';
import { staffOptions, type ViolationRefs } from './useViolationRefs';

export type ViolationFilterValue = z.input<typeof violationFilter>;

interface Props {
  value: ViolationFilterValue;
  refs: ViolationRefs;
  onChange: (next: ViolationFilterValue) => void;
}

export function ViolationFilters({ value, refs, onChange }: Props) {
  const set = (patch: Partial<ViolationFilterValue>) => onChange({ ...value, ...patch });
  const ruleSets = [...new Map(refs.rules.map((r) => [r.ruleSetId, r.ruleSetName] as const)).entries()];
  const articles = [...new Set(refs.rules.filter((r) => r.ruleSetId === value.ruleSetId && r.ref.article).map((r) => r.ref.article!))];
  return (
    <Space wrap data-testid="violation-filters">
      <DatePicker.RangePicker
        aria-label="Khoảng thời gian"
        format={VI_DAY}
        value={[fromIso(value.from), fromIso(value.to)]}
        onChange={(range) => set({ from: toIso(range?.[0]) ?? undefined, to: toIso(range?.[1]) ?? undefined, month: undefined })}
      />
      <Select aria-label="Lọc theo đơn vị" showSearch={{ filterOption: foldedFilter }} allowClear placeholder="Đơn vị" style={{ width: 220 }} value={value.unitId} onChange={(unitId) => set({ unitId })} options={refs.units.map((u) => ({ value: u.id, label: u.name }))} />
      <Select aria-label="Lọc theo cán bộ" allowClear showSearch={{ filterOption: foldedFilter }} placeholder="Cán bộ" style={{ width: 220 }} value={value.staffId} onChange={(staffId) => set({ staffId })} options={staffOptions(refs.staff)} />
      <Select aria-label="Lọc theo bộ quy tắc" allowClear placeholder="Bộ quy tắc" style={{ width: 140 }} value={value.ruleSetId} onChange={(ruleSetId) => set({ ruleSetId, article: undefined })} options={ruleSets.map(([id, name]) => ({ value: id, label: name }))} />
      <Select aria-label="Lọc theo điều" allowClear placeholder="Điều" style={{ width: 100 }} disabled={!value.ruleSetId} value={value.article} onChange={(article) => set({ article })} options={articles.map((a) => ({ value: a, label: `Điều ${a}` }))} />
      <Select aria-label="Lọc theo trạng thái" allowClear placeholder="Trạng thái" style={{ width: 150 }} value={value.state} onChange={(state) => set({ state })} options={VIOLATION_STATES.map((s) => ({ value: s, label: VIOLATION_STATE_LABELS[s] }))} />
      <Select
        aria-label="Lọc theo biện pháp"
        allowClear
        placeholder="Biện pháp xử lý"
        style={{ width: 190 }}
        value={value.measure}
        onChange={(measure) => set({ measure })}
        options={[{ value: 'discipline', label: 'Mọi hình thức kỷ luật' }, { value: 'none', label: 'Chưa có biện pháp' }, ...HANDLING_MEASURES.map((m) => ({ value: m, label: MEASURE_LABELS[m] }))]}
      />
      <Input.Search aria-label="Tìm vi phạm" allowClear placeholder="Tìm (không cần dấu)" style={{ width: 220 }} defaultValue={value.search} onSearch={(search) => set({ search: search || undefined })} />
    </Space>
  );
}
