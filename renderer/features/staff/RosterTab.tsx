/** Danh sách: the filtered roster in a virtual table, adding a person, opening one, exporting to Excel. */
import { useMemo, useState } from 'react';
import { App as AntApp, Button, Flex, Table, Typography } from 'antd';
import { filterRoster, type RosterFilter } from '../../../shared/domain/rosterQuery';
import { base64ToBlob, saveBlob, XLSX_TYPE } from '../../lib/download';
import { formatNumber } from '../../lib/format';
import { useApiCall } from '../../lib/useApiCall';
import { useRemainingHeight } from '../../lib/useRemainingHeight';
import { ROSTER_COLUMNS, ROSTER_TABLE_WIDTH } from './rosterColumns';
import { RosterFilters } from './RosterFilters';
import { StaffDrawer } from './StaffDrawer';
import { StaffFormDrawer } from './StaffFormDrawer';
import type { Roster } from './useRoster';

interface Props {
  roster: Roster;
  onChanged: () => void;
}

export function RosterTab({ roster, onChanged }: Props) {
  const call = useApiCall();
  const { message } = AntApp.useApp();
  const [filter, setFilter] = useState<RosterFilter>({ status: 'current' });
  const [openId, setOpenId] = useState<string | null>(null);
  const [isAdding, setAdding] = useState(false);
  const [isExporting, setExporting] = useState(false);
  // The table fills the window below the filters: one scroll area, no page scroll (header ≈ 40 px).
  const [tableArea, tableHeight] = useRemainingHeight(240, 36);
  const visible = useMemo(() => filterRoster(roster.index, filter), [roster.index, filter]);

  async function exportList() {
    setExporting(true);
    const result = await call((api) => api.exportStaff({ filter }));
    setExporting(false);
    if (!result.ok) return;
    saveBlob(base64ToBlob(result.data.dataBase64, XLSX_TYPE), result.data.fileName);
    void message.success(`Đã xuất ${formatNumber(result.data.count)} người ra tệp ${result.data.fileName}.`);
  }

  return (
    <Flex vertical gap={8} data-testid="roster-tab">
      <RosterFilters filter={filter} units={roster.units} onChange={setFilter} />
      <Flex justify="space-between" align="center" gap={12}>
        <Typography.Text type="secondary" data-testid="roster-count">
          {formatNumber(visible.length)} / {formatNumber(roster.rows.length)} người
        </Typography.Text>
        <Flex gap={8}>
          <Button onClick={() => void exportList()} loading={isExporting}>
            Xuất Excel
          </Button>
          <Button type="primary" onClick={() => setAdding(true)}>
            Thêm cán bộ
          </Button>
        </Flex>
      </Flex>
      <div ref={tableArea}>
      <Table
        virtual
        size="small"
        rowKey="id"
        data-testid="roster-table"
        loading={roster.isLoading}
        columns={ROSTER_COLUMNS}
        dataSource={visible}
        pagination={false}
        scroll={{ x: ROSTER_TABLE_WIDTH, y: tableHeight - 40 }}
        onRow={(row) => ({ onClick: () => setOpenId(row.id), style: { cursor: 'pointer' } })}
        locale={{ emptyText: roster.rows.length === 0 ? 'Chưa có cán bộ nào. Hãy thêm hoặc nhập từ Excel.' : 'Không có ai khớp bộ lọc.' }}
      />
      </div>
      {isAdding && (
        <StaffFormDrawer
          detail={null}
          units={roster.units}
          onClose={() => setAdding(false)}
          onSaved={(saved) => {
            setAdding(false);
            onChanged();
            setOpenId(saved.id);
          }}
        />
      )}
      {openId && <StaffDrawer id={openId} units={roster.units} onClose={() => setOpenId(null)} onChanged={onChanged} />}
    </Flex>
  );
}
