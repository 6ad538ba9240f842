/** The violation list: filters, table, export to Excel; opens the record form and the record drawer. */
import { useCallback, useEffect, useState } from 'react';
import { Button, Flex, Space, Table, Typography } from 'antd';
import type { ViolationList } from '../../../shared/api/violationsTypes';
import { XLSX_TYPE, base64ToBlob, saveBlob } from '../../lib/download';
import { useApiCall } from '../../lib/useApiCall';
import { ViolationDrawer } from './ViolationDrawer';
import { ViolationFilters, type ViolationFilterValue } from './ViolationFilters';
import { ViolationFormDrawer } from './ViolationFormDrawer';
import { violationColumns } from './violationColumns';
import type { ViolationRefs } from './useViolationRefs';

export function ViolationsTab({ refs }: { refs: ViolationRefs }) {
  const call = useApiCall();
  const [filter, setFilter] = useState<ViolationFilterValue>({ from: `${new Date().getFullYear()}-01-01` });
  const [list, setList] = useState<ViolationList | null>(null);
  const [isCreating, setCreating] = useState(false);
  const [openId, setOpenId] = useState<string | null>(null);
  const [isExporting, setExporting] = useState(false);

  const reload = useCallback(async () => {
    const result = await call((api) => api.listViolations(filter));
    if (result.ok) setList(result.data);
  }, [call, filter]);

  useEffect(() => {
    void reload();
  }, [reload]);

  const exportList = async () => {
    setExporting(true);
    const result = await call((api) => api.exportViolations({ filter }));
    setExporting(false);
    if (result.ok) saveBlob(base64ToBlob(result.data.dataBase64, XLSX_TYPE), result.data.fileName);
  };

  return (
    <Flex vertical gap={12} data-testid="violations-tab">
      <ViolationFilters value={filter} refs={refs} onChange={setFilter} />
      <Flex justify="space-between" align="center" gap={8}>
        <Typography.Text type="secondary" data-testid="violation-count">
          {list ? (list.total > list.rows.length ? `${list.total} vi phạm (hiện ${list.rows.length} mới nhất)` : `${list.total} vi phạm`) : 'Đang tải…'}
        </Typography.Text>
        <Space>
          <Button onClick={() => void exportList()} loading={isExporting}>Xuất Excel</Button>
          <Button type="primary" onClick={() => setCreating(true)}>Ghi nhận vi phạm</Button>
        </Space>
      </Flex>
      <Table
        data-testid="violation-table"
        rowKey="id"
        size="small"
        columns={violationColumns}
        dataSource={list?.rows ?? []}
        loading={!list}
        pagination={{ pageSize: 20, showSizeChanger: false }}
        onRow={(row) => ({ onClick: () => setOpenId(row.id), style: { cursor: 'pointer' } })}
      />
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
