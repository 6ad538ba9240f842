/** A hook: the pdf.js document for a PDF Blob, with its loading and error states. */
import { useEffect, useState } from 'react';
import { openPdf, type PDFDocumentProxy } from './pdfDocument';

export type PdfDocumentState = { status: 'loading' } | { status: 'ready'; doc: PDFDocumentProxy } | { status: 'error' };

export function usePdfDocument(blob: Blob): PdfDocumentState {
  const [state, setState] = useState<PdfDocumentState>({ status: 'loading' });
  useEffect(() => {
    let isCancelled = false;
    let destroy: (() => Promise<void>) | null = null;
    setState({ status: 'loading' });
    void (async () => {
      try {
        // A fresh copy each time: pdf.js moves the bytes to its worker.
        const task = await openPdf(new Uint8Array(await blob.arrayBuffer()));
        destroy = () => task.destroy();
        if (isCancelled) return void task.destroy();
        const doc = await task.promise;
        if (!isCancelled) setState({ status: 'ready', doc });
      } catch (error) {
        if (!isCancelled) {
          console.warn('PDF preview failed', error);
          setState({ status: 'error' });
        }
      }
    })();
    return () => {
      isCancelled = true;
      void destroy?.();
    };
  }, [blob]);
  return state;
}
