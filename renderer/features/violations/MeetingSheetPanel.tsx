/** Printing the monthly unit-meeting sheet (sinh hoạt chuyên môn) for a month and a unit or the whole ward. */
import { useState } from 'react';
import { Button, Card, DatePicker, Select, Space, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { VI_MONTH_FORMATS } from '../../lib/dayInput';
import { PdfPreviewModal } from '../../components/PdfPreviewModal';
import { PDF_TYPE, base64ToBlob, saveBlob } from '../../lib/download';
import { useApiCall } from '../../lib/useApiCall';
import { foldedFilter } from './violationFormat';
import type { ViolationRefs } from './useViolationRefs';

const ALL = '__all__';

export function MeetingSheetPanel({ refs }: { refs: ViolationRefs }) {
  const call = useApiCall();
  const [month, setMonth] = useState<Dayjs>(dayjs());
  const [unitId, setUnitId] = useState<string>(ALL);
  const [isPrinting, setPrinting] = useState(false);
  const [done, setDone] = useState<string | null>(null);
  const [pdf, setPdf] = useState<{ blob: Blob; fileName: string } | null>(null);
  const print = async () => {
    setPrinting(true);
    const result = await call((api) => api.printMeetingSheet({ month: month.format('YYYY-MM'), unitId: unitId === ALL ? undefined : unitId }));
    setPrinting(false);
    if (!result.ok) return;
    const blob = base64ToBlob(result.data.dataBase64, PDF_TYPE);
    saveBlob(blob, result.data.fileName);
    setPdf({ blob, fileName: result.data.fileName });
    setDone(`Đã tạo ${result.data.fileName} (${result.data.count} vi phạm trong tháng).`);
  };
  return (
    <Card title="Biên bản sinh hoạt chuyên môn hằng tháng" data-testid="meeting-sheet-panel">
      <Typography.Paragraph type="secondary">
        Biên bản khổ A4 theo thể thức Nghị định 30/2020/NĐ-CP: các vi phạm và biểu dương, khen thưởng trong tháng, mỗi người một dòng để ghi nhận xét của cuộc họp.
      </Typography.Paragraph>
      <Space wrap>
        <DatePicker picker="month" aria-label="Tháng" format={VI_MONTH_FORMATS} value={month} allowClear={false} onChange={(m) => m && setMonth(m)} />
        <Select aria-label="Đơn vị in biên bản" showSearch={{ filterOption: foldedFilter }} style={{ width: 280 }} value={unitId} onChange={setUnitId} options={[{ value: ALL, label: 'Toàn cơ quan' }, ...refs.units.map((u) => ({ value: u.id, label: u.name }))]} />
        <Button type="primary" loading={isPrinting} onClick={() => void print()}>In biên bản (PDF)</Button>
      </Space>
      {done && <Typography.Paragraph style={{ marginTop: 12 }} data-testid="meeting-sheet-done">{done}</Typography.Paragraph>}
      {pdf && <PdfPreviewModal blob={pdf.blob} fileName={pdf.fileName} title="Biên bản sinh hoạt chuyên môn" saveLabel="Lưu lại tệp PDF" onClose={() => setPdf(null)} />}
    </Card>
  );
}
