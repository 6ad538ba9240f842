/** Preview of a backup before restoring it, and the restore itself (after a safety backup). */
import { useState } from 'react';
import { useQuery } from '@tanstack/react-query';
import { Alert, App as AntApp, Descriptions, Modal, Skeleton } from 'antd';
import type { BackupInfo } from '../../../shared/api/types';
import { BACKUP_REASON_LABELS, KIND_LABELS, formatDateTimeVi, formatNumber } from '../../lib/format';
import { FIT_MODAL } from '../../components/modalFit';
import { apiQuery } from '../../lib/queryClient';
import { useApiCall } from '../../lib/useApiCall';

function evidenceText(e: BackupInfo['evidence']): string {
  const included = `${formatNumber(e.included)} tệp trong bản sao lưu`;
  return e.referenced === null ? included : `${included} (dữ liệu nêu ${formatNumber(e.referenced)} tệp)`;
}

/** A backup from the list (previewed here), or a chosen file the services already read and checked. */
export interface RestoreChoice {
  backup: BackupInfo;
  isChecked: boolean;
}

interface Props {
  choice: RestoreChoice | null;
  onClose: () => void;
  onRestored: () => void;
}

export function RestoreModal({ choice, onClose, onRestored }: Props) {
  const call = useApiCall();
  const { notification } = AntApp.useApp();
  const [isRestoring, setRestoring] = useState(false);
  const backup = choice?.backup ?? null;
  const previewQuery = useQuery({
    queryKey: ['settings', 'backupPreview', backup?.file ?? ''],
    queryFn: () => apiQuery((api) => api.previewBackup({ file: backup?.file ?? '' })),
    enabled: choice !== null && !choice.isChecked,
    gcTime: 0,
  });
  const preview = choice?.isChecked ? choice.backup : (previewQuery.data ?? null);
  const previewError = choice && !choice.isChecked && previewQuery.isError ? previewQuery.error.message : null;

  async function restore() {
    if (!preview) return;
    setRestoring(true);
    const result = await call((api) => api.restoreBackup({ file: preview.file }));
    setRestoring(false);
    if (!result.ok) return;
    notification.success({
      title: 'Đã khôi phục dữ liệu',
      description: `Dữ liệu đã trở về bản sao lưu lúc ${formatDateTimeVi(result.data.restored.createdAt)}.${result.data.evidenceWritten > 0 ? ` Đã chép lại ${formatNumber(result.data.evidenceWritten)} tệp chứng cứ.` : ''} Trước khi khôi phục, dữ liệu cũ đã được sao lưu an toàn lúc ${formatDateTimeVi(result.data.safetyBackup.createdAt)} (xem trong danh sách bản sao lưu).`,
      duration: 10,
    });
    onRestored();
  }

  return (
    <Modal
      open={choice !== null}
      title="Khôi phục từ bản sao lưu"
      okText="Khôi phục bản này"
      cancelText="Hủy"
      okButtonProps={{ danger: true, disabled: !preview }}
      confirmLoading={isRestoring}
      onOk={() => void restore()}
      onCancel={onClose}
      width={640}
      {...FIT_MODAL}
      destroyOnHidden
    >
      {previewError && <Alert type="error" showIcon title={previewError} />}
      {!preview && !previewError && <Skeleton active />}
      {preview && (
        <>
          <Descriptions
            bordered
            size="small"
            column={1}
            data-testid="restore-preview"
            items={[
              ...(choice?.isChecked ? [{ key: 'file', label: 'Tệp đã chọn', children: preview.fileName }] : []),
              { key: 'createdAt', label: 'Thời điểm sao lưu', children: formatDateTimeVi(preview.createdAt) },
              { key: 'reason', label: 'Loại', children: BACKUP_REASON_LABELS[preview.reason] ?? preview.reason },
              { key: 'ward', label: 'Phường/xã', children: preview.wardName || 'Chưa khai báo' },
              ...KIND_LABELS.map(({ kind, label }) => ({ key: kind, label, children: formatNumber(preview.counts[kind] ?? 0) })),
              { key: 'evidence', label: 'Tệp chứng cứ kèm theo', children: <span data-testid="restore-evidence">{evidenceText(preview.evidence)}</span> },
            ]}
          />
          {(preview.evidence.missing ?? 0) > 0 && (
            <Alert
              type="error"
              showIcon
              style={{ marginTop: 16 }}
              data-testid="restore-evidence-missing"
              title={`${formatNumber(preview.evidence.missing ?? 0)} tệp chứng cứ mà dữ liệu nêu tên không có trong bản sao lưu này và cũng không có trong thư mục dữ liệu. Sau khi khôi phục, các tệp đó sẽ không mở được; hãy dùng bản sao lưu ra tệp (kèm chứng cứ) nếu có.`}
            />
          )}
          <Alert
            type="warning"
            showIcon
            style={{ marginTop: 16 }}
            title="Toàn bộ dữ liệu hiện tại sẽ được thay bằng dữ liệu của bản sao lưu này. Trước khi thay, chương trình tự sao lưu dữ liệu hiện tại để có thể quay lại."
          />
        </>
      )}
    </Modal>
  );
}
