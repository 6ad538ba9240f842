/** "Xem số liệu đã chốt": a closed period's frozen PDF, as written when it was closed (hash checked), to read, save or print. */
import { useState } from 'react';
import { Button } from 'antd';
import type { PeriodSummary } from '../../../shared/api/scoringTypes';
import { PdfPreviewModal } from '../../components/PdfPreviewModal';
import { base64ToBlob, PDF_TYPE } from '../../lib/download';
import { useApiCall } from '../../lib/useApiCall';

export function SnapshotButton({ period }: { period: PeriodSummary }) {
  const call = useApiCall();
  const [isLoading, setLoading] = useState(false);
  const [pdf, setPdf] = useState<{ blob: Blob; fileName: string } | null>(null);
  async function open() {
    setLoading(true);
    const result = await call((api) => api.getPeriodSnapshot({ period: period.key, setId: period.setId }));
    setLoading(false);
    if (result.ok) setPdf({ blob: base64ToBlob(result.data.dataBase64, PDF_TYPE), fileName: result.data.fileName });
  }
  return (
    <>
      <Button size="small" loading={isLoading} onClick={() => void open()} data-testid={`snapshot-${period.key}`}>
        Xem số liệu đã chốt
      </Button>
      {pdf && <PdfPreviewModal blob={pdf.blob} fileName={pdf.fileName} title={`Số liệu đã chốt — ${period.label} (${period.setName})`} onClose={() => setPdf(null)} />}
    </>
  );
}
