/**
 * The products and work items (sản phẩm, công việc) of a month, one row each, like a small sheet:
 * Tab moves across a row; Enter moves down the same column, and on the last row adds a new one.
 */
import { useEffect, useState, type KeyboardEvent } from 'react';
import { Button, Checkbox, Input, InputNumber } from 'antd';
import type { TaskProduct } from '../../../shared/schema/scoring';

export const EMPTY_PRODUCT: TaskProduct = { name: '', weight: 1, isCompleted: true, qualityFailures: 0, delays: 0, excusedDelays: 0 };

type CountField = 'weight' | 'qualityFailures' | 'excusedQualityFailures' | 'delays' | 'excusedDelays';

const COUNTS: { field: CountField; title: string; label: string; max: number; step: number }[] = [
  { field: 'weight', title: 'Trọng số (quy đổi)', label: 'Trọng số', max: 100, step: 1 },
  { field: 'qualityFailures', title: 'Số lần không đạt chất lượng', label: 'Số lần không đạt chất lượng', max: 20, step: 1 },
  { field: 'delays', title: 'Số lần chậm tiến độ', label: 'Số lần chậm tiến độ', max: 20, step: 1 },
  { field: 'excusedDelays', title: 'Trong đó chậm do khách quan (được xác nhận)', label: 'Số lần chậm do khách quan', max: 20, step: 1 },
  { field: 'excusedQualityFailures', title: 'Trong đó sai sót do khách quan (được xác nhận)', label: 'Số lần sai sót do khách quan', max: 20, step: 1 },
];

const cell = { border: '1px solid #f0f0f0', padding: '4px 6px' } as const;

function focusCell(row: number, field: string): void {
  const next = document.querySelector<HTMLInputElement>(`[data-task-row="${row}"][data-task-field="${field}"] input, input[data-task-row="${row}"][data-task-field="${field}"]`);
  next?.focus();
  next?.select?.();
}

interface Props {
  products: TaskProduct[];
  isReadOnly: boolean;
  onChange: (products: TaskProduct[]) => void;
}

export function TaskProductsTable({ products, isReadOnly, onChange }: Props) {
  const [focusNew, setFocusNew] = useState<number | null>(null);
  useEffect(() => {
    if (focusNew === null) return;
    focusCell(focusNew, 'name');
    setFocusNew(null);
  }, [focusNew, products.length]);
  const patch = (i: number, change: Partial<TaskProduct>) => onChange(products.map((p, j) => (j === i ? { ...p, ...change } : p)));
  const addRow = () => {
    onChange([...products, { ...EMPTY_PRODUCT }]);
    setFocusNew(products.length);
  };
  const onKeyDown = (event: KeyboardEvent<HTMLElement>) => {
    const target = (event.target as HTMLElement).closest<HTMLElement>('[data-task-row]');
    if (event.key !== 'Enter' || !target || isReadOnly) return;
    event.preventDefault();
    const row = Number(target.dataset.taskRow);
    const field = target.dataset.taskField ?? 'name';
    if (row === products.length - 1) addRow();
    else focusCell(row + 1, field);
  };
  return (
    <div onKeyDown={onKeyDown}>
      <table data-testid="task-products" style={{ borderCollapse: 'collapse', width: '100%', fontSize: 13 }}>
        <thead>
          <tr style={{ background: '#fafafa' }}>
            <th style={cell}>#</th>
            <th style={cell}>Tên sản phẩm, công việc được giao</th>
            <th style={cell}>Đã hoàn thành</th>
            {COUNTS.map((c) => <th key={c.field} style={{ ...cell, maxWidth: 110 }}>{c.title}</th>)}
            <th style={cell} />
          </tr>
        </thead>
        <tbody>
          {products.map((p, i) => (
            <tr key={i} data-testid={`task-row-${i + 1}`}>
              <td style={{ ...cell, textAlign: 'center' }}>{i + 1}</td>
              <td style={cell}>
                <Input aria-label={`Tên sản phẩm ${i + 1}`} data-task-row={i} data-task-field="name" value={p.name} disabled={isReadOnly} maxLength={300} onChange={(e) => patch(i, { name: e.target.value })} />
              </td>
              <td style={{ ...cell, textAlign: 'center' }}>
                <Checkbox aria-label={`Đã hoàn thành sản phẩm ${i + 1}`} data-task-row={i} data-task-field="isCompleted" checked={p.isCompleted} disabled={isReadOnly} onChange={(e) => patch(i, { isCompleted: e.target.checked })} />
              </td>
              {COUNTS.map((c) => (
                <td key={c.field} style={cell}>
                  <span data-task-row={i} data-task-field={c.field}>
                    <InputNumber decimalSeparator="," aria-label={`${c.label} ${i + 1}`} size="small" min={0} max={c.max} step={c.step} precision={c.field === 'weight' ? undefined : 0} value={p[c.field] ?? 0} disabled={isReadOnly} style={{ width: 80 }}
                      onChange={(v) => patch(i, { [c.field]: v ?? 0 })} />
                  </span>
                </td>
              ))}
              <td style={cell}>
                {!isReadOnly && <Button size="small" danger aria-label={`Xóa sản phẩm ${i + 1}`} tabIndex={-1} onClick={() => onChange(products.filter((_, j) => j !== i))}>Xóa</Button>}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {!isReadOnly && <Button style={{ marginTop: 8 }} onClick={addRow} data-testid="add-task-product">Thêm sản phẩm (Enter ở dòng cuối)</Button>}
    </div>
  );
}
