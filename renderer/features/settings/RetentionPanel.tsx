/**
 * Thời hạn lưu giữ (Cài đặt, administrator): the retention period per kind of record with its basis,
 * and the run — a preview of what will be anonymised or removed, then a confirmation. Closed periods keep
 * their figures (the service keeps every number and the snapshots). The service refuses other roles.
 */
import { useState } from 'react';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { App, Button, Card, Flex, InputNumber, Modal, Table, Tag, Typography } from 'antd';
import type { RetentionItem, RetentionRun, RetentionSetting } from '../../../shared/api/retentionContract';
import type { RetentionKind } from '../../../shared/domain/retention';
import { LoadError } from '../../components/LoadError';
import { apiQuery } from '../../lib/queryClient';
import { useApiCall } from '../../lib/useApiCall';

const KEY = ['access', 'retention'] as const;
const ACTION_LABELS = { remove: 'Xóa', anonymise: 'Ẩn danh' } as const;

function YearsInput({ setting, onSave }: { setting: RetentionSetting; onSave: (kind: RetentionKind, years: number | null) => void }) {
  return (
    <Flex gap={8} align="center">
      <InputNumber
        min={1} max={100} value={setting.years} placeholder="Giữ" style={{ width: 90 }} aria-label={`Số năm lưu giữ: ${setting.label}`}
        onChange={(v) => onSave(setting.kind, typeof v === 'number' ? v : null)}
      />
      <span>{setting.years === null ? 'giữ, không xóa' : 'năm'}</span>
    </Flex>
  );
}

export function RetentionPanel() {
  const call = useApiCall();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const settings = useQuery({ queryKey: KEY, queryFn: () => apiQuery((api) => api.getRetention()) });
  const [preview, setPreview] = useState<RetentionRun | null>(null);
  const [isBusy, setBusy] = useState(false);

  async function save(kind: RetentionKind, years: number | null) {
    const result = await call((api) => api.updateRetention({ years: { [kind]: years } }));
    if (result.ok) queryClient.setQueryData(KEY, result.data);
  }

  async function run(dryRun: boolean) {
    setBusy(true);
    const result = await call((api) => api.runRetention({ dryRun }));
    setBusy(false);
    if (!result.ok) return;
    if (dryRun) {
      setPreview(result.data);
      return;
    }
    setPreview(null);
    const total = result.data.items.reduce((sum, i) => sum + i.count, 0);
    void message.success(`Đã xử lý ${total} bản ghi quá thời hạn lưu giữ.`);
    // Names and records changed everywhere.
    void queryClient.invalidateQueries();
  }

  const previewTotal = preview?.items.reduce((sum, i) => sum + i.count, 0) ?? 0;
  return (
    <Card title="Thời hạn lưu giữ dữ liệu cá nhân" data-testid="retention-panel">
      {settings.isError && <LoadError what="thời hạn lưu giữ" error={settings.error} onRetry={() => void settings.refetch()} />}
      <Table<RetentionSetting>
        size="small" rowKey="kind" pagination={false} loading={settings.isPending} dataSource={settings.data ?? []}
        columns={[
          { title: 'Loại bản ghi', dataIndex: 'label', width: 220 },
          { title: 'Thời hạn', key: 'years', width: 180, render: (_v, s) => <YearsInput setting={s} onSave={(k, y) => void save(k, y)} /> },
          { title: 'Khi hết hạn', dataIndex: 'action', width: 100, render: (a: RetentionSetting['action']) => ACTION_LABELS[a] },
          {
            title: 'Căn cứ', key: 'basis',
            render: (_v, s) => (
              <>
                {s.confidence === 'unverified' ? <Tag color="orange">Chưa có văn bản quy định</Tag> : <Tag>Phường tự quy định</Tag>}
                <Typography.Text type="secondary">{s.basis}</Typography.Text>
              </>
            ),
          },
        ]}
      />
      <Typography.Paragraph type="secondary" style={{ marginTop: 12 }}>
        Bản ghi quá hạn được ẩn danh (họ tên thành “Người đã ẩn danh #n”, xóa ghi chú, điện thoại, nội dung), vẫn được tính trong số liệu;
        số liệu và bản chốt của các kỳ đã khóa không thay đổi. Nhật ký truy cập quá hạn bị xóa.
      </Typography.Paragraph>
      <Button loading={isBusy} onClick={() => void run(true)} data-testid="retention-preview">Xem trước bản ghi quá hạn…</Button>
      <Modal
        open={preview !== null} title="Bản ghi quá thời hạn lưu giữ" width={720} onCancel={() => setPreview(null)} cancelText="Đóng"
        okText={`Ẩn danh, xóa ${previewTotal} bản ghi`} okButtonProps={{ danger: true, disabled: previewTotal === 0, loading: isBusy }}
        onOk={() => void run(false)} data-testid="retention-preview-modal"
      >
        {previewTotal === 0 ? (
          <Typography.Paragraph>Không có bản ghi nào quá thời hạn lưu giữ.</Typography.Paragraph>
        ) : (
          <Table<RetentionItem & { key: number }>
            size="small" rowKey="key" dataSource={(preview?.items ?? []).map((i, key) => ({ ...i, key }))} pagination={{ pageSize: 10, showSizeChanger: false }}
            columns={[
              { title: 'Việc', dataIndex: 'action', width: 90, render: (a: RetentionItem['action']) => ACTION_LABELS[a] },
              { title: 'Bản ghi', dataIndex: 'what' },
              { title: 'Số bản ghi', dataIndex: 'count', width: 100, align: 'right' },
            ]}
          />
        )}
      </Modal>
    </Card>
  );
}
