/**
 * pdf.js, loaded on first use: the real PDF bytes drawn on canvases. The worker is a bundled file of
 * the app (no CDN); eval and WebAssembly stay off so the page's strict CSP holds.
 */
import type * as PdfJs from 'pdfjs-dist';
import type { PDFDocumentLoadingTask, PDFDocumentProxy, PDFPageProxy } from 'pdfjs-dist';
import workerUrl from 'pdfjs-dist/build/pdf.worker.min.mjs?url';

export type { PDFDocumentProxy, PDFPageProxy };

/** Chromium refuses canvases much above this many pixels; larger pages are drawn a little softer. */
export const MAX_CANVAS_PIXELS = 16_000_000;

let pdfjs: Promise<typeof PdfJs> | null = null;

function loadPdfjs(): Promise<typeof PdfJs> {
  pdfjs ??= import('pdfjs-dist').then((lib) => {
    lib.GlobalWorkerOptions.workerSrc = workerUrl;
    return lib;
  });
  return pdfjs;
}

/** Starts reading a PDF; the bytes are handed to the worker (pass a copy you no longer need). */
export async function openPdf(data: Uint8Array): Promise<PDFDocumentLoadingTask> {
  const lib = await loadPdfjs();
  return lib.getDocument({
    data,
    // No `new Function` (CSP has no 'unsafe-eval') and no WebAssembly (no 'wasm-unsafe-eval').
    isEvalSupported: false,
    useWasm: false,
    // The app's PDFs embed their fonts: draw exactly those glyphs, never a system substitute.
    useSystemFonts: false,
    enableXfa: false,
  });
}

/** Pixel ratio for a page drawn cssWidth × cssHeight, kept under the canvas size limit. */
export function canvasPixelRatio(cssWidth: number, cssHeight: number, devicePixelRatio: number): number {
  const wanted = Math.max(1, devicePixelRatio);
  const area = cssWidth * cssHeight * wanted * wanted;
  return area <= MAX_CANVAS_PIXELS ? wanted : Math.sqrt(MAX_CANVAS_PIXELS / (cssWidth * cssHeight));
}

export function isRenderCancelled(error: unknown): boolean {
  return error instanceof Error && error.name === 'RenderingCancelledException';
}
