/**
 * Fit, build and render one poster page: measure with the real fonts, build the docDefinition,
 * render with pdfmake and check it stayed on one page (shrinking a little and retrying if not).
 */
import type { PDFDocument } from 'pdf-lib';
import type { PosterContent } from '../../../../shared/domain/posterContent';
import { fitPoster, PosterOverflowError, type PosterFit } from '../../../../shared/domain/posterFit';
import { mmToPt, type SizeMm } from '../../../../shared/domain/posterSizes';
import { THEMES, type PosterFont, type PosterFrame, type PosterTheme } from '../../../../shared/domain/posterThemes';
import { renderPdf, type ExtraFamilies } from '../pdfmake';
import { fontMeasurer } from './fontMetrics';
import { contentInsets } from './frames';
import { posterDocDefinition } from './posterDoc';
import { loadPdf } from './finish';

export const TIMES_FAMILY = 'TimesNewRoman';

export interface PosterStyle {
  frame: PosterFrame;
  theme: PosterTheme;
  font: PosterFont;
  wardName: string;
  hasNationalHeader: boolean;
  logoDataUrl?: string;
  /** Desk cards: smaller title (see SpecOptions.isCompact). */
  isCompact?: boolean;
}

export interface FontSource {
  fontsDir: string;
  /** Times New Roman from the PC, when it has it. */
  times?: ExtraFamilies[string];
}

export interface RenderedPoster {
  pdf: PDFDocument;
  fit: PosterFit;
}

export function familyOf(font: PosterFont, fonts: FontSource): { family: string; extra: ExtraFamilies } {
  if (font === 'times') {
    if (!fonts.times) throw new Error('Times New Roman is not available on this PC');
    return { family: TIMES_FAMILY, extra: { [TIMES_FAMILY]: fonts.times } };
  }
  return { family: font === 'sans' ? 'Roboto' : 'NotoSerif', extra: {} };
}

/** What fitting text into a trim needs: its size in points, the frame's insets, the font and the content box. */
export function fitSetup(style: PosterStyle, fonts: FontSource, trim: SizeMm) {
  const trimWidth = mmToPt(trim.width);
  const trimHeight = mmToPt(trim.height);
  const insets = contentInsets(style.frame, trimWidth, trimHeight, style.isCompact);
  const { family, extra } = familyOf(style.font, fonts);
  const measurer = fontMeasurer(family, fonts.fontsDir, extra);
  const target = {
    wardName: style.wardName,
    hasNationalHeader: style.hasNationalHeader,
    isCompact: Boolean(style.isCompact),
    hasLogo: Boolean(style.logoDataUrl),
    contentWidth: trimWidth - insets.left - insets.right,
    contentHeight: trimHeight - insets.top - insets.bottom,
  };
  return { trimWidth, trimHeight, insets, family, extra, measurer, target };
}

export async function renderPosterPage(content: PosterContent, style: PosterStyle, fonts: FontSource, trim: SizeMm, bleedMm: number, minSize?: number): Promise<RenderedPoster> {
  const { trimWidth, trimHeight, insets, family, extra, measurer, target } = fitSetup(style, fonts, trim);
  let maxSize = Infinity;
  for (let attempt = 0; attempt < 4; attempt += 1) {
    const fit = fitPoster(content, target, measurer, { maxSize, ...(minSize ? { minSize } : {}) });
    const doc = posterDocDefinition({
      content,
      fit,
      design: { frame: style.frame, colours: THEMES[style.theme], fontFamily: family, isCompact: Boolean(style.isCompact), ...(style.logoDataUrl ? { logoDataUrl: style.logoDataUrl } : {}) },
      page: { trimWidth, trimHeight, bleed: mmToPt(bleedMm), insets },
    });
    const pdf = await loadPdf(await renderPdf(doc, fonts.fontsDir, extra));
    if (pdf.getPageCount() === 1) return { pdf, fit };
    maxSize = fit.spec.bodySize * 0.96;
  }
  throw new PosterOverflowError('The poster kept running onto a second page.');
}
