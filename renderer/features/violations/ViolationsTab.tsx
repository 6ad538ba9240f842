/** The violation list: filters, table, export to Excel; opens the record form and the record drawer. */
import { useState } from 'react';
import { keepPreviousData, useQuery, useQueryClient } from '@tanstack/react-query';
import { Button, ConfigProvider, Flex, Space, Table, Typography } from 'antd';
import { XLSX_TYPE, base64ToBlob, saveBlob } from '../../lib/download';
import { LoadError } from '../../components/LoadError';
import { apiQuery, queryKeys } from '../../lib/queryClient';
import { useApiCall } from '../../lib/useApiCall';
import { formatNumber } from '../../lib/format';
import { useRemainingHeight } from '../../lib/useRemainingHeight';
import { ViolationDrawer } from './ViolationDrawer';
import { ViolationFilters, type ViolationFilterValue } from './ViolationFilters';
import { ViolationFormDrawer } from './ViolationFormDrawer';
import { VIOLATION_TABLE_MIN_WIDTH, violationColumns } from './violationColumns';
import type { ViolationRefs } from './useViolationRefs';

/** Rows of one line with little padding: eight of them fit at 1093×574. */
const COMPACT_ROWS = { components: { Table: { cellPaddingBlockSM: 4 } } };

export function ViolationsTab({ refs }: { refs: ViolationRefs }) {
  const call = useApiCall();
  const [filter, setFilter] = useState<ViolationFilterValue>({ from: `${new Date().getFullYear()}-01-01` });
  const [isCreating, setCreating] = useState(false);
  const [openId, setOpenId] = useState<string | null>(null);
  const [isExporting, setExporting] = useState(false);
  const queryClient = useQueryClient();
  // The list scrolls inside its own area under a sticky header; the pager stays in sight (≈ 40 + 56 px).
  const [tableArea, tableHeight] = useRemainingHeight(260, 36);
  // Keyed by the filter: a slower answer to an older filter never replaces the current one.
  const listQuery = useQuery({ queryKey: queryKeys.violationList(filter), queryFn: () => apiQuery((api) => api.listViolations(filter)), placeholderData: keepPreviousData });
  const list = listQuery.data ?? null;
  const reload = () => void queryClient.invalidateQueries({ queryKey: queryKeys.violations });

  const exportList = async () => {
    setExporting(true);
    const result = await call((api) => api.exportViolations({ filter }));
    setExporting(false);
    if (result.ok) saveBlob(base64ToBlob(result.data.dataBase64, XLSX_TYPE), result.data.fileName);
  };

  return (
    <Flex vertical gap={12} data-testid="violations-tab">
      {/* One line at 1093×574: filters, the count, the actions; the list keeps the rest of the height. */}
      <Flex justify="space-between" align="center" gap={8} wrap={false}>
        <ViolationFilters value={filter} refs={refs} onChange={setFilter} />
        <Typography.Text type="secondary" data-testid="violation-count" ellipsis={{ tooltip: true }} style={{ flex: 1, minWidth: 0, textAlign: 'right' }}>
          {list ? (list.total > list.rows.length ? `${formatNumber(list.total)} vi phạm (hiện ${formatNumber(list.rows.length)} mới nhất — lọc hoặc tìm để thu hẹp; Xuất Excel có đủ)` : `${formatNumber(list.total)} vi phạm`) : 'Đang tải…'}
        </Typography.Text>
        <Space style={{ flex: 'none' }}>
          <Button onClick={() => void exportList()} loading={isExporting}>Xuất Excel</Button>
          <Button type="primary" onClick={() => setCreating(true)}>Ghi nhận vi phạm</Button>
        </Space>
      </Flex>
      {listQuery.isError && <LoadError what="danh sách vi phạm" error={listQuery.error} onRetry={() => void listQuery.refetch()} />}
      <div ref={tableArea}>
      <ConfigProvider theme={COMPACT_ROWS}>
      <Table
        data-testid="violation-table"
        rowKey="id"
        size="small"
        columns={violationColumns}
        dataSource={list?.rows ?? []}
        loading={listQuery.isFetching && !list}
        scroll={{ x: VIOLATION_TABLE_MIN_WIDTH, y: tableHeight - 96 }}
        pagination={{ pageSize: 20, showSizeChanger: false, size: 'small' }}
        onRow={(row) => ({ onClick: () => setOpenId(row.id), style: { cursor: 'pointer' } })}
      />
      </ConfigProvider>
      </div>
      {isCreating && (
        <ViolationFormDrawer
          refs={refs}
          onClose={() => setCreating(false)}
          onSaved={(detail) => {
            setCreating(false);
            setOpenId(detail.record.id);
            void reload();
          }}
        />
      )}
      {openId && <ViolationDrawer id={openId} refs={refs} onClose={() => setOpenId(null)} onChanged={() => void reload()} />}
    </Flex>
  );
}
