/** The live preview: the real PDF in a frame, with Save and Print (the OS print dialog). */
import { useEffect, useMemo, useRef } from 'react';
import { Button, Empty, Flex, Space, Spin, Typography } from 'antd';
import { saveBlob } from '../../lib/download';

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
  const frame = useRef<HTMLIFrameElement>(null);
  const url = useMemo(() => (pdf ? URL.createObjectURL(pdf.blob) : null), [pdf]);
  useEffect(() => () => (url ? URL.revokeObjectURL(url) : undefined), [url]);

  function print() {
    frame.current?.contentWindow?.focus();
    frame.current?.contentWindow?.print();
  }

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
          <Button type="primary" disabled={!pdf} onClick={print}>
            In…
          </Button>
        </Space>
      </Flex>
      <Spin spinning={isBusy} tip="Đang dựng bảng niêm yết…">
        {url ? (
          <iframe ref={frame} title="Bản xem trước bảng niêm yết" src={url} data-testid="poster-pdf" style={{ width: '100%', height: '72vh', border: '1px solid #f0f0f0' }} />
        ) : (
          <Empty style={{ padding: 80 }} description="Chọn nội dung, khổ giấy, khung rồi bấm “Xem trước”." />
        )}
      </Spin>
    </Flex>
  );
}
