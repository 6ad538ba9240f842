/** A lost administrator: the printed recovery code, the administrator's name and a new PIN. */
import { Form, Input, Modal } from 'antd';
import type { AuthState } from '../../../shared/api/accessContract';
import { useApiCall } from '../../lib/useApiCall';
import { showRecoveryCode } from './RecoveryCodeNotice';

interface Props {
  isOpen: boolean;
  onClose: () => void;
  onRecovered: (state: AuthState) => void;
}

export function RecoverAdminModal({ isOpen, onClose, onRecovered }: Props) {
  const call = useApiCall();
  const [form] = Form.useForm<{ code: string; name: string; pin: string }>();
  const [modal, holder] = Modal.useModal();

  async function submit() {
    const values = await form.validateFields();
    const result = await call((api) => api.recoverAdmin(values));
    if (!result.ok) return;
    const code = result.data.recoveryCode;
    const state = await call((api) => api.getAuthState());
    onClose();
    if (code) await showRecoveryCode(modal, code);
    if (state.ok) onRecovered(state.data);
  }

  return (
    <>
      {holder}
      <Modal open={isOpen} title="Khôi phục Quản trị" okText="Đặt mã PIN mới" cancelText="Hủy" onOk={() => void submit()} onCancel={onClose} destroyOnHidden>
        <Form form={form} layout="vertical" preserve={false}>
          <Form.Item name="code" label="Mã khôi phục (in khi tạo Quản trị đầu tiên)" rules={[{ required: true, message: 'Hãy nhập mã khôi phục.' }]}>
            <Input />
          </Form.Item>
          <Form.Item name="name" label="Tên Quản trị" rules={[{ required: true, message: 'Hãy nhập tên Quản trị.' }]}>
            <Input />
          </Form.Item>
          <Form.Item name="pin" label="Mã PIN mới" rules={[{ required: true, min: 4, message: 'Mã PIN: từ 4 ký tự.' }]}>
            <Input.Password autoComplete="new-password" />
          </Form.Item>
        </Form>
      </Modal>
    </>
  );
}
