/** The workflow steps and the amendments of a violation, oldest first. */
import { Timeline, Typography } from 'antd';
import { formatDateTimeVi } from '../../../shared/domain/dates';
import { VIOLATION_STATE_LABELS, type Violation } from '../../../shared/schema/violation';
import { FIELD_LABELS } from './violationFormat';

function show(value: unknown): string {
  if (value === null || value === undefined || value === '') return '(trống)';
  return typeof value === 'string' ? value : JSON.stringify(value);
}

export function ViolationHistory({ record }: { record: Violation }) {
  const items = [
    ...record.workflow.map((step) => ({
      at: step.at,
      content: `${formatDateTimeVi(step.at)} — ${step.by}: ${step.from ? `${VIOLATION_STATE_LABELS[step.from]} → ` : ''}${VIOLATION_STATE_LABELS[step.to]}${step.note ? ` (${step.note})` : ''}`,
      color: 'blue',
    })),
    ...record.amendments.map((a) => ({
      at: a.at,
      content: `${formatDateTimeVi(a.at)} — ${a.by}: đính chính vì "${a.reason}": ${Object.entries(a.changes).map(([k, c]) => `${FIELD_LABELS[k] ?? k}: ${show(c.from)} → ${show(c.to)}`).join('; ')}`,
      color: 'orange',
    })),
  ].sort((a, b) => a.at.localeCompare(b.at));
  return (
    <div data-testid="violation-history">
      <Typography.Title level={5}>Quá trình xử lý</Typography.Title>
      <Timeline items={items.map((i) => ({ color: i.color, content: i.content }))} />
    </div>
  );
}
