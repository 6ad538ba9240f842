/** Nhập từ Excel: read a filled scorecard, show each changed cell old → new, accept or reject each, write once. */
import { useState } from 'react';
import { Alert, App, Button, Input, Space, Table, Typography } from 'antd';
import type { ImportChange, ScorecardImportPreview } from '../../../shared/api/scoringTypes';
import { readFileBase64 } from '../../lib/download';
import { useApiCall } from '../../lib/useApiCall';

const show = (v: number | string | null) => (v === null ? '(trống)' : typeof v === 'number' ? v.toLocaleString('vi-VN') : v);

export function ImportTab({ onImported }: { onImported: () => void }) {
  const call = useApiCall();
  const { message } = App.useApp();
  const [file, setFile] = useState<{ fileName: string; dataBase64: string } | null>(null);
  const [preview, setPreview] = useState<ScorecardImportPreview | null>(null);
  const [error, setError] = useState('');
  const [accepted, setAccepted] = useState<string[]>([]);
  const [reason, setReason] = useState('');
  const choose = async (chosen: File | undefined) => {
    if (!chosen) return;
    const picked = { fileName: chosen.name, dataBase64: await readFileBase64(chosen) };
    setFile(picked);
    setPreview(null);
    setError('');
    const r = await call((api) => api.previewScorecardImport({ file: picked }));
    if (r.ok) {
      setPreview(r.data);
      setAccepted(r.data.changes.map((c) => c.id));
    } else setError(r.error.message);
  };
  const apply = async () => {
    if (!file) return;
    const r = await call((api) => api.applyScorecardImport({ file, accepted, reason: reason || undefined }));
    if (r.ok) {
      void message.success(`Đã ghi ${r.data.applied} thay đổi, bỏ qua ${r.data.rejected}.`);
      setPreview(null);
      setFile(null);
      onImported();
    }
  };
  return (
    <div data-testid="scorecard-import">
      <Typography.Paragraph>Chọn tệp bảng chấm điểm đã xuất từ chương trình và đã được Hội đồng điền. Chỉ các ô điểm và cột "Ý kiến Hội đồng" được đọc.</Typography.Paragraph>
      <input type="file" accept=".xlsx" aria-label="Tệp bảng chấm điểm" onChange={(e) => void choose(e.target.files?.[0])} />
      {error && <Alert type="error" showIcon message={error} style={{ marginTop: 12 }} data-testid="scorecard-import-error" />}
      {preview && (
        <div style={{ marginTop: 12 }}>
          <Typography.Text strong>{preview.periodLabel} — {preview.setName}</Typography.Text>
          {preview.isLocked && <Alert type="warning" showIcon message="Kỳ đã khóa: các thay đổi được ghi thành điều chỉnh, cần ghi lý do." style={{ margin: '8px 0' }} />}
          {preview.problems.map((p) => <Alert key={`${p.sheet}${p.cell}`} type="error" message={`${p.sheet} ${p.cell}: ${p.message}`} style={{ marginTop: 4 }} />)}
          {preview.missingPeople.length > 0 && <Alert type="info" message={`Không có trong tệp: ${preview.missingPeople.join('; ')}`} style={{ marginTop: 4 }} />}
          <Table<ImportChange> size="small" rowKey="id" dataSource={preview.changes} pagination={false} style={{ marginTop: 8 }} data-testid="import-changes"
            rowSelection={{ selectedRowKeys: accepted, onChange: (keys) => setAccepted(keys.map(String)) }}
            columns={[
              { title: 'Ô', render: (_: unknown, c) => `${c.sheet} ${c.cell}` },
              { title: 'Mã', dataIndex: 'code' },
              { title: 'Họ và tên', dataIndex: 'name' },
              { title: 'Tiêu chí', dataIndex: 'label' },
              { title: 'Cũ → mới', render: (_: unknown, c) => `${show(c.from)} → ${show(c.to)}` },
            ]} />
          <Space style={{ marginTop: 8 }}>
            {preview.isLocked && <Input aria-label="Lý do điều chỉnh" placeholder="Lý do điều chỉnh" value={reason} onChange={(e) => setReason(e.target.value)} style={{ width: 360 }} />}
            <Button type="primary" disabled={accepted.length === 0} onClick={() => void apply()} data-testid="apply-import">Ghi {accepted.length} thay đổi đã chọn</Button>
          </Space>
        </div>
      )}
    </div>
  );
}
