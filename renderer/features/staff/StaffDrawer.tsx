/**
 * A person's page: details, then their violations, commendations, scores by period and commitment
 * (each row opens its record), the status change and the audit trail.
 */
import { useState } from 'react';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Button, Descriptions, Drawer, Flex, Skeleton, Tabs, Typography } from 'antd';
import type { StaffDetail, UnitView } from '../../../shared/api/rosterTypes';
import { LoadError } from '../../components/LoadError';
import { formatDayVi } from '../../lib/format';
import { apiQuery, queryKeys } from '../../lib/queryClient';
import { StaffCommendations } from './record/StaffCommendations';
import { StaffTitles } from './record/StaffTitles';
import { StaffCommitment } from './record/StaffCommitment';
import { StaffScores } from './record/StaffScores';
import { StaffViolations } from './record/StaffViolations';
import { PersonExportButton } from './PersonExportButton';
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

function Details({ detail }: { detail: StaffDetail }) {
  return (
    <Descriptions bordered size="small" column={2} data-testid="staff-details">
      <Descriptions.Item label="Mã CB">{detail.code}</Descriptions.Item>
      <Descriptions.Item label="Họ và tên">{detail.fullName}</Descriptions.Item>
      <Descriptions.Item label="Giới tính">{genderLabel(detail.gender)}</Descriptions.Item>
      <Descriptions.Item label="Ngày sinh">{formatDayVi(detail.birthDate)}</Descriptions.Item>
      <Descriptions.Item label="Số CCCD">
        <span data-testid="staff-details-id-number">{detail.idNumberMasked}</span>
      </Descriptions.Item>
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
  );
}

export function StaffDrawer({ id, units, onClose, onChanged }: Props) {
  const queryClient = useQueryClient();
  const query = useQuery({ queryKey: queryKeys.staffDetail(id), queryFn: () => apiQuery((api) => api.getStaff({ id })) });
  const detail = query.data;
  const [isEditing, setEditing] = useState(false);

  function saved(next: StaffDetail) {
    queryClient.setQueryData(queryKeys.staffDetail(id), next);
    setEditing(false);
    onChanged();
  }

  return (
    <Drawer
      open
      size={800}
      title={detail?.fullName ?? 'Hồ sơ cán bộ'}
      onClose={onClose}
      data-testid="staff-drawer"
      extra={
        detail && (
          <Flex gap={8}>
            <PersonExportButton staffId={id} />
            <Button type="primary" onClick={() => setEditing(true)}>Sửa</Button>
          </Flex>
        )
      }
    >
      {query.isError && <LoadError what="hồ sơ cán bộ" error={query.error} onRetry={() => void query.refetch()} />}
      {query.isPending && <Skeleton active />}
      {detail && (
        <>
          <Typography.Text type="secondary" data-testid="staff-summary">
            {[detail.code, detail.position, detail.unitName, categoryLabel(detail.category), statusLabel(detail.status)].filter(Boolean).join(' · ')}
          </Typography.Text>
          <Tabs
            data-testid="staff-record-tabs"
            style={{ marginTop: 4 }}
            // Seven tabs in the 800 px drawer: a narrower gap keeps every one in sight (none folds into "…").
            tabBarGutter={16}
            items={[
              { key: 'info', label: 'Thông tin', children: <Details detail={detail} /> },
              { key: 'violations', label: 'Vi phạm', children: <StaffViolations staffId={id} /> },
              { key: 'commendations', label: 'Khen thưởng', children: <><StaffCommendations staffId={id} /><StaffTitles staffId={id} /></> },
              { key: 'scores', label: 'Điểm thi đua', children: <StaffScores staffId={id} /> },
              { key: 'commitment', label: 'Cam kết', children: <StaffCommitment detail={detail} /> },
              { key: 'status', label: 'Trạng thái công tác', children: <StatusChange key={detail.updatedAt} detail={detail} onSaved={saved} /> },
              { key: 'history', label: 'Lịch sử thay đổi', children: <StaffHistory history={detail.history} units={units} /> },
            ]}
          />
          {isEditing && <StaffFormDrawer detail={detail} units={units} onClose={() => setEditing(false)} onSaved={saved} />}
        </>
      )}
    </Drawer>
  );
}
