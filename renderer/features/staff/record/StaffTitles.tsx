/**
 * The person page's emulation titles: each title granted by a decision (year, title, decision number
 * and date), and how many years in a row the person has held each — what the council reads for the
 * titles that look at earlier years.
 */
import { useQuery } from '@tanstack/react-query';
import { Table, Typography } from 'antd';
import type { GrantedTitleView } from '../../../../shared/api/councilTypes';
import { formatIsoDay } from '../../../../shared/domain/violationDates';
import { LoadError } from '../../../components/LoadError';
import { apiQuery, queryKeys } from '../../../lib/queryClient';

export function StaffTitles({ staffId }: { staffId: string }) {
  const query = useQuery({ queryKey: queryKeys.personTitles(staffId), queryFn: () => apiQuery((api) => api.getPersonTitles({ subjectId: staffId })) });
  if (query.isError) return <LoadError what="các danh hiệu thi đua của người này" error={query.error} onRetry={() => void query.refetch()} />;
  const runs = (query.data?.runs ?? []).filter((r) => r.years > 1);
  return (
    <div data-testid="staff-titles" style={{ marginTop: 12 }}>
      <Typography.Text strong>Danh hiệu thi đua đã được công nhận</Typography.Text>
      <Table<GrantedTitleView>
        size="small"
        rowKey="id"
        loading={query.isPending}
        dataSource={[...(query.data?.titles ?? [])].sort((a, b) => b.year - a.year)}
        pagination={{ pageSize: 5, hideOnSinglePage: true, size: 'small' }}
        locale={{ emptyText: 'Chưa có danh hiệu nào được công nhận bằng quyết định.' }}
        columns={[
          { key: 'year', title: 'Năm', dataIndex: 'year', width: 70 },
          { key: 'title', title: 'Danh hiệu', dataIndex: 'titleLabel' },
          { key: 'decision', title: 'Quyết định', width: 220, render: (_: unknown, t) => `Số ${t.decisionNumber}${t.decisionDate ? ` ngày ${formatIsoDay(t.decisionDate)}` : ''}` },
        ]}
      />
      {runs.map((r) => (
        <Typography.Paragraph key={r.title} type="secondary" style={{ margin: '4px 0 0' }}>
          {r.titleLabel}: {r.years} năm liên tục đến năm {r.untilYear}.
        </Typography.Paragraph>
      ))}
    </div>
  );
}
