/**
 * The scoring grid, like a spreadsheet: one row a person, one input a criterion, the only tab stops.
 * The header row and the Mã / Họ và tên columns stay in sight as the grid scrolls inside its own area;
 * arrows, Enter and Tab move between cells (see gridKeys), a block pasted from Excel fills the cells
 * from the one pasted into, and the total and rating follow what is typed.
 */
import { useMemo, useRef, type FocusEvent } from 'react';
import { Tooltip } from 'antd';
import type { GridRow, ScoreGrid } from '../../../shared/api/scoringTypes';
import { labelOfKey } from '../../../shared/domain/period';
import { formatPoints } from '../../../shared/domain/scoringMath';
import type { RatingBand } from '../../../shared/schema/criteria';
import type { GridDraftStore } from './gridDraftStore';
import { headStyle, headText, stickyCell } from './gridStyles';
import { ScoreGridRow } from './ScoreGridRow';
import { useRowWindow } from '../../lib/useRowWindow';

export type { GridEdits } from './gridDraft';

interface Props {
  grid: ScoreGrid;
  rows: GridRow[];
  /** The drafts (each row reads its own cells from them) and this grid's key in them. */
  drafts: GridDraftStore;
  draftKey: string;
  bands: RatingBand[] | null;
  isEditable: boolean;
  onEdit: (subjectId: string, criterionId: string, value: string) => void;
  onPaste: (rowIndex: number, colIndex: number, text: string) => boolean;
  onOpen: (subjectId: string) => void;
  /** Opens the month's products (ND 335 task results); absent when the set has none. */
  onProducts?: (subjectId: string) => void;
}

function GridHead({ grid }: { grid: ScoreGrid }) {
  const heads = grid.isRollup ? grid.months.map((m) => ({ id: m, name: labelOfKey(m), maxPoints: null as number | null, note: '' })) : grid.criteria;
  return (
    <thead>
      <tr>
        <th style={{ ...headStyle, ...stickyCell(0, 72), zIndex: 3 }}>Mã</th>
        <th style={{ ...headStyle, ...stickyCell(72, 190), zIndex: 3 }}>Họ và tên</th>
        {heads.map((h) => (
          <th key={h.id} style={{ ...headStyle, minWidth: 96, maxWidth: 150 }}>
            <Tooltip title={h.note ? `${h.name} — ${h.note}` : h.name}><div style={headText}>{h.name}</div></Tooltip>
            {h.maxPoints !== null && <div style={{ fontWeight: 400, color: '#888' }}>tối đa {formatPoints(h.maxPoints)}</div>}
          </th>
        ))}
        {[grid.isRollup ? 'Điểm kỳ' : 'Tổng', 'Xếp loại', 'Hạng', ''].map((h, i) => <th key={i} style={headStyle}>{h}</th>)}
      </tr>
    </thead>
  );
}

export function ScoreGridTable({ grid, rows, drafts, draftKey, bands, isEditable, onEdit, onPaste, onOpen, onProducts }: Props) {
  // The header depends on the grid only: built once, not per keystroke.
  const head = useMemo(() => <GridHead grid={grid} />, [grid]);
  const scroller = useRef<HTMLDivElement>(null);
  const body = useRef<HTMLTableSectionElement>(null);
  const keys = useMemo(() => rows.map((r) => r.subjectId), [rows]);
  // A long grid draws the rows in sight only (see useRowWindow); the focused row stays drawn.
  const { range, onFocusRow } = useRowWindow({ scroller, body, keys });
  const focus = (event: FocusEvent<HTMLElement>) => {
    const row = (event.target as HTMLElement).dataset.row;
    if (row !== undefined) onFocusRow(Number(row));
  };
  const spacer = (height: number, name: string) => height > 0 && <tr aria-hidden data-testid={`grid-spacer-${name}`} style={{ height }}><td colSpan={999} style={{ padding: 0, border: 0 }} /></tr>;
  return (
    <div ref={scroller} data-testid="score-grid-scroll" style={{ overflow: 'auto', maxHeight: 'max(240px, calc(100vh - 290px))', border: '1px solid #f0f0f0' }}>
      <table data-testid="score-grid" data-row-count={rows.length} onFocus={focus} style={{ borderCollapse: 'separate', borderSpacing: 0, width: '100%', fontSize: 13 }}>
        {head}
        <tbody ref={body}>
          {spacer(range.before, 'before')}
          {rows.slice(range.start, range.end).map((row, i) => (
            <ScoreGridRow key={row.subjectId} row={row} index={range.start + i} criteria={grid.criteria} isRollup={grid.isRollup} drafts={drafts} draftKey={draftKey} bands={bands}
              isEditable={isEditable} onEdit={onEdit} onPaste={onPaste} onOpen={onOpen} onProducts={onProducts} />
          ))}
          {spacer(range.after, 'after')}
        </tbody>
      </table>
    </div>
  );
}
