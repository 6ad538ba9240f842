/**
 * Moving in the scoring grid like a spreadsheet: arrows between cells (left/right only at the text's
 * edge), Enter down — or, at the row's end, to the next row's first cell — Shift+Enter up. Tab is the
 * browser's own: the cells are the only tab stops.
 */
import type { KeyboardEvent } from 'react';

const MOVES: Record<string, [number, number]> = { ArrowDown: [1, 0], ArrowUp: [-1, 0], ArrowLeft: [0, -1], ArrowRight: [0, 1] };

function cell(row: number, col: number): HTMLInputElement | null {
  return document.querySelector<HTMLInputElement>(`input[data-row="${row}"][data-col="${col}"]`);
}

function focusCell(event: KeyboardEvent<HTMLInputElement>, next: HTMLInputElement | null): void {
  if (!next) return;
  event.preventDefault();
  next.focus();
  next.select();
}

export function moveInGrid(event: KeyboardEvent<HTMLInputElement>, columns: number): void {
  const input = event.currentTarget;
  const row = Number(input.dataset.row);
  const col = Number(input.dataset.col);
  if (event.key === 'Enter' && !event.ctrlKey && !event.altKey) {
    if (event.shiftKey) return focusCell(event, cell(row - 1, col));
    return focusCell(event, col === columns - 1 ? cell(row + 1, 0) : cell(row + 1, col));
  }
  const step = MOVES[event.key];
  if (!step) return;
  const atStart = input.selectionStart === 0 && input.selectionEnd === 0;
  const atEnd = input.selectionStart === input.value.length;
  if ((event.key === 'ArrowLeft' && !atStart) || (event.key === 'ArrowRight' && !atEnd)) return;
  focusCell(event, cell(row + step[0], col + step[1]));
}
