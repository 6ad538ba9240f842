/** The person page's "Vi phạm": every violation naming this person, newest first; a row opens the violation. */
import { useState } from 'react';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Table, Tag } from 'antd';
import type { ViolationRow } from '../../../../shared/api/violationsTypes';
import { formatIsoDay } from '../../../../shared/domain/violationDates';
import { LoadError } from '../../../components/LoadError';
import { apiQuery, queryKeys } from '../../../lib/queryClient';
import { ViolationDrawer } from '../../violations/ViolationDrawer';
import { WithViolationRefs } from './WithViolationRefs';

export function StaffViolations({ staffId }: { staffId: string }) {
  const queryClient = useQueryClient();
  const [openId, setOpenId] = useState<string | null>(null);
  const query = useQuery({ queryKey: queryKeys.staffViolations(staffId), queryFn: () => apiQuery((api) => api.listViolations({ staffId })) });
  if (query.isError) return <LoadError what="các vi phạm của người này" error={query.error} onRetry={() => void query.refetch()} />;
  return (
    <>
      <Table<ViolationRow>
        size="small"
        rowKey="id"
        data-testid="staff-violations"
        loading={query.isPending}
        dataSource={query.data?.rows ?? []}
        pagination={{ pageSize: 5, hideOnSinglePage: true, size: 'small' }}
        onRow={(row) => ({ onClick: () => setOpenId(row.id), style: { cursor: 'pointer' } })}
        locale={{ emptyText: 'Không có vi phạm nào.' }}
        columns={[
          { key: 'date', title: 'Ngày', dataIndex: 'date', width: 100, render: (d: string) => formatIsoDay(d) },
          { key: 'description', title: 'Nội dung', dataIndex: 'description', ellipsis: true },
          { key: 'state', title: 'Trạng thái', dataIndex: 'stateLabel', width: 120, render: (label: string) => <Tag>{label}</Tag> },
          { key: 'measure', title: 'Biện pháp', dataIndex: 'measureLabel', width: 140 },
        ]}
      />
      {openId && (
        <WithViolationRefs>
          {(refs) => (
            <ViolationDrawer
              id={openId}
              refs={refs}
              onClose={() => setOpenId(null)}
              onChanged={() => {
                void queryClient.invalidateQueries({ queryKey: queryKeys.violations });
                void queryClient.invalidateQueries({ queryKey: queryKeys.scoring });
              }}
            />
          )}
        </WithViolationRefs>
      )}
    </>
  );
}
