/** Checks on the pdf.js preview (components/PdfPreview): pages really drawn, not a blank panel. */
import type { Locator } from 'playwright-core';

/** Counts a page canvas's pixels that are clearly not white (0 while nothing is drawn). */
export async function inkedPixels(preview: Locator, pageIndex = 0): Promise<number> {
  const canvas = preview.locator('canvas').nth(pageIndex);
  if ((await canvas.count()) === 0) return 0;
  return canvas.evaluate((element) => {
    const c = element as HTMLCanvasElement;
    if (c.width === 0 || c.height === 0) return 0;
    const data = c.getContext('2d')?.getImageData(0, 0, c.width, c.height).data;
    if (!data) return 0;
    let inked = 0;
    for (let i = 0; i < data.length; i += 4) if ((data[i] ?? 255) < 200 || (data[i + 1] ?? 255) < 200 || (data[i + 2] ?? 255) < 200) inked += 1;
    return inked;
  });
}

/** The first canvas's drawn size and the panel it sits in (fit-to-width check). */
export async function canvasFit(preview: Locator): Promise<{ canvasWidth: number; panelWidth: number }> {
  const canvas = await preview.locator('canvas').first().boundingBox();
  const panel = await preview.boundingBox();
  return { canvasWidth: canvas?.width ?? 0, panelWidth: panel?.width ?? 0 };
}
