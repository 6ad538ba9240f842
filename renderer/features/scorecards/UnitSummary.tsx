/**
 * Counts of each rating and the ND 335 warning when "xuất sắc" exceeds 20 % of "tốt": one line for
 * what the grid shows, the per-unit lines and the warnings — each naming its scope (unit, ward, task group) —
 * folded under "Chi tiết".
 */
import { memo, useState } from 'react';
import { Alert, Button, Space, Tag } from 'antd';
import type { GridRow, ScoreGrid } from '../../../shared/api/scoringTypes';
import { RATINGS, RATING_SHORT } from '../../../shared/schema/criteria';
import { UNSCORED_LABEL } from '../../../shared/domain/scoreStatus';
import { RATING_COLORS } from './ratingColors';

function Counts({ rows, testIds }: { rows: GridRow[]; testIds: boolean }) {
  return (
    <>
      <span>{rows.filter((r) => r.total !== null && r.missing.length === 0).length}/{rows.length} đã chấm đủ</span>
      {RATINGS.map((r) => <Tag key={r} color={RATING_COLORS[r]}>{RATING_SHORT[r]}: {rows.filter((x) => x.rating === r).length}</Tag>)}
      <Tag data-testid={testIds ? 'unscored-count' : undefined}>{UNSCORED_LABEL}: {rows.filter((x) => x.rating === null).length}</Tag>
    </>
  );
}

function UnitSummaryView({ grid, rows }: { grid: ScoreGrid; rows: GridRow[] }) {
  const [isOpen, setOpen] = useState(false);
  const units = [...new Set(rows.map((r) => r.unitName))];
  const warnings = grid.capChecks.filter((c) => c.isOver && (c.scope !== 'unit' || units.includes(c.groupName)));
  const hasDetail = units.length > 1 || warnings.length > 0;
  return (
    <div data-testid="unit-summary" style={{ marginBottom: 8 }}>
      <Space wrap size={[6, 4]}>
        <strong>{units.length === 1 ? units[0] : `${units.length} đơn vị`}</strong>
        <Counts rows={rows} testIds />
        {warnings.length > 0 && (
          <Tag color="warning" data-testid="cap-warning-summary">
            {warnings.length} cảnh báo “xuất sắc” vượt 20% số “tốt”
          </Tag>
        )}
        {hasDetail && (
          <Button size="small" type="link" onClick={() => setOpen((o) => !o)} aria-expanded={isOpen} data-testid="unit-summary-toggle">
            {isOpen ? 'Thu gọn' : 'Chi tiết'}
          </Button>
        )}
      </Space>
      {isOpen && (
        <div data-testid="unit-summary-detail" style={{ maxHeight: 200, overflow: 'auto', marginTop: 4 }}>
          {units.length > 1 && units.map((unit) => (
            <div key={unit} style={{ marginBottom: 4 }}>
              <Space wrap size={[6, 4]}>
                <strong>{unit}</strong>
                <Counts rows={rows.filter((r) => r.unitName === unit)} testIds={false} />
              </Space>
            </div>
          ))}
          {warnings.map((w) => <Alert key={w.message} type="warning" showIcon title={w.message} style={{ marginTop: 4 }} data-testid={w.scope === 'unit' ? 'cap-warning' : `cap-warning-${w.scope}`} />)}
        </div>
      )}
    </div>
  );
}

/** Memoised: typing in the grid changes neither the grid nor its rows, so the summary is not redrawn per keystroke. */
export const UnitSummary = memo(UnitSummaryView);
