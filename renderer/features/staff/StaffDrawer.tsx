/** A person's page: details, editing, status change, the audit trail, and the sections still to come. */
import { useCallback, useEffect, useState } from 'react';
import { Alert, Button, Descriptions, Divider, Drawer, Empty, Skeleton, Typography } from 'antd';
import type { StaffDetail, UnitView } from '../../../shared/api/rosterTypes';
import { formatDayVi } from '../../lib/format';
import { useApiCall } from '../../lib/useApiCall';
import { StaffFormDrawer } from './StaffFormDrawer';
import { StaffHistory } from './StaffHistory';
import { categoryLabel, genderLabel, statusLabel } from './staffFormat';
import { StatusChange } from './StatusChange';

interface Props {
  id: string;
  units: UnitView[];
  onClose: () => void;
  onChanged: () => void;
}

const NOT_YET = 'Chưa có dữ liệu — chức năng đang được xây dựng';

export function StaffDrawer({ id, units, onClose, onChanged }: Props) {
  const call = useApiCall();
  const [detail, setDetail] = useState<StaffDetail | null>(null);
  const [loadError, setLoadError] = useState<string | null>(null);
  const [isEditing, setEditing] = useState(false);

  const load = useCallback(async () => {
    const result = await call((api) => api.getStaff({ id }));
    if (result.ok) setDetail(result.data);
    else setLoadError(result.error.message);
  }, [call, id]);

  useEffect(() => {
    void load();
  }, [load]);

  function saved(next: StaffDetail) {
    setDetail(next);
    setEditing(false);
    onChanged();
  }

  return (
    <Drawer
      open
      size={760}
      title={detail?.fullName ?? 'Hồ sơ cán bộ'}
      onClose={onClose}
      data-testid="staff-drawer"
      extra={detail && <Button type="primary" onClick={() => setEditing(true)}>Sửa</Button>}
    >
      {loadError && <Alert type="error" showIcon title={loadError} />}
      {!detail && !loadError && <Skeleton active />}
      {detail && (
        <>
          <Descriptions bordered size="small" column={2} data-testid="staff-details">
            <Descriptions.Item label="Mã CB">{detail.code}</Descriptions.Item>
            <Descriptions.Item label="Họ và tên">{detail.fullName}</Descriptions.Item>
            <Descriptions.Item label="Giới tính">{genderLabel(detail.gender)}</Descriptions.Item>
            <Descriptions.Item label="Ngày sinh">{formatDayVi(detail.birthDate)}</Descriptions.Item>
            <Descriptions.Item label="Loại">{categoryLabel(detail.category)}</Descriptions.Item>
            <Descriptions.Item label="Chức vụ">{detail.position}</Descriptions.Item>
            <Descriptions.Item label="Chức danh/ngạch">{detail.title}</Descriptions.Item>
            <Descriptions.Item label="Đơn vị">{detail.unitName}</Descriptions.Item>
            <Descriptions.Item label="Điện thoại">{detail.phone}</Descriptions.Item>
            <Descriptions.Item label="Email">{detail.email}</Descriptions.Item>
            <Descriptions.Item label="Ngày vào cơ quan">{formatDayVi(detail.startDate)}</Descriptions.Item>
            <Descriptions.Item label="Đảng viên">{detail.isPartyMember ? 'Có' : 'Không'}</Descriptions.Item>
            <Descriptions.Item label="Trạng thái">
              {statusLabel(detail.status)}
              {detail.statusDate && detail.status !== 'active' ? ` từ ${formatDayVi(detail.statusDate)}` : ''}
            </Descriptions.Item>
            <Descriptions.Item label="Ngày ký cam kết">{formatDayVi(detail.commitmentSignedAt) || 'Chưa ký'}</Descriptions.Item>
            <Descriptions.Item label="Ghi chú" span={2}>
              {detail.notes}
            </Descriptions.Item>
          </Descriptions>

          <Divider titlePlacement="start">Trạng thái công tác</Divider>
          <StatusChange key={detail.updatedAt} detail={detail} onSaved={saved} />

          <Divider titlePlacement="start">Lịch sử thay đổi</Divider>
          <StaffHistory history={detail.history} units={units} />

          {['Vi phạm', 'Khen thưởng', 'Điểm thi đua'].map((section) => (
            <div key={section}>
              <Divider titlePlacement="start">{section}</Divider>
              <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={<Typography.Text type="secondary">{NOT_YET}</Typography.Text>} />
            </div>
          ))}
          {isEditing && <StaffFormDrawer detail={detail} units={units} onClose={() => setEditing(false)} onSaved={saved} />}
        </>
      )}
    </Drawer>
  );
}
