/** What can be done from a breakdown: the month's products (ND 335 task results) and a correction after closing. */
import { useState } from 'react';
import { Button, Space } from 'antd';
import type { BreakdownView } from '../../../shared/api/scoringTypes';
import { AmendScoresModal } from './AmendScoresModal';
import { TaskProductsModal } from './TaskProductsModal';

export function BreakdownActions({ view, onChanged }: { view: BreakdownView; onChanged: () => void }) {
  const [open, setOpen] = useState<'products' | 'amend' | null>(null);
  if (!view.breakdown) return null;
  return (
    <Space style={{ margin: '8px 0' }}>
      {view.taskCriterion && <Button onClick={() => setOpen('products')} data-testid="breakdown-products">Sản phẩm, công việc</Button>}
      {view.isLocked && <Button danger onClick={() => setOpen('amend')} data-testid="amend-after-close">Sửa sau khi chốt</Button>}
      {open === 'products' && <TaskProductsModal period={view.period} setId={view.setId} subjectId={view.subjectId} onClose={() => setOpen(null)} onSaved={() => { setOpen(null); onChanged(); }} />}
      {open === 'amend' && <AmendScoresModal view={view} onClose={() => setOpen(null)} onAmended={() => { setOpen(null); onChanged(); }} />}
    </Space>
  );
}
