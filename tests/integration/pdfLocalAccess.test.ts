/**
 * pdfmake is given the fonts by their real paths (an SVG's text is set by pdfkit, which opens the font by
 * the path it is handed): its local access policy must let it read those files and nothing else, and no URL.
 */
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { renderPdf } from '../../electron/documents/pdf/pdfmake';
import { tempFolder } from './helpers';

// The smallest valid PNG (1×1, grey), written to disk so a document can point at it by its path.
const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAAAAAA6fptVAAAACklEQVR4nGNgAAAAAgABSK+kcQAAAABJRU5ErkJggg==', 'base64');

describe('pdfmake resource access', () => {
  it('prints SVG text in the shipped fonts', async () => {
    const svg = '<svg xmlns="http://www.w3.org/2000/svg" width="200" height="40"><text x="4" y="24" style="font-size:14px;font-family:Roboto, Arial, sans-serif">Biểu đồ tiếng Việt</text></svg>';
    const bytes = await renderPdf({ content: [{ text: 'Văn bản' }, { svg, width: 200 }], defaultStyle: { font: 'Roboto' } });
    const text = Buffer.from(bytes).toString('latin1');
    expect(text).toMatch(/Roboto-Regular/);
    expect(bytes.length).toBeGreaterThan(1000);
  });

  it('refuses an image by a local path and by a URL', async () => {
    const folder = await tempFolder('pdf-access');
    const file = path.join(folder, 'anh.png');
    await fs.writeFile(file, PNG);
    await expect(renderPdf({ content: [{ image: file, width: 20 }] })).rejects.toThrow(/access|denied/i);
    await expect(renderPdf({ content: [{ image: 'https://example.invalid/anh.png', width: 20 }] })).rejects.toThrow();
    // The same picture as a data URL is what the app's documents use, and prints.
    const ok = await renderPdf({ content: [{ image: `data:image/png;base64,${PNG.toString('base64')}`, width: 20 }] });
    expect(ok.length).toBeGreaterThan(500);
  });
});
