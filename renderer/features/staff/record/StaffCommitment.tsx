/** The person page's "Cam kết": signed on which day, or not yet; the person's commitment form to print. */
import { useState } from 'react';
import { Button, Flex, Tag, Typography } from 'antd';
import type { StaffDetail } from '../../../../shared/api/rosterTypes';
import { PdfPreviewModal } from '../../../components/PdfPreviewModal';
import { base64ToBlob, PDF_TYPE } from '../../../lib/download';
import { formatDayVi } from '../../../lib/format';
import { useApiCall } from '../../../lib/useApiCall';

export function StaffCommitment({ detail }: { detail: StaffDetail }) {
  const call = useApiCall();
  const [pdf, setPdf] = useState<{ blob: Blob; fileName: string } | null>(null);
  const [isMaking, setMaking] = useState(false);
  async function openForm() {
    setMaking(true);
    const result = await call((api) => api.printCommitmentForms({ ids: [detail.id] }));
    setMaking(false);
    if (result.ok) setPdf({ blob: base64ToBlob(result.data.dataBase64, PDF_TYPE), fileName: result.data.fileName });
  }
  return (
    <Flex gap={12} align="center" wrap data-testid="staff-commitment">
      {detail.commitmentSignedAt ? (
        <Tag color="green">Đã ký ngày {formatDayVi(detail.commitmentSignedAt)}</Tag>
      ) : (
        <Tag color="orange">Chưa ký bản cam kết</Tag>
      )}
      <Typography.Text type="secondary">Đánh dấu đã ký ở thẻ “Cam kết” của màn hình Cán bộ.</Typography.Text>
      <Button size="small" loading={isMaking} onClick={() => void openForm()}>
        Xem bản cam kết
      </Button>
      {pdf && <PdfPreviewModal blob={pdf.blob} fileName={pdf.fileName} title={`Bản cam kết — ${detail.fullName}`} onClose={() => setPdf(null)} />}
    </Flex>
  );
}
