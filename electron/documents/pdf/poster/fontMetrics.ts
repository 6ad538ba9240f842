/**
 * Real font metrics for the fitter, read with fontkit (the engine pdfkit and pdfmake use), so the
 * fitter's line breaks match the PDF's. Widths are cached per word; fonts are opened once.
 */
import path from 'node:path';
import * as fontkit from 'fontkit';
import type { FontMeasurer } from '../../../../shared/domain/posterFit';
import { FAMILIES, type ExtraFamilies } from '../pdfmake';

type Style = 'normal' | 'bold' | 'italics' | 'bolditalics';

interface OpenFont {
  unitsPerEm: number;
  lineHeight: number;
  layout(text: string): { advanceWidth: number };
}

const openFonts = new Map<string, OpenFont>();

function open(file: string): OpenFont {
  let font = openFonts.get(file);
  if (!font) {
    const raw = fontkit.openSync(file);
    font = { unitsPerEm: raw.unitsPerEm, lineHeight: (raw.ascent - raw.descent) / raw.unitsPerEm, layout: (text) => raw.layout(text) };
    openFonts.set(file, font);
  }
  return font;
}

export function fontFile(family: string, style: Style, fontsDir: string, extra: ExtraFamilies = {}): string {
  const known = (FAMILIES as Record<string, Record<Style, string>>)[family];
  if (known) return path.join(fontsDir, known[style]);
  const found = extra[family];
  if (!found) throw new Error(`Unknown font family ${family}`);
  return found[style];
}

const styleOf = (bold: boolean, italics: boolean): Style => (bold ? (italics ? 'bolditalics' : 'bold') : italics ? 'italics' : 'normal');

export function fontMeasurer(family: string, fontsDir: string, extra: ExtraFamilies = {}): FontMeasurer {
  const widths = new Map<string, number>();
  const fontFor = (bold: boolean, italics: boolean) => open(fontFile(family, styleOf(bold, italics), fontsDir, extra));
  return {
    width(text, bold, italics) {
      const key = `${bold ? 1 : 0}${italics ? 1 : 0}${text}`;
      let width = widths.get(key);
      if (width === undefined) {
        const font = fontFor(bold, italics);
        width = font.layout(text).advanceWidth / font.unitsPerEm;
        widths.set(key, width);
      }
      return width;
    },
    lineHeight: (bold, italics) => fontFor(bold, italics).lineHeight,
  };
}
