/** The little of fontkit (pdfkit's font engine) the poster fitter uses. */
declare module 'fontkit' {
  interface FontkitFont {
    unitsPerEm: number;
    ascent: number;
    descent: number;
    lineGap: number;
    layout(text: string): { advanceWidth: number };
  }
  export function openSync(path: string): FontkitFont;
  const fontkit: { openSync: typeof openSync };
  export default fontkit;
}
