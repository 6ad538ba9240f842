/** Cell styles of the scoring grid: the header row and the first two columns stay in sight while it scrolls. */
import type { CSSProperties } from 'react';

export const cellStyle: CSSProperties = { border: '1px solid #f0f0f0', padding: '4px 6px', verticalAlign: 'top', background: '#fff' };

export const headStyle: CSSProperties = { ...cellStyle, background: '#fafafa', position: 'sticky', top: 0, zIndex: 2 };

/** A column pinned at `left` px with a fixed width (the Mã and Họ và tên columns). */
export function stickyCell(left: number, width: number): CSSProperties {
  return { position: 'sticky', left, zIndex: 1, minWidth: width, maxWidth: width, width, boxSizing: 'border-box' };
}

/** A criterion's name in the header: at most three lines (the whole name in its tooltip). */
export const headText: CSSProperties = { display: '-webkit-box', WebkitLineClamp: 3, WebkitBoxOrient: 'vertical', overflow: 'hidden', fontSize: 12, lineHeight: '16px' };
