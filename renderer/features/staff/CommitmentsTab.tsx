/** Cam kết: progress per unit, who has and has not signed, marking signatures and printing the forms. */
import { useMemo, useState } from 'react';
import { App as AntApp, Button, DatePicker, Flex, Select, Space, Table, Tag } from 'antd';
import type { TableColumnsType } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { filterRoster, type RosterFilter, type RosterRowView } from '../../../shared/domain/rosterQuery';
import { base64ToBlob, PDF_TYPE, saveBlob } from '../../lib/download';
import { formatDayVi } from '../../lib/format';
import { useApiCall } from '../../lib/useApiCall';
import { CommitmentProgress } from './CommitmentProgress';
import { PdfPreviewModal } from '../../components/PdfPreviewModal';
import { SEARCHABLE } from '../../lib/foldedFilter';
import { unitOptions } from './staffFormat';
import { toIsoDay, VI_DAY } from './staffFormValues';
import type { Roster } from './useRoster';
import { VI_DAY_FORMATS } from '../../lib/dayInput';

interface Props {
  roster: Roster;
  onChanged: () => void;
}

const ALL = '__all__';

const columns: TableColumnsType<RosterRowView> = [
  { title: 'Họ và tên', dataIndex: 'fullName' },
  { title: 'Mã CB', dataIndex: 'code', width: 110 },
  { title: 'Chức vụ', dataIndex: 'position', width: 180 },
  { title: 'Đơn vị', dataIndex: 'unitName', width: 260 },
  {
    title: 'Cam kết',
    dataIndex: 'commitmentSignedAt',
    width: 170,
    render: (v: string | null) => (v ? <Tag color="green">Đã ký {formatDayVi(v)}</Tag> : <Tag color="orange">Chưa ký</Tag>),
  },
];

export function CommitmentsTab({ roster, onChanged }: Props) {
  const call = useApiCall();
  const { message } = AntApp.useApp();
  const [filter, setFilter] = useState<RosterFilter>({ status: 'current', commitment: 'unsigned' });
  const [selected, setSelected] = useState<string[]>([]);
  const [day, setDay] = useState<Dayjs | null>(dayjs());
  const [isBusy, setBusy] = useState(false);
  const [pdf, setPdf] = useState<{ blob: Blob; fileName: string; count: number } | null>(null);
  const rows = useMemo(() => filterRoster(roster.index, filter), [roster.index, filter]);
  const active = useMemo(() => filterRoster(roster.index, { status: 'current' }), [roster.index]);

  async function mark() {
    setBusy(true);
    const result = await call((api) => api.markCommitments({ ids: selected, date: toIsoDay(day) }));
    setBusy(false);
    if (!result.ok) return;
    void message.success(`Đã đánh dấu ${result.data.marked} người ký cam kết ngày ${day ? day.format(VI_DAY) : ''}.`);
    setSelected([]);
    onChanged();
  }

  async function print() {
    setBusy(true);
    const result = await call((api) => api.printCommitmentForms({ ids: selected }));
    setBusy(false);
    if (!result.ok) return;
    const blob = base64ToBlob(result.data.dataBase64, PDF_TYPE);
    saveBlob(blob, result.data.fileName);
    setPdf({ blob, fileName: result.data.fileName, count: result.data.count });
  }

  return (
    <Flex vertical gap={16} data-testid="commitments-tab">
      <CommitmentProgress units={roster.units} signed={active.filter((r) => r.commitmentSignedAt).length} total={active.length} />
      <Flex justify="space-between" wrap gap={12}>
        <Space wrap>
          <Select
            aria-label="Đơn vị"
            {...SEARCHABLE}
            style={{ width: 260 }}
            value={filter.unitId ?? ALL}
            onChange={(v: string) => setFilter({ ...filter, unitId: v === ALL ? null : v })}
            options={[{ value: ALL, label: 'Tất cả đơn vị' }, ...unitOptions(roster.units)]}
          />
          <Select
            aria-label="Tình trạng cam kết"
            style={{ width: 180 }}
            value={filter.commitment ?? ALL}
            onChange={(v: string) => setFilter({ ...filter, commitment: v === ALL ? null : (v as RosterFilter['commitment']) })}
            options={[
              { value: 'unsigned', label: 'Chưa ký' },
              { value: 'signed', label: 'Đã ký' },
              { value: ALL, label: 'Tất cả' },
            ]}
          />
        </Space>
        <Space wrap>
          <span>Đã chọn {selected.length} người</span>
          <DatePicker aria-label="Ngày ký cam kết" format={VI_DAY_FORMATS} value={day} onChange={setDay} allowClear={false} />
          <Button type="primary" disabled={selected.length === 0} loading={isBusy} onClick={() => void mark()}>
            Đánh dấu đã ký
          </Button>
          <Button disabled={selected.length === 0} loading={isBusy} onClick={() => void print()}>
            In bản cam kết
          </Button>
        </Space>
      </Flex>
      <Table
        rowKey="id"
        size="small"
        data-testid="commitments-table"
        columns={columns}
        dataSource={rows}
        loading={roster.isLoading}
        pagination={{ pageSize: 50, showSizeChanger: false, hideOnSinglePage: true }}
        rowSelection={{ selectedRowKeys: selected, onChange: (keys) => setSelected(keys.map(String)), preserveSelectedRowKeys: true }}
        locale={{ emptyText: 'Không có ai trong danh sách này.' }}
      />
      {pdf && <PdfPreviewModal blob={pdf.blob} fileName={pdf.fileName} title={`Bản cam kết: ${pdf.count} người`} saveLabel="Lưu lại tệp PDF" onClose={() => setPdf(null)} />}
    </Flex>
  );
}
