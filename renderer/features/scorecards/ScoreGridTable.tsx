/**
 * The scoring grid, like a spreadsheet: one row a person, one input a criterion. Arrow keys and Enter
 * move between cells; what the automatic deductions do to a cell shows under it.
 */
import type { KeyboardEvent } from 'react';
import { Button, Tag, Tooltip } from 'antd';
import type { GridRow, ScoreGrid } from '../../../shared/api/scoringTypes';
import { labelOfKey } from '../../../shared/domain/period';
import { formatPoints } from '../../../shared/domain/scoringMath';
import { RATING_LABELS, RATING_SHORT } from '../../../shared/schema/criteria';
import { UNSCORED_LABEL } from '../../../shared/domain/scoreStatus';
import { RATING_COLORS } from './ratingColors';

export type GridEdits = Record<string, Record<string, string>>;

interface Props {
  grid: ScoreGrid;
  rows: GridRow[];
  edits: GridEdits;
  isEditable: boolean;
  onEdit: (subjectId: string, criterionId: string, value: string) => void;
  onOpen: (subjectId: string) => void;
  /** Opens the month's products (ND 335 task results); absent when the set has none. */
  onProducts?: (subjectId: string) => void;
}

const MOVES: Record<string, [number, number]> = { ArrowDown: [1, 0], Enter: [1, 0], ArrowUp: [-1, 0], ArrowLeft: [0, -1], ArrowRight: [0, 1] };

function move(event: KeyboardEvent<HTMLInputElement>): void {
  const step = MOVES[event.key];
  if (!step) return;
  const input = event.currentTarget;
  const atStart = input.selectionStart === 0 && input.selectionEnd === 0;
  const atEnd = input.selectionStart === input.value.length;
  if ((event.key === 'ArrowLeft' && !atStart) || (event.key === 'ArrowRight' && !atEnd)) return;
  const row = Number(input.dataset.row) + step[0];
  const col = Number(input.dataset.col) + step[1];
  const next = document.querySelector<HTMLInputElement>(`input[data-row="${row}"][data-col="${col}"]`);
  if (next) {
    event.preventDefault();
    next.focus();
    next.select();
  }
}

const cellStyle = { border: '1px solid #f0f0f0', padding: '4px 6px', verticalAlign: 'top' } as const;

export function ScoreGridTable({ grid, rows, edits, isEditable, onEdit, onOpen, onProducts }: Props) {
  const heads = grid.isRollup ? grid.months.map((m) => ({ id: m, name: labelOfKey(m), maxPoints: null as number | null })) : grid.criteria;
  return (
    <div style={{ overflowX: 'auto' }}>
      <table data-testid="score-grid" style={{ borderCollapse: 'collapse', width: '100%', fontSize: 13 }}>
        <thead>
          <tr style={{ background: '#fafafa' }}>
            {['Mã', 'Họ và tên'].map((h) => <th key={h} style={cellStyle}>{h}</th>)}
            {heads.map((h) => (
              <th key={h.id} style={{ ...cellStyle, maxWidth: 120 }}>
                <Tooltip title={'note' in h ? String(h.note) : ''}>{h.name}</Tooltip>
                {h.maxPoints !== null && <div style={{ fontWeight: 400, color: '#888' }}>tối đa {formatPoints(h.maxPoints)}</div>}
              </th>
            ))}
            {[grid.isRollup ? 'Điểm kỳ' : 'Tổng', 'Xếp loại', 'Hạng', ''].map((h, i) => <th key={i} style={cellStyle}>{h}</th>)}
          </tr>
        </thead>
        <tbody>
          {rows.map((row, r) => (
            <tr key={row.subjectId} data-testid={`grid-row-${row.code}`}>
              <td style={cellStyle}>{row.code}</td>
              <td style={cellStyle}>
                {row.name}
                {row.triggers.length > 0 && <div><Tag color="red">Buộc KHTNV</Tag></div>}
              </td>
              {grid.isRollup
                ? row.monthTotals.map((t, i) => <td key={i} style={{ ...cellStyle, textAlign: 'right' }}>{formatPoints(t)}</td>)
                : grid.criteria.map((c, col) => {
                    const edited = edits[row.subjectId]?.[c.id];
                    const base = row.bases[c.id];
                    const change = row.autoChange[c.id] ?? 0;
                    return (
                      <td key={c.id} style={cellStyle}>
                        <input
                          aria-label={`${row.code} ${c.name}`}
                          data-testid={`cell-${row.code}-${c.id}`}
                          data-row={r}
                          data-col={col}
                          disabled={!isEditable}
                          value={edited ?? (base === null || base === undefined ? '' : String(base))}
                          onChange={(e) => onEdit(row.subjectId, c.id, e.target.value)}
                          onKeyDown={move}
                          onFocus={(e) => e.currentTarget.select()}
                          style={{ width: 56, textAlign: 'right', border: edited !== undefined ? '1px solid #1677ff' : '1px solid #d9d9d9', borderRadius: 4, padding: '2px 4px' }}
                        />
                        {change !== 0 && (
                          <div data-testid={`auto-${row.code}-${c.id}`} style={{ color: change < 0 ? '#cf1322' : '#389e0d', fontSize: 12 }}>
                            → {formatPoints(row.points[c.id] ?? null)} ({change > 0 ? '+' : '−'}{formatPoints(Math.abs(change))})
                          </div>
                        )}
                      </td>
                    );
                  })}
              <td data-testid={`total-${row.code}`} style={{ ...cellStyle, textAlign: 'right', fontWeight: 600 }}>{formatPoints(row.total)}</td>
              <td style={cellStyle}>{row.rating ? <Tag color={RATING_COLORS[row.rating]} title={RATING_LABELS[row.rating]}>{RATING_SHORT[row.rating]}</Tag> : <Tag data-testid={`unscored-${row.code}`}>{UNSCORED_LABEL}</Tag>}</td>
              <td style={{ ...cellStyle, textAlign: 'center' }}>{row.rank ?? ''}</td>
              <td style={cellStyle}>
                <Button size="small" onClick={() => onOpen(row.subjectId)}>Giải trình</Button>
                {onProducts && (
                  <Button size="small" style={{ marginLeft: 4 }} data-testid={`products-${row.code}`} onClick={() => onProducts(row.subjectId)}>
                    Sản phẩm{row.hasProducts ? ' ✓' : ''}
                  </Button>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
