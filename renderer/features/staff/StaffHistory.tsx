/** Lịch sử thay đổi: who changed what and when, each field as "Nhãn: cũ → mới". */
import { Empty, Timeline, Typography } from 'antd';
import type { StaffDetail, UnitView } from '../../../shared/api/rosterTypes';
import { formatDateTimeVi } from '../../lib/format';
import { fieldLabel, formatFieldValue } from './staffFormat';

interface Props {
  history: StaffDetail['history'];
  units: UnitView[];
}

const ACTION_LABELS: Record<string, string> = { create: 'Tạo hồ sơ', update: 'Sửa', import: 'Nhập từ Excel', delete: 'Xóa', restore: 'Khôi phục' };

export function StaffHistory({ history, units }: Props) {
  if (history.length === 0) return <Empty description="Chưa có thay đổi nào." />;
  const newestFirst = [...history].reverse();
  return (
    <Timeline
      data-testid="staff-history"
      items={newestFirst.map((entry, i) => ({
        key: `${entry.at}-${i}`,
        content: (
          <div>
            <Typography.Text strong>{formatDateTimeVi(entry.at)}</Typography.Text>
            <Typography.Text type="secondary">
              {' · '}
              {entry.by || 'Không rõ người sửa'} · {ACTION_LABELS[entry.action] ?? entry.action}
            </Typography.Text>
            {Object.entries(entry.changes ?? {}).map(([field, change]) => (
              <div key={field} data-testid="history-change">
                {fieldLabel(field)}: {formatFieldValue(field, change.from, units)} → {formatFieldValue(field, change.to, units)}
              </div>
            ))}
          </div>
        ),
      }))}
    />
  );
}
