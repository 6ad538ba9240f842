/** The preview's bar: which page is in view, and the zoom (100 % = the page fits the panel's width). */
import { Button, Flex, Space, Typography } from 'antd';

export const ZOOM_STEPS = [0.5, 0.75, 1, 1.25, 1.5, 2, 3, 4] as const;

interface Props {
  page: number;
  pageCount: number;
  zoom: number;
  /** The zoom that shows the whole first page. */
  pageZoom: number;
  onZoom: (zoom: number) => void;
}

export function PdfToolbar({ page, pageCount, zoom, pageZoom, onZoom }: Props) {
  const smaller = [...ZOOM_STEPS].reverse().find((z) => z < zoom);
  const larger = ZOOM_STEPS.find((z) => z > zoom);
  return (
    <Flex justify="space-between" align="center" style={{ padding: '4px 8px', borderBottom: '1px solid #f0f0f0', background: '#fafafa' }}>
      <Typography.Text data-testid="pdf-page-count">
        Trang {page}/{pageCount}
      </Typography.Text>
      <Space size={4}>
        <Button size="small" aria-label="Thu nhỏ" disabled={smaller === undefined} onClick={() => smaller !== undefined && onZoom(smaller)}>
          −
        </Button>
        <Typography.Text style={{ display: 'inline-block', minWidth: 52, textAlign: 'center' }} data-testid="pdf-zoom">
          {Math.round(zoom * 100)} %
        </Typography.Text>
        <Button size="small" aria-label="Phóng to" disabled={larger === undefined} onClick={() => larger !== undefined && onZoom(larger)}>
          +
        </Button>
        <Button size="small" disabled={zoom === 1} onClick={() => onZoom(1)}>
          Vừa chiều rộng
        </Button>
        <Button size="small" disabled={Math.abs(zoom - pageZoom) < 0.005} onClick={() => onZoom(pageZoom)}>
          Cả trang
        </Button>
      </Space>
    </Flex>
  );
}
