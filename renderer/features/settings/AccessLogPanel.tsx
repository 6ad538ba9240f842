/**
 * Nhật ký truy cập (Cài đặt, administrator): who read which discipline records and personal data,
 * when, and whose — filtered by person, user and days, a page at a time, and "Xuất CSV" through the
 * same service as the CLI `access-log export`. The service refuses other roles; this card is hidden for them.
 */
import { useState } from 'react';
import { useQuery } from '@tanstack/react-query';
import { Button, Card, DatePicker, Flex, Select, Table, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import type { AccessLogEntry, AccessLogFilter } from '../../../shared/api/accessContract';
import { ROLE_LABELS, type Role } from '../../../shared/api/permissions';
import { LoadError } from '../../components/LoadError';
import { VI_DAY_FORMATS } from '../../lib/dayInput';
import { base64ToBlob, saveBlob } from '../../lib/download';
import { formatDateTimeVi } from '../../lib/format';
import { apiQuery } from '../../lib/queryClient';
import { useApiCall } from '../../lib/useApiCall';

type Range = [Dayjs | null, Dayjs | null] | null;

function toFilter(staffId: string | undefined, by: string | undefined, range: Range): AccessLogFilter {
  const [from, to] = range ?? [null, null];
  return { staffId, by, from: from?.format('YYYY-MM-DD'), to: to?.format('YYYY-MM-DD') };
}

export function AccessLogPanel() {
  const call = useApiCall();
  const [staffId, setStaffId] = useState<string>();
  const [by, setBy] = useState<string>();
  const [range, setRange] = useState<Range>(null);
  const filter = toFilter(staffId, by, range);
  const log = useQuery({ queryKey: ['access', 'log', filter], queryFn: () => apiQuery((api) => api.listAccessLog(filter)) });
  const staff = useQuery({ queryKey: ['access', 'logStaff'], queryFn: () => apiQuery((api) => api.listStaff({ status: 'all' })) });
  const users = useQuery({ queryKey: ['access', 'logUsers'], queryFn: () => apiQuery((api) => api.listUsers()) });

  async function exportCsv() {
    const result = await call((api) => api.exportAccessLog(filter));
    if (result.ok) saveBlob(base64ToBlob(result.data.dataBase64, 'text/csv;charset=utf-8'), result.data.fileName);
  }

  return (
    <Card title="Nhật ký truy cập dữ liệu cá nhân" data-testid="access-log-panel">
      <Typography.Paragraph type="secondary">
        Ai đã xem hồ sơ vi phạm, đánh giá và thông tin cá nhân của ai, vào lúc nào. Không chọn ngày: cả năm nay.
      </Typography.Paragraph>
      <Flex gap={8} wrap style={{ marginBottom: 12 }}>
        <Select
          allowClear showSearch optionFilterProp="label" placeholder="Người có dữ liệu" aria-label="Người có dữ liệu" style={{ minWidth: 220 }}
          value={staffId} onChange={setStaffId}
          options={(staff.data ?? []).map((s) => ({ value: s.id, label: `${s.fullName} (${s.code})` }))}
        />
        <Select
          allowClear placeholder="Người dùng" aria-label="Người dùng" style={{ minWidth: 180 }}
          value={by} onChange={setBy}
          options={(users.data ?? []).map((u) => ({ value: u.name, label: `${u.name} (${u.roleLabel})` }))}
        />
        <DatePicker.RangePicker format={VI_DAY_FORMATS} placeholder={['Từ ngày', 'Đến ngày']} value={range} onChange={(v) => setRange(v)} aria-label="Khoảng ngày" />
        <Button onClick={() => void exportCsv()} data-testid="access-log-csv">Xuất CSV</Button>
      </Flex>
      {log.isError && <LoadError what="nhật ký truy cập" error={log.error} onRetry={() => void log.refetch()} />}
      <Table<AccessLogEntry>
        size="small"
        loading={log.isPending}
        rowKey={(e) => `${e.at}|${e.by}|${e.method}|${e.staffIds.join(',')}`}
        dataSource={log.data ?? []}
        pagination={{ pageSize: 20, showSizeChanger: false, showTotal: (total) => `${total} lượt` }}
        scroll={{ x: 760 }}
        data-testid="access-log-table"
        columns={[
          { title: 'Thời điểm', dataIndex: 'at', width: 140, render: (at: string) => formatDateTimeVi(at) },
          { title: 'Người dùng', dataIndex: 'by', width: 190, render: (v: string, e) => `${v} (${ROLE_LABELS[e.role as Role] ?? e.role})` },
          { title: 'Đã xem', dataIndex: 'what' },
          { title: 'Dữ liệu của', dataIndex: 'staffNames', render: (names: string[]) => names.join('; ') },
        ]}
      />
    </Card>
  );
}
