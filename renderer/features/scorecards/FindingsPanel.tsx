/**
 * Findings that force "Không hoàn thành nhiệm vụ" (a concluded degradation; for leaders, a concluded
 * corruption or waste case in their unit): each dated, with its conclusion and reason, and withdrawn only with a reason.
 */
import { useCallback, useEffect, useState } from 'react';
import { App, Button, DatePicker, Form, Input, Modal, Select, Tag } from 'antd';
import { FIT_MODAL } from '../../components/modalFit';
import type { Dayjs } from 'dayjs';
import type { EvaluationRecordView } from '../../../shared/api/evaluationTypes';
import { FINDING_KINDS, FINDING_LABELS, type FindingKind } from '../../../shared/schema/evaluation';
import { formatDateVi } from '../../lib/format';
import { useApiCall } from '../../lib/useApiCall';

interface FormValues {
  kind: FindingKind;
  date: Dayjs;
  decision: string;
  reason: string;
}

export function FindingsPanel({ staffId, year, onChanged }: { staffId: string; year: number; onChanged: () => void }) {
  const call = useApiCall();
  const { modal } = App.useApp();
  const [records, setRecords] = useState<EvaluationRecordView[]>([]);
  const [isAdding, setAdding] = useState(false);
  const [form] = Form.useForm<FormValues>();
  const load = useCallback(async () => {
    const r = await call((api) => api.listEvaluationRecords({ year, staffId }));
    if (r.ok) setRecords(r.data.filter((x) => x.kind === 'finding'));
  }, [call, year, staffId]);
  useEffect(() => {
    void load();
  }, [load]);
  const save = async () => {
    const v = await form.validateFields();
    const r = await call((api) => api.saveFinding({ staffId, kind: v.kind, date: v.date.format('YYYY-MM-DD'), decision: v.decision, reason: v.reason }));
    if (!r.ok) return;
    setAdding(false);
    form.resetFields();
    await load();
    onChanged();
  };
  const withdraw = (rec: EvaluationRecordView) => {
    let reason = '';
    modal.confirm({
      title: `Hủy kết luận “${rec.label}” ngày ${formatDateVi(rec.date)} (${rec.decision}) của ${rec.name}?`,
      content: <Input.TextArea aria-label="Lý do hủy" rows={2} onChange={(e) => (reason = e.target.value)} />,
      okText: 'Hủy kết luận', cancelText: 'Đóng',
      onOk: async () => {
        const r = await call((api) => api.deleteEvaluationRecord({ id: rec.id, reason }));
        if (!r.ok) throw new Error(r.error.message);
        await load();
        onChanged();
      },
    });
  };
  return (
    <div style={{ marginTop: 12 }} data-testid="findings-panel">
      <strong>Kết luận buộc xếp loại "Không hoàn thành nhiệm vụ"</strong>
      {records.length === 0 && <div style={{ color: '#888' }}>Không có kết luận nào trong năm {year}.</div>}
      {records.map((rec) => (
        <div key={rec.id} data-testid="finding-line">
          <Tag color="red">{formatDateVi(rec.date)}</Tag>{rec.label} — {rec.decision}: {rec.reason} <span style={{ color: '#888' }}>(người nhập: {rec.createdBy})</span>{' '}
          <Button size="small" type="link" onClick={() => withdraw(rec)}>Hủy</Button>
        </div>
      ))}
      <div><Button size="small" onClick={() => setAdding(true)}>Ghi kết luận…</Button></div>
      <div style={{ color: '#888', fontSize: 12 }}>{records[0]?.source ?? 'Căn cứ: Nghị định 335/2025/NĐ-CP, điều về mức "Không hoàn thành nhiệm vụ" (trích theo báo chí, cần đối chiếu văn bản gốc).'}</div>
      <Modal {...FIT_MODAL} open={isAdding} title="Ghi kết luận" okText="Lưu" cancelText="Hủy" onCancel={() => setAdding(false)} onOk={() => void save()} destroyOnHidden>
        <Form form={form} layout="vertical" initialValues={{ kind: 'degradation' }}>
          <Form.Item name="kind" label="Nội dung" rules={[{ required: true }]}>
            <Select options={FINDING_KINDS.map((k) => ({ value: k, label: FINDING_LABELS[k] }))} />
          </Form.Item>
          <Form.Item name="date" label="Ngày kết luận" rules={[{ required: true, message: 'Chọn ngày kết luận' }]}>
            <DatePicker format="DD/MM/YYYY" />
          </Form.Item>
          <Form.Item name="decision" label="Số, cơ quan kết luận" rules={[{ required: true, min: 3, message: 'Ghi số, cơ quan kết luận' }]}>
            <Input maxLength={300} />
          </Form.Item>
          <Form.Item name="reason" label="Nội dung kết luận" rules={[{ required: true, min: 5, message: 'Ghi nội dung (ít nhất 5 ký tự)' }]}>
            <Input.TextArea rows={3} maxLength={2000} />
          </Form.Item>
        </Form>
      </Modal>
    </div>
  );
}
