/** The live preview: the real PDF drawn page by page, with Save and Print (the system PDF viewer). */
import { Button, Empty, Flex, Space, Spin, Typography } from 'antd';
import { PdfPreview } from '../../components/PdfPreview';
import { saveBlob } from '../../lib/download';
import { POSTER_PRINT_HINT, usePdfPrint } from '../../lib/pdfPrint';

export interface PosterPdf {
  blob: Blob;
  fileName: string;
  summary: string;
}

interface Props {
  pdf: PosterPdf | null;
  isBusy: boolean;
}

export function PosterPreview({ pdf, isBusy }: Props) {
  const { print, isPrinting } = usePdfPrint(POSTER_PRINT_HINT);
  return (
    <Flex vertical gap={8} style={{ height: '100%' }} data-testid="poster-preview">
      <Flex justify="space-between" align="center">
        <Typography.Text type="secondary" data-testid="poster-summary">
          {pdf ? pdf.summary : 'Chưa có bản xem trước.'}
        </Typography.Text>
        <Space>
          <Button disabled={!pdf} onClick={() => pdf && saveBlob(pdf.blob, pdf.fileName)}>
            Lưu tệp PDF
          </Button>
          <Button type="primary" disabled={!pdf} loading={isPrinting} onClick={() => pdf && void print(pdf)}>
            In…
          </Button>
        </Space>
      </Flex>
      <Spin spinning={isBusy} tip="Đang dựng bảng niêm yết…">
        {pdf ? (
          <PdfPreview blob={pdf.blob} testId="poster-pdf" height="72vh" />
        ) : (
          <Empty style={{ padding: 80 }} description="Chọn nội dung, khổ giấy, khung rồi bấm “Xem trước”." />
        )}
      </Spin>
    </Flex>
  );
}
