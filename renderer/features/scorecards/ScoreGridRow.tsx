/** One person (or unit) in the scoring grid: the typed cells, the live total and rating, the row's actions. */
import { memo, type ClipboardEvent, type KeyboardEvent } from 'react';
import { Button, Tag } from 'antd';
import type { GridCriterion, GridRow } from '../../../shared/api/scoringTypes';
import { formatPoints } from '../../../shared/domain/scoringMath';
import { RATING_LABELS, RATING_SHORT, type RatingBand } from '../../../shared/schema/criteria';
import { UNSCORED_LABEL } from '../../../shared/domain/scoreStatus';
import { cellProblem, liveResult } from './gridDraft';
import { useRowCells, type GridDraftStore } from './gridDraftStore';
import { moveInGrid } from './gridKeys';
import { RATING_COLORS } from './ratingColors';
import { cellStyle, stickyCell } from './gridStyles';

interface Props {
  row: GridRow;
  index: number;
  criteria: GridCriterion[];
  isRollup: boolean;
  drafts: GridDraftStore;
  draftKey: string;
  bands: RatingBand[] | null;
  isEditable: boolean;
  onEdit: (subjectId: string, criterionId: string, value: string) => void;
  onPaste: (rowIndex: number, colIndex: number, text: string) => boolean;
  onOpen: (subjectId: string) => void;
  onProducts?: (subjectId: string) => void;
}

function ScoreGridRowView({ row, index, criteria, isRollup, drafts, draftKey, bands, isEditable, onEdit, onPaste, onOpen, onProducts }: Props) {
  // Only this row's cells: typing here redraws this row alone.
  const cells = useRowCells(drafts, draftKey, row.subjectId);
  const live = liveResult(row, criteria, cells, bands);
  const keyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    // Ctrl+Enter: the row's breakdown (the buttons are out of the tab order).
    if (event.key === 'Enter' && event.ctrlKey) {
      event.preventDefault();
      return onOpen(row.subjectId);
    }
    moveInGrid(event, criteria.length);
  };
  const paste = (event: ClipboardEvent<HTMLInputElement>, col: number) => {
    const text = event.clipboardData.getData('text/plain');
    if (/[\t\n]/.test(text.trim()) && onPaste(index, col, text)) event.preventDefault();
  };
  return (
    <tr data-testid={`grid-row-${row.code}`} data-key={row.subjectId}>
      <td style={{ ...cellStyle, ...stickyCell(0, 72) }}>{row.code}</td>
      <td style={{ ...cellStyle, ...stickyCell(72, 190) }}>
        {row.name}
        {row.triggers.length > 0 && <div><Tag color="red">Buộc KHTNV</Tag></div>}
      </td>
      {isRollup
        ? row.monthTotals.map((t, i) => <td key={i} style={{ ...cellStyle, textAlign: 'right' }}>{formatPoints(t)}</td>)
        : criteria.map((c, col) => {
            const edited = cells?.[c.id];
            const base = row.bases[c.id];
            const change = row.autoChange[c.id] ?? 0;
            const problem = edited === undefined ? '' : cellProblem(edited, c);
            const border = problem ? '2px solid #cf1322' : edited !== undefined ? '1px solid #1677ff' : '1px solid #d9d9d9';
            return (
              <td key={c.id} style={cellStyle}>
                <input
                  aria-label={`${row.code} ${c.name}`}
                  aria-invalid={problem ? true : undefined}
                  title={problem || undefined}
                  data-testid={`cell-${row.code}-${c.id}`}
                  data-row={index}
                  data-col={col}
                  disabled={!isEditable}
                  inputMode="decimal"
                  value={edited ?? (base === null || base === undefined ? '' : formatPoints(base))}
                  onChange={(e) => onEdit(row.subjectId, c.id, e.target.value)}
                  onKeyDown={keyDown}
                  onPaste={(e) => paste(e, col)}
                  onFocus={(e) => e.currentTarget.select()}
                  style={{ width: 56, textAlign: 'right', border, borderRadius: 4, padding: '2px 4px', background: problem ? '#fff1f0' : undefined }}
                />
                {change !== 0 && (
                  <div data-testid={`auto-${row.code}-${c.id}`} style={{ color: change < 0 ? '#cf1322' : '#389e0d', fontSize: 12 }}>
                    → {formatPoints(row.points[c.id] ?? null)} ({change > 0 ? '+' : '−'}{formatPoints(Math.abs(change))})
                  </div>
                )}
              </td>
            );
          })}
      <td data-testid={`total-${row.code}`} title={live.isEstimate ? 'Tạm tính theo các ô vừa nhập; lưu điểm để chốt.' : undefined}
        style={{ ...cellStyle, textAlign: 'right', fontWeight: 600, fontStyle: live.isEstimate ? 'italic' : undefined, color: live.isEstimate ? '#1677ff' : undefined }}>
        {formatPoints(live.total)}
      </td>
      <td style={cellStyle} data-testid={`rating-${row.code}`}>
        {live.rating
          ? <Tag color={RATING_COLORS[live.rating]} title={RATING_LABELS[live.rating]}>{RATING_SHORT[live.rating]}{live.isEstimate ? '*' : ''}</Tag>
          : <Tag data-testid={`unscored-${row.code}`}>{UNSCORED_LABEL}</Tag>}
      </td>
      <td style={{ ...cellStyle, textAlign: 'center' }}>{row.rank ?? ''}</td>
      <td style={{ ...cellStyle, whiteSpace: 'nowrap' }}>
        <Button size="small" tabIndex={-1} title="Ctrl+Enter trong một ô của dòng" onClick={() => onOpen(row.subjectId)}>Giải trình</Button>
        {onProducts && (
          <Button size="small" tabIndex={-1} style={{ marginLeft: 4 }} data-testid={`products-${row.code}`} onClick={() => onProducts(row.subjectId)}>
            Sản phẩm{row.hasProducts ? ' ✓' : ''}
          </Button>
        )}
      </td>
    </tr>
  );
}

export const ScoreGridRow = memo(ScoreGridRowView);
