/** The backups: the list, "Sao lưu ngay", and restoring one after a preview. */
import { useCallback, useEffect, useMemo, useState } from 'react';
import { App as AntApp, Button, Card, Space, Table, Typography } from 'antd';
import type { BackupInfo } from '../../../shared/api/types';
import { formatDateTimeVi } from '../../lib/format';
import { useApiCall } from '../../lib/useApiCall';
import { backupColumns } from './backupColumns';
import { RestoreModal } from './RestoreModal';

export function BackupsPanel({ onRestored }: { onRestored: () => void }) {
  const call = useApiCall();
  const { message } = AntApp.useApp();
  const [backups, setBackups] = useState<BackupInfo[] | null>(null);
  const [isBackingUp, setBackingUp] = useState(false);
  const [restoring, setRestoring] = useState<BackupInfo | null>(null);

  const load = useCallback(async () => {
    const result = await call((api) => api.listBackups());
    setBackups(result.ok ? result.data : []);
  }, [call]);

  useEffect(() => {
    void load();
  }, [load]);

  async function backupNow() {
    setBackingUp(true);
    const result = await call((api) => api.createBackup());
    setBackingUp(false);
    if (!result.ok) return;
    // The file's name carries a UTC time: the person reads the local time only.
    void message.success(`Đã sao lưu lúc ${formatDateTimeVi(result.data.createdAt)}.`);
    await load();
  }

  async function backupToFile() {
    setBackingUp(true);
    const result = await call((api) => api.exportBackup());
    setBackingUp(false);
    if (!result.ok || !result.data) return;
    const carried = result.data.evidence.included;
    void message.success(`Đã sao lưu ra ${result.data.file} (kèm ${carried} tệp chứng cứ).`);
  }

  const columns = useMemo(() => backupColumns(setRestoring), []);

  return (
    <Card
      title="Sao lưu và khôi phục"
      extra={
        <Space>
          <Button loading={isBackingUp} onClick={() => void backupToFile()}>
            Sao lưu ra tệp (kèm chứng cứ)…
          </Button>
          <Button type="primary" loading={isBackingUp} onClick={() => void backupNow()}>
            Sao lưu ngay
          </Button>
        </Space>
      }
    >
      <Typography.Paragraph type="secondary">
        Chương trình tự sao lưu mỗi ngày trước lần sửa dữ liệu đầu tiên. Trước khi khôi phục, dữ liệu hiện tại luôn được sao lưu an toàn.
      </Typography.Paragraph>
      <Table<BackupInfo>
        data-testid="backups-table"
        rowKey="file"
        size="small"
        loading={backups === null}
        dataSource={backups ?? []}
        columns={columns}
        pagination={{ pageSize: 10, hideOnSinglePage: true }}
        locale={{ emptyText: 'Chưa có bản sao lưu nào.' }}
      />
      <RestoreModal
        backup={restoring}
        onClose={() => setRestoring(null)}
        onRestored={() => {
          setRestoring(null);
          void load();
          onRestored();
        }}
      />
    </Card>
  );
}
