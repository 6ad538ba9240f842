/** The bare baseline for the poster bench: the same paragraphs, one pdfmake page, no frame. */
import type { TDocumentDefinitions } from 'pdfmake/interfaces';
import type { PosterContent } from '../../shared/domain/posterContent';
import type { PosterFit } from '../../shared/domain/posterFit';
import { THEMES } from '../../shared/domain/posterThemes';
import { paraNode } from '../../electron/documents/pdf/poster/posterDoc';
import { renderPdf } from '../../electron/documents/pdf/pdfmake';

export function bareDoc(content: PosterContent, fit: PosterFit, width: number, height: number): TDocumentDefinitions {
  const design = { frame: 'classic' as const, colours: THEMES.red, fontFamily: 'NotoSerif' };
  const { spec } = fit;
  return {
    pageSize: { width, height },
    pageMargins: 60,
    defaultStyle: { font: 'NotoSerif' },
    content: [...spec.header.ward, ...(spec.header.national ?? []), ...spec.titleBlock, ...(spec.note ? [spec.note] : []), ...spec.body, ...spec.footer].map((p) => paraNode(p, design)),
    info: { title: content.title },
  };
}

export const renderPoster = (doc: TDocumentDefinitions, fontsDir: string) => renderPdf(doc, fontsDir);
