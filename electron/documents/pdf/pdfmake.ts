/** pdfmake set up for the app: full TTF fonts from resources/fonts, no URL or local file access. */
import path from 'node:path';
import type { TDocumentDefinitions } from 'pdfmake/interfaces';
import { resourcesDir } from '../../resources/resourcesDir';
import { glyphSafeDoc } from './glyphSafe';
import { nd30FontFiles } from './nd30Font';

interface PdfMakeServer {
  setFonts(fonts: Record<string, Record<string, string>>): void;
  setUrlAccessPolicy(callback: (url: string) => boolean): void;
  setLocalAccessPolicy(callback: (path: string) => boolean): void;
  createPdf(doc: TDocumentDefinitions): { getBuffer(): Promise<Buffer> };
}

export const FAMILIES = {
  NotoSerif: { normal: 'NotoSerif/NotoSerif-Regular.ttf', bold: 'NotoSerif/NotoSerif-Bold.ttf', italics: 'NotoSerif/NotoSerif-Italic.ttf', bolditalics: 'NotoSerif/NotoSerif-BoldItalic.ttf' },
  Roboto: { normal: 'Roboto/Roboto-Regular.ttf', bold: 'Roboto/Roboto-Medium.ttf', italics: 'Roboto/Roboto-Italic.ttf', bolditalics: 'Roboto/Roboto-MediumItalic.ttf' },
  LiberationSerif: {
    normal: 'LiberationSerif/LiberationSerif-Regular.ttf',
    bold: 'LiberationSerif/LiberationSerif-Bold.ttf',
    italics: 'LiberationSerif/LiberationSerif-Italic.ttf',
    bolditalics: 'LiberationSerif/LiberationSerif-BoldItalic.ttf',
  },
} as const;

/** The family every ND 30 document uses: Times New Roman from the PC, else Liberation Serif (same widths). */
export const ND30_FAMILY = 'Nd30Serif';

export type FontFamily = keyof typeof FAMILIES;

/** A font family found on the PC (e.g. Times New Roman): absolute paths of its four TTF files. */
export type ExtraFamilies = Record<string, { normal: string; bold: string; italics: string; bolditalics: string }>;

let loadedFrom: string | null = null;

/**
 * pdfmake (with pdfkit and fontkit) is loaded by the first document, not at every start of the CLI or app.
 * Fonts are given by their real paths (not copied into pdfmake's virtual file system), and the local access
 * policy lets pdfmake read exactly those files and nothing else: an SVG's text (a report's charts) is set
 * by pdfkit itself, which opens the font by the path pdfmake hands it and cannot see the virtual one.
 */
async function pdfmake(fontsDir: string, extra: ExtraFamilies = {}): Promise<PdfMakeServer> {
  const instance = (await import('pdfmake')).default as unknown as PdfMakeServer;
  const key = JSON.stringify([fontsDir, extra]);
  if (loadedFrom !== key) {
    const fonts: Record<string, Record<string, string>> = {};
    const allowed = new Set<string>();
    const families: Record<string, Record<string, string>> = { ...FAMILIES, [ND30_FAMILY]: nd30FontFiles(), ...extra };
    for (const [family, styles] of Object.entries(families)) {
      fonts[family] = {};
      for (const [style, file] of Object.entries(styles)) {
        const full = path.isAbsolute(file) ? file : path.join(fontsDir, file);
        fonts[family][style] = full;
        allowed.add(path.resolve(full));
      }
    }
    instance.setFonts(fonts);
    instance.setUrlAccessPolicy(() => false);
    instance.setLocalAccessPolicy((file) => allowed.has(path.resolve(file)));
    loadedFrom = key;
  }
  return instance;
}

/** The fonts folder: <resources>/fonts when packaged, the project's resources/fonts otherwise. */
export function defaultFontsDir(): string {
  return resourcesDir('fonts');
}

export async function renderPdf(doc: TDocumentDefinitions, fontsDir: string = defaultFontsDir(), extra?: ExtraFamilies): Promise<Uint8Array> {
  return new Uint8Array(await (await pdfmake(fontsDir, extra)).createPdf(glyphSafeDoc(doc)).getBuffer());
}
