import * as fontkitModule from 'fontkit';
import { describe, expect, it } from 'vitest';
import { glyphSafeDoc, glyphSafeText } from '../../electron/documents/pdf/glyphSafe';

const fontkit = ((fontkitModule as unknown as { default?: unknown }).default ?? fontkitModule) as {
  openSync(path: string): { hasGlyphForCodePoint(codePoint: number): boolean };
};

const FONTS = ['resources/fonts/NotoSerif/NotoSerif-Regular.ttf', 'resources/fonts/NotoSerif/NotoSerif-Bold.ttf', 'resources/fonts/Roboto/Roboto-Regular.ttf'];

describe('texts printed in PDFs only use characters the shipped fonts have', () => {
  it('replaces the minus sign, arrow and ≥ the breakdown uses, so no empty box is printed', () => {
    const text = glyphSafeText('Phẩm chất: −5 (phê bình) → 5 điểm; tổng ≥ 90 — “Hoàn thành xuất sắc”…');
    expect(text).toBe('Phẩm chất: -5 (phê bình) › 5 điểm; tổng >= 90 — “Hoàn thành xuất sắc”…');
    for (const file of FONTS) {
      const font = fontkit.openSync(file);
      const missing = [...text].filter((ch) => ch.trim() && !font.hasGlyphForCodePoint(ch.codePointAt(0) ?? 0));
      expect(missing, file).toEqual([]);
    }
  });

  it('walks a whole document but leaves images and font names alone, and makes NFD text NFC', () => {
    const doc = { content: [{ text: ['Tổng ', { text: '−5'.normalize('NFD') }] }, { image: 'data:image/png;base64,AAAA−' }], defaultStyle: { font: 'NotoSerif' } };
    const safe = glyphSafeDoc(doc);
    expect(safe).toEqual({ content: [{ text: ['Tổng ', { text: '-5' }] }, { image: 'data:image/png;base64,AAAA−' }], defaultStyle: { font: 'NotoSerif' } });
  });

  it('an italic ground split around its document number stays italic in every piece', () => {
    const safe = glyphSafeDoc({ text: 'Căn cứ Nghị định số 98/2023/NĐ-CP của Chính phủ;', italics: true });
    expect(safe.text).toEqual([
      { italics: true, text: 'Căn cứ Nghị định số ' }, { italics: true, text: '98/2023/NĐ-CP', noWrap: true }, { italics: true, text: ' của Chính phủ;' },
    ]);
  });
});
