/**
 * The real PDF, drawn page by page on canvases with pdf.js (no browser PDF plugin): fits the panel's
 * width, scrolls through the pages, zooms, and says so plainly when the file cannot be shown.
 */
import { useCallback, useEffect, useState } from 'react';
import { Alert, Flex, Spin } from 'antd';
import { usePdfDocument } from '../lib/usePdfDocument';
import { PdfPage } from './PdfPage';
import { PdfToolbar } from './PdfToolbar';

interface Props {
  blob: Blob;
  /** CSS height of the whole preview (bar + pages). */
  height?: string;
  testId?: string;
}

const PADDING = 12;

/** The page whose top is above 40 % of the visible area, scrolling down. */
function pageInView(scroller: HTMLElement): number {
  const line = scroller.scrollTop + scroller.clientHeight * 0.4;
  let current = 1;
  for (const element of scroller.querySelectorAll<HTMLElement>('[data-page-number]')) {
    if (element.offsetTop <= line) current = Number(element.dataset.pageNumber);
  }
  return current;
}

export function PdfPreview({ blob, height = '70vh', testId }: Props) {
  const state = usePdfDocument(blob);
  const [scroller, setScroller] = useState<HTMLDivElement | null>(null);
  const [panel, setPanel] = useState({ width: 0, height: 0 });
  const [zoom, setZoom] = useState(1);
  const [page, setPage] = useState(1);
  const [aspect, setAspect] = useState(Math.SQRT2);
  const doc = state.status === 'ready' ? state.doc : null;

  useEffect(() => {
    if (!scroller) return undefined;
    const measure = () => setPanel({ width: scroller.clientWidth, height: scroller.clientHeight });
    const observer = new ResizeObserver(measure);
    observer.observe(scroller);
    measure();
    return () => observer.disconnect();
  }, [scroller]);

  useEffect(() => {
    setPage(1);
    if (!doc) return;
    void doc.getPage(1).then((first) => {
      const size = first.getViewport({ scale: 1 });
      setAspect(size.height / size.width);
    }).catch(() => undefined);
  }, [doc]);

  const onScroll = useCallback(() => scroller && setPage(pageInView(scroller)), [scroller]);
  const fitWidth = Math.max(0, panel.width - 2 * PADDING);
  const width = Math.floor(fitWidth * zoom);
  // The zoom at which the first page shows whole (a poster at a glance).
  const pageZoom = fitWidth > 0 ? Math.min(1, Math.max(0.1, (panel.height - 2 * PADDING) / (fitWidth * aspect))) : 1;
  const pageNumbers = doc ? Array.from({ length: doc.numPages }, (_, i) => i + 1) : [];

  return (
    <Flex vertical data-testid={testId} data-state={state.status} style={{ height, border: '1px solid #f0f0f0', background: '#e8e8e8' }}>
      {doc && <PdfToolbar page={page} pageCount={doc.numPages} zoom={zoom} pageZoom={pageZoom} onZoom={setZoom} />}
      {state.status === 'error' && (
        <Alert
          type="error"
          showIcon
          style={{ margin: PADDING }}
          message="Không hiển thị được bản xem trước"
          description="Tệp PDF có thể bị hỏng hoặc máy không đọc được. Tệp vẫn được giữ nguyên: có thể lưu về máy để mở bằng chương trình khác."
          data-testid="pdf-preview-error"
        />
      )}
      {state.status === 'loading' && (
        <Flex flex={1} justify="center" align="center">
          <Spin tip="Đang mở bản xem trước…" size="large">
            <div style={{ width: 200, height: 80 }} />
          </Spin>
        </Flex>
      )}
      <div
        ref={setScroller}
        onScroll={onScroll}
        style={{ display: doc ? 'block' : 'none', flex: 1, minHeight: 0, overflow: 'auto', scrollbarGutter: 'stable', position: 'relative', padding: PADDING }}
      >
        {doc && width > 0 && pageNumbers.map((n) => <PdfPage key={n} doc={doc} pageNumber={n} width={width} aspect={aspect} root={scroller} />)}
      </div>
    </Flex>
  );
}
