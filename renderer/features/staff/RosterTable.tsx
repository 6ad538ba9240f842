/**
 * The roster as a light table: a plain <table> in its own scroll area, the header row and the Mã CB /
 * Họ và tên columns kept in sight, and only the rows in sight drawn (useRowWindow). A keystroke in the
 * search that changes the list from 20 people back to 2,000 lays out a few dozen rows, not a component
 * tree for each person (issue 13: search as you type, p95 ≤ 50 ms at 2,000 people).
 * Rows are reached by Tab or the arrow keys and opened with Enter, as by a click.
 */
import { memo, useMemo, useRef, type CSSProperties, type KeyboardEvent } from 'react';
import { Empty, Spin } from 'antd';
import type { RosterRowView } from '../../../shared/domain/rosterQuery';
import { useRowWindow } from '../../lib/useRowWindow';
import { PINNED_COLUMNS, ROSTER_COLUMNS, ROSTER_TABLE_WIDTH } from './rosterColumns';
import './rosterTable.css';

interface Props {
  rows: RosterRowView[];
  isLoading: boolean;
  isRosterEmpty: boolean;
  height: number;
  onOpen: (id: string) => void;
}

/** Every row's height in px, as .roster-row sets it in rosterTable.css. */
const ROW_HEIGHT = 39;

/** Left offsets of the pinned columns. */
const PIN_LEFT = ROSTER_COLUMNS.slice(0, PINNED_COLUMNS).reduce<number[]>((lefts, column, i) => [...lefts, (lefts[i] ?? 0) + column.width], [0]);

/** A pinned cell's left edge (the .pin class makes it sticky; header cells are sticky already). */
function pinned(index: number): CSSProperties | undefined {
  return index < PINNED_COLUMNS ? { left: PIN_LEFT[index] } : undefined;
}

function moveFocus(event: KeyboardEvent<HTMLTableRowElement>, onOpen: (id: string) => void, id: string) {
  const row = event.currentTarget;
  if (event.key === 'Enter' || event.key === ' ') {
    event.preventDefault();
    onOpen(id);
    return;
  }
  const next = event.key === 'ArrowDown' ? row.nextElementSibling : event.key === 'ArrowUp' ? row.previousElementSibling : null;
  if (next instanceof HTMLTableRowElement && next.dataset.key) {
    event.preventDefault();
    next.focus();
    next.scrollIntoView({ block: 'nearest' });
  }
}

export const RosterTable = memo(function RosterTable({ rows, isLoading, isRosterEmpty, height, onOpen }: Props) {
  const scroller = useRef<HTMLDivElement>(null);
  const body = useRef<HTMLTableSectionElement>(null);
  const keys = useMemo(() => rows.map((row) => row.id), [rows]);
  // Even a short list draws only the rows in sight, with a small overscan: a search brings in new rows on
  // every keystroke, and laying out a row of names costs ~1 ms here. The rows' height is fixed by
  // rosterTable.css, so they are never measured (no forced layout on a keystroke).
  const { range, onFocusRow } = useRowWindow({ scroller, body, keys, overscan: 120, estimate: ROW_HEIGHT, isFixedHeight: true, windowFrom: 0 });
  const spacer = (h: number, name: string) => h > 0 && <tr aria-hidden data-testid={`roster-spacer-${name}`} style={{ height: h }}><td colSpan={ROSTER_COLUMNS.length} className="roster-spacer" /></tr>;
  return (
    <div ref={scroller} className="roster-scroll" data-testid="roster-table" style={{ height }} aria-busy={isLoading}>
      <table className="roster-grid" data-row-count={rows.length} style={{ minWidth: ROSTER_TABLE_WIDTH }}>
        <colgroup>
          {ROSTER_COLUMNS.map((column) => <col key={column.key} style={{ width: column.width }} />)}
        </colgroup>
        <thead>
          <tr>
            {ROSTER_COLUMNS.map((column, i) => <th key={column.key} scope="col" className={i < PINNED_COLUMNS ? 'pin' : undefined} style={pinned(i)}>{column.title}</th>)}
          </tr>
        </thead>
        <tbody ref={body}>
          {spacer(range.before, 'before')}
          {rows.slice(range.start, range.end).map((row, i) => (
            // Keyed by place, not by person: a new search rewrites the texts of the rows drawn instead of replacing them.
            <tr key={range.start + i} data-key={row.id} data-row={range.start + i} className="roster-row" tabIndex={0}
              onClick={() => onOpen(row.id)} onFocus={() => onFocusRow(range.start + i)} onKeyDown={(e) => moveFocus(e, onOpen, row.id)}>
              {ROSTER_COLUMNS.map((column, c) => {
                const text = column.text(row);
                return <td key={column.key} className={c < PINNED_COLUMNS ? 'pin' : undefined} style={pinned(c)} title={text.length > 24 ? text : undefined}>{column.render ? column.render(row) : text}</td>;
              })}
            </tr>
          ))}
          {spacer(range.after, 'after')}
        </tbody>
      </table>
      {rows.length === 0 && !isLoading && (
        <Empty className="roster-empty" image={Empty.PRESENTED_IMAGE_SIMPLE} description={isRosterEmpty ? 'Chưa có cán bộ nào. Hãy thêm hoặc nhập từ Excel.' : 'Không có ai khớp bộ lọc.'} />
      )}
      {isLoading && <Spin className="roster-loading" />}
    </div>
  );
});
