/**
 * The ward's scoring settings, each labelled with its source or as the ward's own choice: how often it
 * scores (month/quarter, ND 335/2025 Điều 14), how longer periods roll up (do phường tự quy định),
 * where the 20 % cap is checked and the groups of units with similar tasks, and the months of service
 * before Lao động tiên tiến.
 */
import { useEffect, useState } from 'react';
import { Checkbox, Form, Input, InputNumber, Modal, Radio, Select, Space, Button } from 'antd';
import { FIT_MODAL } from '../../components/modalFit';
import type { ScoringSettingsView, TaskGroup } from '../../../shared/api/scoringTypes';
import { CAP_SCOPE_LABELS, type CapScope } from '../../../shared/domain/rating';
import { ROLLUP_METHODS, ROLLUP_METHOD_LABELS } from '../../../shared/domain/rollup';
import { useApiCall } from '../../lib/useApiCall';

const SCOPES: CapScope[] = ['unit', 'ward', 'taskGroup'];

export function ScoringSettingsModal({ onClose, onSaved }: { onClose: () => void; onSaved: () => void }) {
  const call = useApiCall();
  const [settings, setSettings] = useState<ScoringSettingsView | null>(null);
  const [units, setUnits] = useState<{ id: string; name: string }[]>([]);
  useEffect(() => {
    void call((api) => api.getScoringSettings({})).then((r) => r.ok && setSettings(r.data));
    void call((api) => api.listUnits({})).then((r) => r.ok && setUnits(r.data.map((u) => ({ id: u.id, name: u.name }))));
  }, [call]);
  const patch = (p: Partial<ScoringSettingsView>) => setSettings((s) => (s ? { ...s, ...p } : s));
  const setGroup = (i: number, g: Partial<TaskGroup>) => patch({ taskGroups: (settings?.taskGroups ?? []).map((x, j) => (j === i ? { ...x, ...g } : x)) });
  const save = async () => {
    if (!settings) return;
    const { rollupMethod, soldierRatio, cadence, capScopes, taskGroups, minServiceMonths } = settings;
    const r = await call((api) => api.updateScoringSettings({ rollupMethod, soldierRatio, cadence, capScopes, taskGroups: taskGroups.filter((g) => g.name.trim()), minServiceMonths }));
    if (r.ok) onSaved();
  };
  return (
    <Modal {...FIT_MODAL} open width={720} title="Cài đặt chấm điểm" okText="Lưu" cancelText="Hủy" onCancel={onClose} onOk={() => void save()} data-testid="scoring-settings-modal">
      {settings && (
        <Form layout="vertical">
          <Form.Item label="Kỳ chấm điểm trực tiếp" extra="Nghị định 335/2025 Điều 14: so sánh sản phẩm hằng tháng hoặc quý — chọn tháng hay quý do phường tự quy định.">
            <Radio.Group value={settings.cadence} onChange={(e) => patch({ cadence: e.target.value })} options={[{ value: 'month', label: 'Hằng tháng' }, { value: 'quarter', label: 'Hằng quý' }]} />
          </Form.Item>
          <Form.Item label="Cách tính quý, 6 tháng, năm từ các kỳ đã chấm" extra="Nguồn hiện có không quy định cách tổng hợp: do phường tự quy định.">
            <Select value={settings.rollupMethod} onChange={(v) => patch({ rollupMethod: v })} options={ROLLUP_METHODS.map((m) => ({ value: m, label: ROLLUP_METHOD_LABELS[m] }))} />
          </Form.Item>
          <Form.Item label='Kiểm tra tỷ lệ "xuất sắc" ≤ 20% số "tốt"' extra="Nghị định 335/2025: trong cùng cơ quan và từng nhóm nhiệm vụ tương đồng (trích theo báo chí). Kiểm tra theo từng đơn vị do phường tự quy định.">
            <Checkbox.Group value={settings.capScopes} onChange={(v) => patch({ capScopes: v as CapScope[] })} options={SCOPES.map((s) => ({ value: s, label: CAP_SCOPE_LABELS[s] }))} />
          </Form.Item>
          <Form.Item label="Nhóm nhiệm vụ tương đồng (do phường tự quy định)">
            {settings.taskGroups.map((g, i) => (
              <Space key={g.id} style={{ display: 'flex', marginBottom: 4 }}>
                <Input aria-label="Tên nhóm nhiệm vụ" value={g.name} onChange={(e) => setGroup(i, { name: e.target.value })} style={{ width: 220 }} />
                <Select mode="multiple" aria-label="Các đơn vị của nhóm" value={g.unitIds} onChange={(v) => setGroup(i, { unitIds: v })} options={units.map((u) => ({ value: u.id, label: u.name }))} style={{ width: 380 }} />
              </Space>
            ))}
            <Button size="small" onClick={() => patch({ taskGroups: [...settings.taskGroups, { id: `g${Date.now()}`, name: '', unitIds: [] }] })}>Thêm nhóm</Button>
          </Form.Item>
          <Form.Item label='Số tháng công tác tối thiểu để đề nghị "Lao động tiên tiến"' extra={settings.minServiceNote}>
            <InputNumber decimalSeparator="," min={0} max={24} value={settings.minServiceMonths} onChange={(v) => v !== null && patch({ minServiceMonths: v })} />
          </Form.Item>
          <Form.Item label="Tỷ lệ Chiến sĩ thi đua cơ sở trên số Lao động tiên tiến" extra={settings.soldierRatioNote}>
            <InputNumber decimalSeparator="," min={0} max={1} step={0.01} value={settings.soldierRatio} onChange={(v) => v !== null && patch({ soldierRatio: v })} />
          </Form.Item>
        </Form>
      )}
    </Modal>
  );
}
