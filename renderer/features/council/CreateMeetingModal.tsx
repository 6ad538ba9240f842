/** A new council meeting: year-end or six-month, date and place, chairman, secretary and members from the roster. */
import { useQuery } from '@tanstack/react-query';
import { Form, Input, Modal, Select } from 'antd';
import { apiQuery } from '../../lib/queryClient';
import { useApiCall } from '../../lib/useApiCall';
import { viDayToIso } from './councilFormat';

interface Values {
  half: 'year' | '1' | '2';
  date?: string;
  place?: string;
  chair?: string;
  secretary?: string;
  members?: string[];
}

export function CreateMeetingModal({ year, onClose, onCreated }: { year: number; onClose: () => void; onCreated: (id: string) => void }) {
  const call = useApiCall();
  const [form] = Form.useForm<Values>();
  const staff = useQuery({ queryKey: ['council', 'staff'], queryFn: () => apiQuery((api) => api.listStaff({ status: 'active' })) });
  const options = (staff.data ?? []).map((s) => ({ value: s.id, label: `${s.fullName} — ${s.position}` }));
  const submit = async () => {
    const v = await form.validateFields();
    const chosen = [...new Set([v.chair, v.secretary, ...(v.members ?? [])].filter((x): x is string => Boolean(x)))];
    const members = chosen.length === 0 ? undefined : chosen.map((staffId) => ({ staffId, role: staffId === v.chair ? 'chair' as const : staffId === v.secretary ? 'secretary' as const : 'member' as const, isPresent: true, absenceNote: '' }));
    const r = await call((api) => api.createCouncilMeeting({ year, half: v.half === 'year' ? null : (Number(v.half) as 1 | 2), date: viDayToIso(v.date), place: v.place ?? '', ...(members ? { members } : {}) }));
    if (r.ok) onCreated(r.data.id);
  };
  return (
    <Modal open title={`Tạo cuộc họp Hội đồng thi đua – khen thưởng năm ${year}`} okText="Tạo cuộc họp" cancelText="Hủy" onOk={() => void submit()} onCancel={onClose} width={640}>
      <Form form={form} layout="vertical" initialValues={{ half: 'year' }}>
        <Form.Item name="half" label="Cuộc họp">
          <Select aria-label="Loại cuộc họp" options={[{ value: 'year', label: `Xét danh hiệu cuối năm ${year}` }, { value: '1', label: 'Sơ kết 6 tháng đầu năm' }, { value: '2', label: 'Sơ kết 6 tháng cuối năm' }]} />
        </Form.Item>
        <Form.Item name="date" label="Ngày họp" rules={[{ validator: async (_r, v?: string) => { if (v && !viDayToIso(v)) throw new Error('Ngày họp có dạng dd/mm/yyyy'); } }]}>
          <Input aria-label="Ngày họp" placeholder="dd/mm/yyyy" />
        </Form.Item>
        <Form.Item name="place" label="Địa điểm"><Input aria-label="Địa điểm họp" /></Form.Item>
        <Form.Item name="chair" label="Chủ tịch Hội đồng"><Select aria-label="Chủ tịch Hội đồng" showSearch optionFilterProp="label" allowClear options={options} /></Form.Item>
        <Form.Item name="secretary" label="Thư ký"><Select aria-label="Thư ký Hội đồng" showSearch optionFilterProp="label" allowClear options={options} /></Form.Item>
        <Form.Item name="members" label="Ủy viên" extra="Để trống cả ba ô: Hội đồng giữ thành phần như lần họp trước.">
          <Select aria-label="Ủy viên Hội đồng" mode="multiple" showSearch optionFilterProp="label" options={options} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
