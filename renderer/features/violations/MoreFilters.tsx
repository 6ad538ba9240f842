/** The filters under "Bộ lọc": unit, person, rule set and article, state, measure; and clearing them all. */
import { Button, Flex, Select } from 'antd';
import { HANDLING_MEASURES, MEASURE_LABELS, VIOLATION_STATES, VIOLATION_STATE_LABELS } from '../../../shared/schema/violation';
import { foldedFilter } from './violationFormat';
import { staffOptions, type ViolationRefs } from './useViolationRefs';
import type { ViolationFilterValue } from './ViolationFilters';

interface Props {
  value: ViolationFilterValue;
  refs: ViolationRefs;
  onChange: (patch: Partial<ViolationFilterValue>) => void;
}

/** Dropdowns open inside the popover, so choosing in them never counts as a click outside it. */
const inside = (node: HTMLElement) => node.parentElement ?? document.body;

export function MoreFilters({ value, refs, onChange }: Props) {
  const ruleSets = [...new Map(refs.rules.map((r) => [r.ruleSetId, r.ruleSetName] as const)).entries()];
  const articles = [...new Set(refs.rules.filter((r) => r.ruleSetId === value.ruleSetId && r.ref.article).map((r) => r.ref.article!))];
  const common = { allowClear: true, getPopupContainer: inside, style: { width: '100%' } } as const;
  return (
    <Flex vertical gap={8} style={{ width: 300 }} data-testid="more-filters-panel">
      <Select {...common} aria-label="Lọc theo đơn vị" showSearch={{ filterOption: foldedFilter }} placeholder="Đơn vị" value={value.unitId} onChange={(unitId) => onChange({ unitId })} options={refs.units.map((u) => ({ value: u.id, label: u.name }))} />
      <Select {...common} aria-label="Lọc theo cán bộ" showSearch={{ filterOption: foldedFilter }} placeholder="Cán bộ" value={value.staffId} onChange={(staffId) => onChange({ staffId })} options={staffOptions(refs.staff)} />
      <Flex gap={8}>
        <Select {...common} aria-label="Lọc theo bộ quy tắc" placeholder="Bộ quy tắc" value={value.ruleSetId} onChange={(ruleSetId) => onChange({ ruleSetId, article: undefined })} options={ruleSets.map(([id, name]) => ({ value: id, label: name }))} />
        <Select {...common} aria-label="Lọc theo điều" placeholder="Điều" style={{ width: 110, flex: 'none' }} disabled={!value.ruleSetId} value={value.article} onChange={(article) => onChange({ article })} options={articles.map((a) => ({ value: a, label: `Điều ${a}` }))} />
      </Flex>
      <Select {...common} aria-label="Lọc theo trạng thái" placeholder="Trạng thái" value={value.state} onChange={(state) => onChange({ state })} options={VIOLATION_STATES.map((s) => ({ value: s, label: VIOLATION_STATE_LABELS[s] }))} />
      <Select
        {...common}
        aria-label="Lọc theo biện pháp"
        placeholder="Biện pháp xử lý"
        value={value.measure}
        onChange={(measure) => onChange({ measure })}
        options={[{ value: 'discipline', label: 'Mọi hình thức kỷ luật' }, { value: 'none', label: 'Chưa có biện pháp' }, ...HANDLING_MEASURES.map((m) => ({ value: m, label: MEASURE_LABELS[m] }))]}
      />
      <Button size="small" type="link" style={{ alignSelf: 'flex-end' }} onClick={() => onChange({ unitId: undefined, staffId: undefined, ruleSetId: undefined, article: undefined, state: undefined, measure: undefined })}>
        Bỏ các bộ lọc này
      </Button>
    </Flex>
  );
}
