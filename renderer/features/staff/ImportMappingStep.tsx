/** Step 2: the header row found and which column holds which field, editable; "Đọc lại" reads the sheet again. */
import { useState } from 'react';
import { Alert, Button, Flex, InputNumber, Select, Space, Table, Typography } from 'antd';
import type { TableColumnsType } from 'antd';
import { FIELD_LABELS, ROSTER_FIELDS } from '../../../shared/domain/rosterFields';
import { useApiCall } from '../../lib/useApiCall';
import type { ImportDraft } from './importTypes';

interface Props {
  draft: ImportDraft;
  onReread: (draft: ImportDraft) => void;
  onBack: () => void;
  onNext: () => void;
}

const NONE = '__none__';
const FIELD_OPTIONS = [{ value: NONE, label: '(không dùng)' }, ...ROSTER_FIELDS.map((f) => ({ value: f, label: FIELD_LABELS[f] }))];

/** "STT / STT" (a heading merged over two rows) reads as "STT". */
function headingText(text: string): string {
  return [...new Set(text.split(' / '))].join(' / ');
}

function columnLetter(column: number): string {
  let out = '';
  for (let n = column; n > 0; n = Math.floor((n - 1) / 26)) out = String.fromCharCode(65 + ((n - 1) % 26)) + out;
  return out;
}

/** The person's own choice when they made one (the plan's headings keep the detected fields), else the detected one. */
function initialMapping({ plan, reading }: ImportDraft): Record<number, string> {
  const chosen = reading.columns ? new Map(Object.entries(reading.columns).map(([field, column]) => [column, field] as const)) : null;
  return Object.fromEntries(plan.headings.map((h) => [h.column, chosen ? (chosen.get(h.column) ?? NONE) : (h.field ?? NONE)]));
}

export function ImportMappingStep({ draft, onReread, onBack, onNext }: Props) {
  const call = useApiCall();
  const { plan } = draft;
  const [headerRow, setHeaderRow] = useState<number>(plan.headerRow);
  const [mapping, setMapping] = useState<Record<number, string>>(() => initialMapping(draft));
  const [isReading, setReading] = useState(false);

  async function reread() {
    const columns: Record<string, number> = {};
    for (const [column, field] of Object.entries(mapping)) if (field !== NONE && columns[field] === undefined) columns[field] = Number(column);
    const reading = { headerRow, columns };
    setReading(true);
    const result = await call((api) => api.previewStaffImport({ file: draft.file, ...reading }));
    setReading(false);
    if (result.ok) onReread({ ...draft, reading, plan: result.data });
  }

  const width = Math.max(0, ...plan.preview.map((r) => r.length));
  const previewColumns: TableColumnsType<{ key: number; cells: string[] }> = [
    { title: 'Dòng', dataIndex: 'key', width: 60, fixed: 'left' },
    ...Array.from({ length: width }, (_, i) => ({ title: columnLetter(i + 1), key: String(i), width: 150, ellipsis: true, render: (_v: unknown, r: { cells: string[] }) => r.cells[i] ?? '' })),
  ];

  return (
    <Flex vertical gap={16} data-testid="import-mapping-step">
      {plan.sheets.length > 1 && (
        <Alert
          type="info"
          showIcon
          title={`Tệp có ${plan.sheets.length} trang tính danh sách: ${plan.sheets.map((sheet) => sheet.sheetName).join('; ')}`}
          description="Các trang đều được đọc tự động. Nếu chọn cột bằng tay, chỉ trang đầu tiên được đọc theo cách chọn đó."
        />
      )}
      <Typography.Text>
        Trang tính: <b>{plan.sheetName}</b>. Dòng tiêu đề:{' '}
        <InputNumber decimalSeparator="," aria-label="Dòng tiêu đề" min={1} max={50} value={headerRow} onChange={(v) => setHeaderRow(v ?? plan.headerRow)} />
      </Typography.Text>
      <Table
        size="small"
        rowKey="column"
        pagination={false}
        dataSource={plan.headings}
        data-testid="import-mapping"
        columns={[
          { title: 'Cột', dataIndex: 'column', width: 70, render: (c: number) => columnLetter(c) },
          { title: 'Tiêu đề trong tệp', dataIndex: 'text', render: (t: string) => headingText(t) },
          {
            title: 'Dùng làm',
            key: 'field',
            width: 280,
            render: (_v, h) => (
              <Select aria-label={`Cột ${columnLetter(h.column)} dùng làm`} style={{ width: 250 }} showSearch={{ optionFilterProp: 'label' }} value={mapping[h.column] ?? NONE} options={FIELD_OPTIONS} onChange={(v: string) => setMapping({ ...mapping, [h.column]: v })} />
            ),
          },
        ]}
      />
      {plan.headings.length === 0 && <Alert type="warning" showIcon title="Không nhận ra dòng tiêu đề nào; hãy nhập số dòng tiêu đề rồi bấm “Đọc lại”." />}
      <Typography.Title level={5} style={{ margin: 0 }}>
        Những dòng đầu của tệp
      </Typography.Title>
      <Table
        size="small"
        pagination={false}
        columns={previewColumns}
        dataSource={plan.preview.map((cells, i) => ({ key: i + 1, cells }))}
        scroll={{ x: 60 + width * 150 }}
        rowClassName={(r) => (r.key === plan.headerRow ? 'ant-table-row-selected' : '')}
      />
      <Space>
        <Button onClick={onBack}>Chọn tệp khác</Button>
        <Button onClick={() => void reread()} loading={isReading}>
          Đọc lại
        </Button>
        <Button type="primary" onClick={onNext}>
          Xem báo cáo đọc thử
        </Button>
      </Space>
    </Flex>
  );
}
