/** Bộ tiêu chí: the sets with their criteria, points, deductions, bands and triggers; the ward's edits are saved as a new version. */
import { useEffect, useState } from 'react';
import { Alert, App, Button, Card, InputNumber, Select, Space, Table, Tag } from 'antd';
import type { CriteriaSetView } from '../../../shared/api/scoringTypes';
import { checkCriteriaSet, criterionLeaves, setMaxPoints, type CriterionLeaf } from '../../../shared/domain/criteria';
import { formatPoints } from '../../../shared/domain/scoringMath';
import type { Criterion, RatingBand, RatingTrigger } from '../../../shared/schema/criteria';
import { MEASURE_LABELS, type HandlingMeasure } from '../../../shared/schema/violation';
import { useApiCall } from '../../lib/useApiCall';
import { BandsEditor } from './BandsEditor';
import { TriggersEditor } from './TriggersEditor';

const EDITABLE: HandlingMeasure[] = ['reminder', 'criticism', 'selfCriticism'];

function patchTree(criteria: Criterion[], id: string, patch: Partial<Criterion>): Criterion[] {
  return criteria.map((c) => (c.id === id ? { ...c, ...patch } : { ...c, children: patchTree(c.children, id, patch) }));
}

export function CriteriaTab() {
  const call = useApiCall();
  const { message } = App.useApp();
  const [sets, setSets] = useState<CriteriaSetView[]>([]);
  const [chosen, setChosen] = useState('nd335-2025');
  const [draft, setDraft] = useState<CriteriaSetView | null>(null);
  useEffect(() => {
    void call((api) => api.listCriteriaSets({})).then((r) => r.ok && setSets(r.data));
  }, [call]);
  const set = draft ?? sets.find((s) => s.setId === chosen) ?? null;
  const edit = (id: string, patch: Partial<Criterion>) => set && setDraft({ ...set, criteria: patchTree(set.criteria, id, patch) });
  const setBands = (bands: RatingBand[]) => set && setDraft({ ...set, bands });
  const setTriggers = (triggers: RatingTrigger[]) => set && setDraft({ ...set, triggers });
  const problems = draft ? checkCriteriaSet(draft) : [];
  const save = async () => {
    if (!draft) return;
    const { isShipped: _s, maxPoints: _m, versions: _v, ...fields } = draft;
    const bands = [...fields.bands].sort((a, b) => b.minPoints - a.minPoints);
    const r = await call((api) => api.saveCriteriaSet({ set: { ...fields, bands } }));
    if (r.ok) {
      setSets((all) => all.map((s) => (s.setId === r.data.setId ? r.data : s)));
      setDraft(null);
      void message.success(`Đã lưu phiên bản ${r.data.version}. Các kỳ đã khóa giữ phiên bản cũ.`);
    }
  };
  return (
    <div data-testid="criteria-tab">
      <Space style={{ marginBottom: 8 }}>
        <Select aria-label="Chọn bộ tiêu chí" value={chosen} style={{ width: 360 }} options={sets.map((s) => ({ value: s.setId, label: s.shortName }))} onChange={(v: string) => { setChosen(v); setDraft(null); }} />
        {draft && <Button type="primary" onClick={() => void save()} data-testid="save-criteria-set">Lưu thành phiên bản mới</Button>}
        {draft && <Button onClick={() => setDraft(null)}>Bỏ thay đổi</Button>}
      </Space>
      {set && (
        <Card size="small" title={`${set.name} — phiên bản ${set.version}, tối đa ${formatPoints(set.maxPoints)} điểm`}>
          <p>{set.basis}</p>
          {set.notes.map((n) => <Alert key={n} type="info" showIcon message={n} style={{ marginBottom: 4 }} />)}
          <p data-testid="criteria-versions">Các phiên bản: {set.versions.map((v) => <Tag key={v} color={v === set.version ? 'blue' : undefined}>{v}</Tag>)} — kỳ đã chấm giữ phiên bản đã dùng khi chấm.</p>
          <BandsEditor bands={set.bands} maxPoints={draft ? setMaxPoints(draft) : set.maxPoints} onChange={setBands} />
          <TriggersEditor triggers={set.triggers} onChange={setTriggers} />
          {problems.length > 0 && <Alert type="error" showIcon style={{ marginBottom: 8 }} data-testid="criteria-problems" title="Chưa lưu được:" description={<ul style={{ margin: 0 }}>{problems.map((p) => <li key={p}>{p}</li>)}</ul>} />}
          <Table<CriterionLeaf> size="small" rowKey="id" pagination={false} dataSource={criterionLeaves(set.criteria)} columns={[
            { title: 'Tiêu chí', render: (_: unknown, c) => [...c.path, c.name].join(' › ') },
            { title: 'Tối đa', render: (_: unknown, c) => <InputNumber decimalSeparator="," aria-label={`Điểm tối đa ${c.name}`} size="small" min={0} value={c.maxPoints} onChange={(v) => v !== null && edit(c.id, { maxPoints: v })} /> },
            ...EDITABLE.map((m) => ({
              title: `Trừ khi ${MEASURE_LABELS[m].toLowerCase()}`,
              render: (_: unknown, c: CriterionLeaf) => <InputNumber decimalSeparator="," size="small" min={0} value={c.deductions[m] ?? 0} onChange={(v) => edit(c.id, { deductions: { ...c.deductions, [m]: v ?? 0 } })} />,
            })),
            { title: 'Ghi chú', render: (_: unknown, c) => c.note },
          ]} />
        </Card>
      )}
    </div>
  );
}
