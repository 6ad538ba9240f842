/** Danh sách: the filtered roster in a light table that draws the rows in sight, adding a person, opening one, exporting to Excel. */
import { useCallback, useMemo, useRef, useState } from 'react';
import { App as AntApp, Button, Flex, Typography } from 'antd';
import { filterRoster, type RosterFilter, type RosterRowView } from '../../../shared/domain/rosterQuery';
import { base64ToBlob, saveBlob, XLSX_TYPE } from '../../lib/download';
import { formatNumber } from '../../lib/format';
import { useApiCall } from '../../lib/useApiCall';
import { useRemainingHeight } from '../../lib/useRemainingHeight';
import { RosterFilters } from './RosterFilters';
import { RosterTable } from './RosterTable';
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
  const visible = useSameRows(useMemo(() => filterRoster(roster.index, filter), [roster.index, filter]));
  const onPatch = useCallback((patch: Partial<RosterFilter>) => setFilter((current) => ({ ...current, ...patch })), []);

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
      <RosterFilters filter={filter} units={roster.units} onPatch={onPatch} />
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
        <RosterTable rows={visible} isLoading={roster.isLoading} isRosterEmpty={roster.rows.length === 0} height={tableHeight} onOpen={setOpenId} />
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

/** The previous array while the filtered rows are the same ones (a letter that narrows nothing redraws no table). */
function useSameRows(rows: RosterRowView[]): RosterRowView[] {
  const kept = useRef(rows);
  const previous = kept.current;
  if (previous !== rows && (previous.length !== rows.length || rows.some((row, i) => row !== previous[i]))) kept.current = rows;
  return kept.current;
}
