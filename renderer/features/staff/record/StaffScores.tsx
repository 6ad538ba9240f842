/** The person page's "Điểm thi đua": total and rating by period of a year; a row opens "Vì sao xếp loại này". */
import { useState } from 'react';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Flex, InputNumber, Table, Tag, Typography } from 'antd';
import type { StaffScoreRow } from '../../../../shared/api/recordsContract';
import { UNSCORED_LABEL } from '../../../../shared/domain/scoreStatus';
import { formatPoints } from '../../../../shared/domain/scoringMath';
import { RATING_LABELS } from '../../../../shared/schema/criteria';
import { LoadError } from '../../../components/LoadError';
import { apiQuery, queryKeys } from '../../../lib/queryClient';
import { BreakdownDrawer } from '../../scorecards/BreakdownDrawer';
import { RATING_COLORS } from '../../scorecards/ratingColors';

export function StaffScores({ staffId }: { staffId: string }) {
  const queryClient = useQueryClient();
  const [year, setYear] = useState(new Date().getFullYear());
  const [open, setOpen] = useState<StaffScoreRow | null>(null);
  const query = useQuery({ queryKey: queryKeys.staffScores(staffId, year), queryFn: () => apiQuery((api) => api.listStaffScores({ staffId, year })) });
  return (
    <Flex vertical gap={8}>
      <Flex gap={8} align="center">
        <Typography.Text>Năm</Typography.Text>
        <InputNumber aria-label="Năm của điểm thi đua" min={2000} max={2100} value={year} onChange={(v) => v && setYear(v)} />
      </Flex>
      {query.isError ? (
        <LoadError what="điểm thi đua của người này" error={query.error} onRetry={() => void query.refetch()} />
      ) : (
        <Table<StaffScoreRow>
          size="small"
          rowKey={(r) => `${r.period}|${r.setId}`}
          data-testid="staff-scores"
          loading={query.isPending}
          dataSource={query.data ?? []}
          pagination={{ pageSize: 6, hideOnSinglePage: true, size: 'small' }}
          onRow={(row) => ({ onClick: () => setOpen(row), style: { cursor: 'pointer' } })}
          locale={{ emptyText: `Không có kỳ chấm điểm nào của năm ${year} áp dụng cho người này.` }}
          columns={[
            { key: 'period', title: 'Kỳ', dataIndex: 'periodLabel', width: 140 },
            { key: 'set', title: 'Bộ tiêu chí', dataIndex: 'setName', ellipsis: true },
            { key: 'total', title: 'Tổng điểm', dataIndex: 'total', width: 100, align: 'right', render: (t: number | null) => (t === null ? '—' : formatPoints(t)) },
            {
              key: 'rating',
              title: 'Xếp loại',
              width: 230,
              render: (_v, r) => (r.rating ? <Tag color={RATING_COLORS[r.rating]}>{RATING_LABELS[r.rating]}</Tag> : <Tag>{UNSCORED_LABEL}</Tag>),
            },
            { key: 'closed', title: '', width: 80, render: (_v, r) => (r.isClosed ? <Tag>Đã khóa</Tag> : null) },
          ]}
        />
      )}
      {open && (
        <BreakdownDrawer
          period={open.period}
          setId={open.setId}
          subjectId={staffId}
          onClose={() => setOpen(null)}
          onChanged={() => void queryClient.invalidateQueries({ queryKey: queryKeys.scoring })}
        />
      )}
    </Flex>
  );
}
