/** The person page's "Khen thưởng": the commendations naming this person; a row opens the record to read or correct. */
import { useState } from 'react';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Table } from 'antd';
import type { CommendationRow } from '../../../../shared/api/violationsTypes';
import { formatIsoDay } from '../../../../shared/domain/violationDates';
import { LoadError } from '../../../components/LoadError';
import { apiQuery, queryKeys } from '../../../lib/queryClient';
import { CommendationFormModal } from '../../violations/CommendationFormModal';
import { WithViolationRefs } from './WithViolationRefs';

export function StaffCommendations({ staffId }: { staffId: string }) {
  const queryClient = useQueryClient();
  const [open, setOpen] = useState<CommendationRow | null>(null);
  const query = useQuery({ queryKey: queryKeys.staffCommendations(staffId), queryFn: () => apiQuery((api) => api.listCommendations({ staffId })) });
  if (query.isError) return <LoadError what="các lần khen thưởng của người này" error={query.error} onRetry={() => void query.refetch()} />;
  return (
    <>
      <Table<CommendationRow>
        size="small"
        rowKey="id"
        data-testid="staff-commendations"
        loading={query.isPending}
        dataSource={query.data ?? []}
        pagination={{ pageSize: 5, hideOnSinglePage: true, size: 'small' }}
        onRow={(row) => ({ onClick: () => setOpen(row), style: { cursor: 'pointer' } })}
        locale={{ emptyText: 'Chưa được biểu dương, khen thưởng lần nào.' }}
        columns={[
          { key: 'date', title: 'Ngày', dataIndex: 'date', width: 100, render: (d: string) => formatIsoDay(d) },
          { key: 'form', title: 'Hình thức', dataIndex: 'formLabel', width: 170 },
          { key: 'reason', title: 'Lý do', dataIndex: 'reason', ellipsis: true },
        ]}
      />
      {open && (
        <WithViolationRefs>
          {(refs) => (
            <CommendationFormModal
              refs={refs}
              row={open}
              onClose={() => setOpen(null)}
              onSaved={() => {
                setOpen(null);
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
