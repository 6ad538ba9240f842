/** Step 3: the dry-run report; each change of an update can be rejected and each row skipped, then confirmed. */
import { useState } from 'react';
import { Alert, Button, Checkbox, Flex, Space, Table, Tag, Typography } from 'antd';
import type { TableColumnsType } from 'antd';
import type { ImportResult, PlanRow } from '../../../shared/api/rosterTypes';
import { useApiCall } from '../../lib/useApiCall';
import type { ImportDraft } from './importTypes';
import { ImportSheetsReport } from './ImportSheetsReport';

interface Props {
  draft: ImportDraft;
  onBack: () => void;
  onApplied: (result: ImportResult) => void;
}

const ACTIONS: Record<PlanRow['action'], { label: string; color: string }> = {
  new: { label: 'Thêm mới', color: 'green' },
  update: { label: 'Cập nhật', color: 'blue' },
  unchanged: { label: 'Không đổi', color: 'default' },
  refused: { label: 'Bị từ chối', color: 'red' },
};

const toggled = <T,>(set: Set<T>, item: T, isOn: boolean): Set<T> => {
  const next = new Set(set);
  if (isOn) next.add(item);
  else next.delete(item);
  return next;
};

export function ImportReportStep({ draft, onBack, onApplied }: Props) {
  const call = useApiCall();
  const { plan } = draft;
  const [rejected, setRejected] = useState<Set<string>>(new Set());
  const [skipped, setSkipped] = useState<Set<string>>(new Set());
  const isManySheets = plan.sheets.length > 1;
  const [isApplying, setApplying] = useState(false);
  const [error, setError] = useState<string | null>(null);

  async function apply() {
    setApplying(true);
    setError(null);
    const result = await call((api) => api.applyStaffImport({ file: draft.file, ...draft.reading, rejected: [...rejected], skippedRows: [...skipped] }));
    setApplying(false);
    if (result.ok) onApplied(result.data);
    else setError(result.error.message);
  }

  const columns: TableColumnsType<PlanRow> = [
    { title: 'Dòng', dataIndex: 'rowNumber', width: 70 },
    ...(isManySheets ? [{ title: 'Trang tính', dataIndex: 'sheetName', width: 160 }] : []),
    { title: 'Họ và tên', dataIndex: 'fullName', width: 200 },
    { title: 'Mã CB', dataIndex: 'code', width: 100 },
    { title: 'Kết quả', dataIndex: 'action', width: 120, render: (a: PlanRow['action']) => <Tag color={ACTIONS[a].color}>{ACTIONS[a].label}</Tag> },
    {
      title: 'Lý do/Thay đổi',
      key: 'details',
      render: (_v, row) => (
        <Flex vertical gap={2}>
          {row.reason && <Typography.Text type="danger">{row.reason}</Typography.Text>}
          {row.changes.map((c) => {
            const key = `${row.key}:${c.field}`;
            return (
              <Checkbox key={key} checked={!rejected.has(key)} disabled={skipped.has(row.key)} onChange={(e) => setRejected(toggled(rejected, key, !e.target.checked))}>
                {c.label}: {c.from || '(trống)'} → {c.to || '(trống)'}
              </Checkbox>
            );
          })}
          {row.warnings.map((w) => (
            <Typography.Text key={w} type="warning">
              {w}
            </Typography.Text>
          ))}
        </Flex>
      ),
    },
    {
      title: 'Bỏ qua',
      key: 'skip',
      width: 80,
      render: (_v, row) =>
        row.action === 'new' || row.action === 'update' ? (
          <Checkbox aria-label={`Bỏ qua dòng ${row.rowNumber}`} checked={skipped.has(row.key)} onChange={(e) => setSkipped(toggled(skipped, row.key, e.target.checked))} />
        ) : null,
    },
  ];

  const { summary } = plan;
  return (
    <Flex vertical gap={16} data-testid="import-report-step">
      <Space wrap data-testid="import-summary">
        <Tag color="green">Thêm mới {summary.new}</Tag>
        <Tag color="blue">Cập nhật {summary.update}</Tag>
        <Tag>Không đổi {summary.unchanged}</Tag>
        <Tag color="red">Bị từ chối {summary.refused}</Tag>
      </Space>
      <ImportSheetsReport plan={plan} />
      {plan.newUnits.length > 0 && (
        <Alert type="info" showIcon title={`Sẽ tạo ${plan.newUnits.length} đơn vị mới`} description={plan.newUnits.join('; ')} data-testid="import-new-units" />
      )}
      <Table
        rowKey="key"
        size="small"
        data-testid="import-report"
        columns={columns}
        dataSource={plan.rows}
        pagination={{ pageSize: 50, showSizeChanger: false, hideOnSinglePage: true }}
        rowClassName={(row) => (skipped.has(row.key) ? 'import-row-skipped' : '')}
      />
      {error && <Alert type="error" showIcon title={error} />}
      <Space>
        <Button onClick={onBack}>Quay lại</Button>
        <Button type="primary" onClick={() => void apply()} loading={isApplying} disabled={summary.new + summary.update === 0}>
          Xác nhận nhập
        </Button>
      </Space>
    </Flex>
  );
}
