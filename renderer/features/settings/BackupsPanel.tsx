/** The backups: the list, "Sao lưu ngay", and restoring one — from the list or from a chosen file — after a preview. */
import { useMemo, useState } from 'react';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, App as AntApp, Button, Card, Space, Table, Typography } from 'antd';
import type { BackupInfo } from '../../../shared/api/types';
import { LoadError } from '../../components/LoadError';
import { formatDateTimeVi } from '../../lib/format';
import { apiQuery, queryKeys } from '../../lib/queryClient';
import { useApiCall } from '../../lib/useApiCall';
import { backupColumns } from './backupColumns';
import { RestoreFromFile } from './RestoreFromFile';
import { RestoreModal, type RestoreChoice } from './RestoreModal';

export function BackupsPanel({ onRestored }: { onRestored: () => void }) {
  const call = useApiCall();
  const { message } = AntApp.useApp();
  const queryClient = useQueryClient();
  const backups = useQuery({ queryKey: queryKeys.backups, queryFn: () => apiQuery((api) => api.listBackups()) });
  const [isBackingUp, setBackingUp] = useState(false);
  const [restoring, setRestoring] = useState<RestoreChoice | null>(null);
  const [fileRefusal, setFileRefusal] = useState<string | null>(null);
  const reload = () => queryClient.invalidateQueries({ queryKey: queryKeys.backups });

  async function backupNow() {
    setBackingUp(true);
    const result = await call((api) => api.createBackup());
    setBackingUp(false);
    if (!result.ok) return;
    // The file's name carries a UTC time: the person reads the local time only.
    void message.success(`Đã sao lưu lúc ${formatDateTimeVi(result.data.createdAt)}.`);
    await reload();
  }

  async function backupToFile() {
    setBackingUp(true);
    const result = await call((api) => api.exportBackup());
    setBackingUp(false);
    if (!result.ok || !result.data) return;
    const carried = result.data.evidence.included;
    void message.success(`Đã sao lưu ra ${result.data.file} (kèm ${carried} tệp chứng cứ).`);
  }

  const columns = useMemo(() => backupColumns((backup) => setRestoring({ backup, isChecked: false })), []);

  return (
    <Card
      title="Sao lưu và khôi phục"
      extra={
        <Space wrap>
          <RestoreFromFile onChosen={(backup) => setRestoring({ backup, isChecked: true })} onRefused={setFileRefusal} />
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
        Bản sao lưu mang từ máy khác hoặc ổ USB (tệp .wcbak): bấm “Khôi phục từ tệp…”.
      </Typography.Paragraph>
      {fileRefusal && (
        <Alert
          type="error"
          showIcon
          style={{ marginBottom: 12 }}
          data-testid="restore-file-error"
          title="Không khôi phục được từ tệp đã chọn"
          description={fileRefusal}
          action={<Button size="small" onClick={() => setFileRefusal(null)}>Đóng</Button>}
        />
      )}
      {backups.isError && <LoadError what="danh sách bản sao lưu" error={backups.error} onRetry={() => void backups.refetch()} />}
      <Table<BackupInfo>
        data-testid="backups-table"
        rowKey="file"
        size="small"
        loading={backups.isPending}
        dataSource={backups.data ?? []}
        columns={columns}
        pagination={{ pageSize: 10, hideOnSinglePage: true }}
        locale={{ emptyText: 'Chưa có bản sao lưu nào.' }}
      />
      <RestoreModal
        choice={restoring}
        onClose={() => setRestoring(null)}
        onRestored={() => {
          setRestoring(null);
          void reload();
          onRestored();
        }}
      />
    </Card>
  );
}
