/**
 * Người dùng (Cài đặt): who uses the app and in which role, PIN resets, the idle lock and the access
 * log (its own card, AccessLogPanel). Shown to the administrator, and to anyone while the data folder has no users yet (to create
 * the first administrator).
 */
import { useCallback, useEffect, useState } from 'react';
import { Button, Card, Flex, Form, Input, InputNumber, Modal, Select, Table, Typography } from 'antd';
import type { AuthState, UserView } from '../../../shared/api/accessContract';
import { ROLES, ROLE_LABELS, type Role } from '../../../shared/api/permissions';
import { useApiCall } from '../../lib/useApiCall';
import { showRecoveryCode } from '../access/RecoveryCodeNotice';
import { useAccessRefresh } from '../access/accessRefresh';

interface NewUser {
  name: string;
  role: Role;
  staffId?: string;
  pin: string;
}

export function UsersPanel() {
  const call = useApiCall();
  const [auth, setAuth] = useState<AuthState | null>(null);
  const [users, setUsers] = useState<UserView[]>([]);
  const [staff, setStaff] = useState<{ value: string; label: string }[]>([]);
  const [isAdding, setAdding] = useState(false);
  const [resetting, setResetting] = useState<string | null>(null);
  const [form] = Form.useForm<NewUser>();
  const [pinForm] = Form.useForm<{ pin: string }>();
  const [modal, holder] = Modal.useModal();
  const refreshAccess = useAccessRefresh();

  const load = useCallback(async () => {
    const state = await call((api) => api.getAuthState());
    if (!state.ok) return;
    setAuth(state.data);
    if (state.data.hasUsers && state.data.user?.role !== 'quan-tri') return;
    if (state.data.hasUsers) {
      const list = await call((api) => api.listUsers());
      if (list.ok) setUsers(list.data);
    }
    const roster = await call((api) => api.listStaff({}));
    if (roster.ok) setStaff(roster.data.map((s) => ({ value: s.id, label: `${s.fullName} (${s.code})` })));
  }, [call]);

  useEffect(() => {
    void load();
  }, [load]);

  if (!auth || (auth.hasUsers && auth.user?.role !== 'quan-tri')) return null;

  async function add() {
    const values = await form.validateFields();
    const result = await call((api) => api.createUser({ ...values, staffId: values.staffId ?? null }));
    if (!result.ok) return;
    setAdding(false);
    if (result.data.recoveryCode) {
      // The first administrator: the code is shown once, then the app asks who is working from now on.
      await showRecoveryCode(modal, result.data.recoveryCode);
      refreshAccess();
      return;
    }
    await load();
  }

  async function resetPin() {
    const { pin } = await pinForm.validateFields();
    const result = await call((api) => api.resetPin({ name: resetting ?? '', pin }));
    if (result.ok) setResetting(null);
  }

  const roleOptions = (auth.hasUsers ? ROLES : (['quan-tri'] as const)).map((r) => ({ value: r, label: ROLE_LABELS[r] }));
  return (
    <Card title="Người dùng" data-testid="users-panel">
      {holder}
      {!auth.hasUsers && (
        <Typography.Paragraph type="secondary">
          Chưa có người dùng: ai dùng máy này cũng làm được mọi việc. Tạo người dùng Quản trị đầu tiên để mỗi người đăng nhập bằng mã PIN của mình.
        </Typography.Paragraph>
      )}
      {auth.hasUsers && (
        <Table<UserView>
          size="small"
          rowKey="id"
          pagination={false}
          dataSource={users}
          columns={[
            { title: 'Tên', dataIndex: 'name' },
            { title: 'Vai trò', dataIndex: 'roleLabel' },
            { title: 'Cán bộ', dataIndex: 'staffName', render: (v: string | null) => v ?? '' },
            { title: '', key: 'pin', render: (_v, u) => <Button size="small" onClick={() => setResetting(u.name)}>Đặt lại mã PIN</Button> },
          ]}
        />
      )}
      <Flex gap={12} wrap align="center" style={{ marginTop: 16 }}>
        <Button type="primary" onClick={() => setAdding(true)}>{auth.hasUsers ? 'Thêm người dùng' : 'Tạo Quản trị đầu tiên'}</Button>
        {auth.hasUsers && (
          <>
            <span>Khóa sau</span>
            <InputNumber
              min={0}
              max={240}
              value={auth.lockAfterMinutes}
              aria-label="Khóa sau (phút)"
              onChange={(v) => {
                if (typeof v === 'number') void call((api) => api.updateSecuritySettings({ lockAfterMinutes: v })).then((r) => r.ok && setAuth(r.data));
              }}
            />
            <span>phút không sử dụng (0 = không khóa)</span>
          </>
        )}
      </Flex>
      <Modal open={isAdding} title={auth.hasUsers ? 'Thêm người dùng' : 'Tạo Quản trị đầu tiên'} okText="Lưu" cancelText="Hủy" onOk={() => void add()} onCancel={() => setAdding(false)} destroyOnHidden>
        <Form form={form} layout="vertical" preserve={false} initialValues={{ role: auth.hasUsers ? 'van-phong' : 'quan-tri' }}>
          <Form.Item name="name" label="Tên người dùng" rules={[{ required: true, message: 'Hãy nhập tên.' }]}><Input /></Form.Item>
          <Form.Item name="role" label="Vai trò"><Select options={roleOptions} /></Form.Item>
          <Form.Item name="staffId" label="Cán bộ trong danh sách (bắt buộc với Thủ trưởng đơn vị)"><Select allowClear showSearch optionFilterProp="label" options={staff} /></Form.Item>
          <Form.Item name="pin" label="Mã PIN" rules={[{ required: true, min: 4, message: 'Mã PIN: từ 4 ký tự.' }]}><Input.Password autoComplete="new-password" /></Form.Item>
        </Form>
      </Modal>
      <Modal open={resetting !== null} title={`Đặt lại mã PIN: ${resetting ?? ''}`} okText="Lưu" cancelText="Hủy" onOk={() => void resetPin()} onCancel={() => setResetting(null)} destroyOnHidden>
        <Form form={pinForm} layout="vertical" preserve={false}>
          <Form.Item name="pin" label="Mã PIN mới" rules={[{ required: true, min: 4, message: 'Mã PIN: từ 4 ký tự.' }]}><Input.Password autoComplete="new-password" /></Form.Item>
        </Form>
      </Modal>
    </Card>
  );
}
