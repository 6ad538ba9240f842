/** Per-unit counts of each rating and the ND 335 warnings when "xuất sắc" exceeds 20 % of "tốt", each naming its scope (unit, ward, task group). */
import { Alert, Space, Tag } from 'antd';
import type { GridRow, ScoreGrid } from '../../../shared/api/scoringTypes';
import { RATINGS, RATING_SHORT } from '../../../shared/schema/criteria';
import { UNSCORED_LABEL } from '../../../shared/domain/scoreStatus';
import { RATING_COLORS } from './ratingColors';

export function UnitSummary({ grid, rows }: { grid: ScoreGrid; rows: GridRow[] }) {
  const units = [...new Set(rows.map((r) => r.unitName))];
  const warnings = grid.capChecks.filter((c) => c.isOver && (c.scope !== 'unit' || units.includes(c.groupName)));
  return (
    <div data-testid="unit-summary" style={{ marginBottom: 12 }}>
      {units.map((unit) => {
        const mine = rows.filter((r) => r.unitName === unit);
        return (
          <div key={unit} style={{ marginBottom: 4 }}>
            <Space wrap>
              <strong>{unit}</strong>
              <span>{mine.filter((r) => r.total !== null && r.missing.length === 0).length}/{mine.length} đã chấm đủ</span>
              {RATINGS.map((r) => <Tag key={r} color={RATING_COLORS[r]}>{RATING_SHORT[r]}: {mine.filter((x) => x.rating === r).length}</Tag>)}
              <Tag data-testid="unscored-count">{UNSCORED_LABEL}: {mine.filter((x) => x.rating === null).length}</Tag>
            </Space>
          </div>
        );
      })}
      {warnings.map((w) => <Alert key={w.message} type="warning" showIcon message={w.message} style={{ marginTop: 6 }} data-testid={w.scope === 'unit' ? 'cap-warning' : `cap-warning-${w.scope}`} />)}
    </div>
  );
}
