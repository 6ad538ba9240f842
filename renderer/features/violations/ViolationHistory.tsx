/**
 * The history of a violation, oldest first: the workflow steps, the edits made before the conclusion and
 * the amendments after it (who, when, the reason, old → new).
 */
import type { ReactNode } from 'react';
import { Timeline, Typography } from 'antd';
import { formatDateTimeVi } from '../../../shared/domain/dates';
import { VIOLATION_STATE_LABELS, type Violation } from '../../../shared/schema/violation';
import { describeValue, type ChangeNames } from './violationChangeFormat';
import { FIELD_LABELS } from './violationFormat';

type Changes = Record<string, { from: unknown; to: unknown }>;

interface Item {
  at: string;
  color: string;
  content: ReactNode;
}

function ChangeLines({ changes, names }: { changes: Changes; names: ChangeNames }) {
  return (
    <ul style={{ margin: '4px 0 0', paddingInlineStart: 20 }}>
      {Object.entries(changes).map(([field, c]) => (
        <li key={field}>
          {FIELD_LABELS[field] ?? field}: <Typography.Text type="secondary">{describeValue(field, c.from, names)}</Typography.Text> → {describeValue(field, c.to, names)}
        </li>
      ))}
    </ul>
  );
}

/** Edits made with "Sửa" (not the workflow moves, which carry a state, nor the amendments, listed on their own). */
function editsOf(record: Violation): { at: string; by: string; changes: Changes }[] {
  const amendedAt = new Set(record.amendments.map((a) => a.at));
  return (record.history ?? []).flatMap((entry) =>
    entry.action === 'update' && entry.changes && !('state' in entry.changes) && !('evidence' in entry.changes) && !amendedAt.has(entry.at) && Object.keys(entry.changes).length > 0
      ? [{ at: entry.at, by: entry.by, changes: entry.changes }]
      : [],
  );
}

export function ViolationHistory({ record, names }: { record: Violation; names: ChangeNames }) {
  const items: Item[] = [
    ...record.workflow.map((step) => ({
      at: step.at,
      color: 'blue',
      content: `${formatDateTimeVi(step.at)} — ${step.by}: ${step.from ? `${VIOLATION_STATE_LABELS[step.from]} → ` : ''}${VIOLATION_STATE_LABELS[step.to]}${step.note ? ` (${step.note})` : ''}`,
    })),
    ...editsOf(record).map((edit) => ({
      at: edit.at,
      color: 'gray',
      content: (
        <div data-testid="violation-edit">
          {formatDateTimeVi(edit.at)} — {edit.by}: sửa
          <ChangeLines changes={edit.changes} names={names} />
        </div>
      ),
    })),
    ...record.amendments.map((a) => ({
      at: a.at,
      color: 'orange',
      content: (
        <div data-testid="violation-amendment">
          <Typography.Text strong>{formatDateTimeVi(a.at)} — {a.by}: sửa đổi, bổ sung (đính chính)</Typography.Text>
          <div>Lý do: {a.reason}</div>
          <ChangeLines changes={a.changes} names={names} />
        </div>
      ),
    })),
  ].sort((a, b) => a.at.localeCompare(b.at));
  return (
    <div data-testid="violation-history">
      <Typography.Title level={5}>Quá trình xử lý</Typography.Title>
      <Timeline items={items.map((i) => ({ color: i.color, content: i.content }))} />
    </div>
  );
}
