/** Conditions that force a rating whatever the points (e.g. kỷ luật từ khiển trách trở lên trong năm → KHTNV). */
import { Button, Input, Select, Space } from 'antd';
import { RATINGS, RATING_LABELS, type Rating, type RatingTrigger } from '../../../shared/schema/criteria';
import { DISCIPLINE_FORMS, MEASURE_LABELS, type DisciplineForm } from '../../../shared/schema/violation';

interface Props {
  triggers: RatingTrigger[];
  onChange: (triggers: RatingTrigger[]) => void;
}

function freeId(triggers: RatingTrigger[]): string {
  let n = triggers.length + 1;
  while (triggers.some((t) => t.id === `dieu-kien-${n}`)) n += 1;
  return `dieu-kien-${n}`;
}

export function TriggersEditor({ triggers, onChange }: Props) {
  const patch = (i: number, change: Partial<RatingTrigger>) => onChange(triggers.map((t, j) => (j === i ? { ...t, ...change } : t)));
  const add = () => onChange([...triggers, { id: freeId(triggers), kind: 'disciplineInYear', minForm: 'reprimand', forceRating: 'fails', label: '', source: '' }]);
  return (
    <div data-testid="triggers-editor" style={{ marginBottom: 12 }}>
      <div style={{ fontWeight: 600, marginBottom: 4 }}>Điều kiện buộc xếp loại (không phụ thuộc số điểm)</div>
      {triggers.length === 0 && <div style={{ color: '#888' }}>Chưa có điều kiện nào.</div>}
      {triggers.map((t, i) => (
        <Space key={t.id} wrap style={{ display: 'flex', marginBottom: 6 }}>
          <Input aria-label={`Nội dung điều kiện ${i + 1}`} style={{ width: 340 }} value={t.label} placeholder="Ví dụ: Bị kỷ luật từ khiển trách trở lên trong năm" onChange={(e) => patch(i, { label: e.target.value })} />
          <span>khi bị kỷ luật từ</span>
          <Select aria-label={`Hình thức kỷ luật nhẹ nhất ${i + 1}`} style={{ width: 170 }} value={t.minForm} options={DISCIPLINE_FORMS.map((f) => ({ value: f, label: MEASURE_LABELS[f] }))} onChange={(v: DisciplineForm) => patch(i, { minForm: v })} />
          <span>trở lên trong năm → xếp loại</span>
          <Select aria-label={`Xếp loại buộc ${i + 1}`} style={{ width: 240 }} value={t.forceRating} options={RATINGS.map((r) => ({ value: r, label: RATING_LABELS[r] }))} onChange={(v: Rating) => patch(i, { forceRating: v })} />
          <Input aria-label={`Căn cứ điều kiện ${i + 1}`} style={{ width: 300 }} value={t.source} placeholder="Căn cứ (văn bản)" onChange={(e) => patch(i, { source: e.target.value })} />
          <Button size="small" danger onClick={() => onChange(triggers.filter((_, j) => j !== i))}>Xóa</Button>
        </Space>
      ))}
      <Button size="small" onClick={add}>Thêm điều kiện</Button>
    </div>
  );
}
