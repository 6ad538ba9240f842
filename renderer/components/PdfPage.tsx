/** One PDF page drawn on a canvas at the given CSS width; drawn only while near the visible area. */
import { useEffect, useRef, useState } from 'react';
import { Typography } from 'antd';
import { canvasPixelRatio, isRenderCancelled, type PDFDocumentProxy } from '../lib/pdfDocument';

interface Props {
  doc: PDFDocumentProxy;
  pageNumber: number;
  /** CSS pixels. */
  width: number;
  /** Height / width of the first page, used until this page is measured. */
  aspect: number;
  root: HTMLElement | null;
}

export function PdfPage({ doc, pageNumber, width, aspect, root }: Props) {
  const holder = useRef<HTMLDivElement>(null);
  const canvas = useRef<HTMLCanvasElement>(null);
  const [isNear, setNear] = useState(pageNumber <= 2);
  const [ownAspect, setOwnAspect] = useState<number | null>(null);
  const [isFailed, setFailed] = useState(false);

  useEffect(() => {
    const element = holder.current;
    if (!element || !root) return undefined;
    const observer = new IntersectionObserver((entries) => setNear(entries.some((e) => e.isIntersecting)), { root, rootMargin: '600px 0px' });
    observer.observe(element);
    return () => observer.disconnect();
  }, [root]);

  useEffect(() => {
    const target = canvas.current;
    if (!target || width <= 0) return undefined;
    if (!isNear) {
      // Far pages give their pixels back (long commitment runs have hundreds of pages).
      target.width = 0;
      target.height = 0;
      return undefined;
    }
    let isCancelled = false;
    let cancel: (() => void) | null = null;
    void (async () => {
      try {
        const page = await doc.getPage(pageNumber);
        if (isCancelled) return;
        const base = page.getViewport({ scale: 1 });
        const scale = width / base.width;
        const cssHeight = base.height * scale;
        const ratio = canvasPixelRatio(width, cssHeight, window.devicePixelRatio || 1);
        const viewport = page.getViewport({ scale: scale * ratio });
        target.width = Math.floor(viewport.width);
        target.height = Math.floor(viewport.height);
        setOwnAspect(base.height / base.width);
        const task = page.render({ canvas: target, viewport });
        cancel = () => task.cancel();
        await task.promise;
        setFailed(false);
      } catch (error) {
        if (!isCancelled && !isRenderCancelled(error)) setFailed(true);
      }
    })();
    return () => {
      isCancelled = true;
      cancel?.();
    };
  }, [doc, pageNumber, width, isNear]);

  const height = Math.round(width * (ownAspect ?? aspect));
  return (
    <div ref={holder} data-page-number={pageNumber} style={{ position: 'relative', width, height, margin: '0 auto 12px', background: '#fff', boxShadow: '0 1px 4px rgba(0,0,0,0.25)' }}>
      <canvas ref={canvas} aria-label={`Trang ${pageNumber}`} style={{ display: 'block', width, height }} />
      {isFailed && (
        <Typography.Text type="danger" style={{ position: 'absolute', top: 16, left: 16 }}>
          Không vẽ được trang {pageNumber}.
        </Typography.Text>
      )}
    </div>
  );
}
