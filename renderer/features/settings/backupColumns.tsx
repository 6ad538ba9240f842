/** Columns of the backups table. */
import { Button } from 'antd';
import type { TableColumnsType } from 'antd';
import type { BackupInfo } from '../../../shared/api/types';
import { BACKUP_REASON_LABELS, formatBytes, formatCounts, formatDateTimeVi } from '../../lib/format';

export function backupColumns(onRestore: (backup: BackupInfo) => void): TableColumnsType<BackupInfo> {
  return [
    { key: 'createdAt', title: 'Thời điểm', dataIndex: 'createdAt', width: 160, render: (value: string) => formatDateTimeVi(value) },
    { key: 'reason', title: 'Loại', dataIndex: 'reason', width: 200, render: (value: BackupInfo['reason']) => BACKUP_REASON_LABELS[value] ?? value },
    { key: 'wardName', title: 'Phường/xã', dataIndex: 'wardName', render: (value: string) => value || '—' },
    { key: 'counts', title: 'Số bản ghi', dataIndex: 'counts', render: (value: Record<string, number>) => formatCounts(value) },
    { key: 'size', title: 'Dung lượng', dataIndex: 'sizeBytes', width: 110, align: 'right', render: (value: number) => formatBytes(value) },
    {
      key: 'actions',
      title: '',
      width: 120,
      render: (_value, backup) => (
        <Button size="small" onClick={() => onRestore(backup)}>
          Khôi phục
        </Button>
      ),
    },
  ];
}
