/** The violation list: filters, table, export to Excel; opens the record form and the record drawer. */
import { memo, useCallback, useEffect, useMemo, useState } from 'react';
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
import type { ViolationRow } from '../../../shared/api/violationsTypes';

/** Rows of one line with little padding: eight of them fit at 1093×574. */
const COMPACT_ROWS = { components: { Table: { cellPaddingBlockSM: 4 } } };

const NO_ROWS: ViolationRow[] = [];
/** Rows a page: the services send one page at a time (20 rows are a small answer even at 50,000 matches). */
const PAGE_SIZE = 20;

interface TableProps {
  rows: ViolationRow[];
  total: number;
  page: number;
  isLoading: boolean;
  height: number;
  onPage: (page: number) => void;
  onOpen: (id: string) => void;
}

/**
 * The table, memoised: a search submitted redraws the filters and the count at once and the rows only
 * when the new ones arrive (the table with the previous rows is not drawn again while the answer is awaited).
 */
const ViolationTable = memo(function ViolationTable({ rows, total, page, isLoading, height, onPage, onOpen }: TableProps) {
  const scroll = useMemo(() => ({ x: VIOLATION_TABLE_MIN_WIDTH, y: height - 96 }), [height]);
  const pagination = useMemo(() => ({ current: page, pageSize: PAGE_SIZE, total, showSizeChanger: false, size: 'small' as const, onChange: onPage }), [page, total, onPage]);
  const onRow = useCallback((row: ViolationRow) => ({ onClick: () => onOpen(row.id), style: { cursor: 'pointer' } }), [onOpen]);
  return (
    <ConfigProvider theme={COMPACT_ROWS}>
      <Table data-testid="violation-table" rowKey="id" size="small" columns={violationColumns} dataSource={rows} loading={isLoading} scroll={scroll} pagination={pagination} onRow={onRow} />
    </ConfigProvider>
  );
});

export function ViolationsTab({ refs }: { refs: ViolationRefs }) {
  const call = useApiCall();
  const [filter, setFilter] = useState<ViolationFilterValue>({ from: `${new Date().getFullYear()}-01-01` });
  const [page, setPage] = useState(1);
  // A new filter starts again at the first page.
  const changeFilter = useCallback((next: ViolationFilterValue) => {
    setFilter(next);
    setPage(1);
  }, []);
  const [isCreating, setCreating] = useState(false);
  const [openId, setOpenId] = useState<string | null>(null);
  const [isExporting, setExporting] = useState(false);
  const queryClient = useQueryClient();
  // The list scrolls inside its own area under a sticky header; the pager stays in sight (≈ 40 + 56 px).
  const [tableArea, tableHeight] = useRemainingHeight(260, 36);
  // Keyed by the filter and the page: a slower answer to an older one never replaces the current one.
  const query = { ...filter, offset: (page - 1) * PAGE_SIZE, limit: PAGE_SIZE };
  const listQuery = useQuery({ queryKey: queryKeys.violationList(query), queryFn: () => apiQuery((api) => api.listViolations(query)), placeholderData: keepPreviousData });
  const list = listQuery.data ?? null;
  const total = list?.total ?? 0;
  // Records deleted or moved away since: back to the last page that has rows.
  useEffect(() => {
    const last = Math.max(1, Math.ceil(total / PAGE_SIZE));
    if (list && page > last) setPage(last);
  }, [list, total, page]);
  const countText = list ? `${formatNumber(list.total)} vi phạm` : 'Đang tải…';
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
        <ViolationFilters value={filter} refs={refs} onChange={changeFilter} />
        {/* Cut by CSS with the whole text in its title (no measuring pass: the count follows a search at once). */}
        <Typography.Text type="secondary" data-testid="violation-count" title={countText} style={{ flex: 1, minWidth: 0, textAlign: 'right', overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap' }}>
          {countText}
        </Typography.Text>
        <Space style={{ flex: 'none' }}>
          <Button onClick={() => void exportList()} loading={isExporting}>Xuất Excel</Button>
          <Button type="primary" onClick={() => setCreating(true)}>Ghi nhận vi phạm</Button>
        </Space>
      </Flex>
      {listQuery.isError && <LoadError what="danh sách vi phạm" error={listQuery.error} onRetry={() => void listQuery.refetch()} />}
      <div ref={tableArea}>
        <ViolationTable rows={list?.rows ?? NO_ROWS} total={total} page={page} isLoading={listQuery.isFetching && !list} height={tableHeight} onPage={setPage} onOpen={setOpenId} />
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
