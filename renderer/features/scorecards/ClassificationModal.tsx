/**
 * The official annual classification of a person (viên chức, người lao động, cán bộ — or a công chức's
 * decided classification): the rating, the decision and its date. Titles are judged on it; the
 * conduct scorecard stays supporting evidence.
 */
import { DatePicker, Form, Input, Modal, Select } from 'antd';
import { FIT_MODAL } from '../../components/modalFit';
import type { Dayjs } from 'dayjs';
import type { TitleCandidate } from '../../../shared/api/scoringTypes';
import { RATINGS, RATING_LABELS, type Rating } from '../../../shared/schema/criteria';
import { useApiCall } from '../../lib/useApiCall';

interface FormValues {
  rating: Rating;
  date: Dayjs;
  decision: string;
  reason: string;
}

export function ClassificationModal({ candidate, year, onClose, onSaved }: { candidate: TitleCandidate; year: number; onClose: () => void; onSaved: () => void }) {
  const call = useApiCall();
  const [form] = Form.useForm<FormValues>();
  const save = async () => {
    const v = await form.validateFields();
    const r = await call((api) => api.saveClassification({ staffId: candidate.subjectId, year, rating: v.rating, date: v.date.format('YYYY-MM-DD'), decision: v.decision, reason: v.reason ?? '' }));
    if (r.ok) onSaved();
  };
  return (
    <Modal {...FIT_MODAL} open title={`Xếp loại chất lượng năm ${year} — ${candidate.name}`} okText="Lưu" cancelText="Hủy" onCancel={onClose} onOk={() => void save()} data-testid="classification-modal">
      <p style={{ color: '#555' }}>Nhập theo kết quả đánh giá, xếp loại chính thức. Danh hiệu được xét theo xếp loại này; bảng chấm điểm văn hóa công sở chỉ là minh chứng.</p>
      <Form form={form} layout="vertical" initialValues={{ rating: candidate.classification?.rating ?? 'good' }}>
        <Form.Item name="rating" label="Xếp loại" rules={[{ required: true }]}>
          <Select options={RATINGS.map((r) => ({ value: r, label: RATING_LABELS[r] }))} />
        </Form.Item>
        <Form.Item name="date" label="Ngày quyết định" rules={[{ required: true, message: 'Chọn ngày quyết định' }]}>
          <DatePicker format="DD/MM/YYYY" />
        </Form.Item>
        <Form.Item name="decision" label="Số quyết định, cơ quan" rules={[{ required: true, min: 3, message: 'Ghi số quyết định' }]}>
          <Input maxLength={300} />
        </Form.Item>
        <Form.Item name="reason" label="Ghi chú" rules={[{ required: true, min: 5, message: 'Ghi chú ít nhất 5 ký tự' }]} initialValue="Theo kết quả đánh giá, xếp loại chất lượng năm">
          <Input.TextArea rows={2} maxLength={2000} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
