import { describe, expect, it } from 'vitest';
import { typographicQuotes, unbreakableParts } from '../../shared/domain/typography';
import { writtenRuleRefs } from '../../shared/domain/ruleRefWords';
import { minScale, planPrint, signatureBreakAfter } from '../../electron/documents/xlsx/printLayout';

describe('printed wording', () => {
  it('prints “Năm không” with typographic quotes and keeps 30/2020/NĐ-CP on one line', () => {
    expect(typographicQuotes('Cuộc vận động "Năm không" của cán bộ\'s')).toBe('Cuộc vận động “Năm không” của cán bộ’s');
    const parts = unbreakableParts('theo Nghị định 30/2020/NĐ-CP và QĐ 1665/QĐ-UBND.');
    expect(parts.filter((p) => p.keepTogether).map((p) => p.text)).toEqual(['30/2020/NĐ-CP', '1665/QĐ-UBND']);
    expect(parts.map((p) => p.text).join('')).toBe('theo Nghị định 30/2020/NĐ-CP và QĐ 1665/QĐ-UBND.');
  });

  it('writes rule codes out as a citation: “1665:Đ3.KNL.5” becomes item 5 of “Không nên làm”, Article 3', () => {
    expect(writtenRuleRefs('1665:Đ3.KNL.5')).toBe('mục 5 “Không nên làm”, Điều 3 (QĐ số 1665/QĐ-UBND)');
    expect(writtenRuleRefs('522:Đ5.K2.a; Năm không:3')).toBe('điểm a khoản 2 Điều 5 (QĐ số 522/QĐ-UBND); mục 3 Cuộc vận động “Năm không”');
    expect(writtenRuleRefs('QĐ 1665 · Điều 3')).toBe('QĐ 1665 · Điều 3');
  });
});

describe('Excel print plan', () => {
  it('never scales 11 pt text below 10 pt on paper, and says how many columns the first page holds', () => {
    expect(minScale(11)).toBe(91);
    expect(minScale(12)).toBe(84);
    const narrow = planPrint([5, 10, 20, 12, 12], 'landscape', 11);
    expect(narrow).toMatchObject({ scale: 100, fitsWidth: true, firstPageColumns: 5 });
    const wide = planPrint(Array.from({ length: 20 }, () => 14), 'landscape', 11);
    expect(wide.scale).toBe(91);
    expect(wide.fitsWidth).toBe(false);
    expect(wide.firstPageColumns).toBeGreaterThan(3);
    expect(wide.firstPageColumns).toBeLessThan(20);
  });

  it('moves the last three rows to the signature page rather than leave the signature alone', () => {
    // Header rows 1–8, 46 people of 20 pt from row 9, a page of 600 pt, a 150 pt signature block.
    const heights = [...Array.from({ length: 8 }, () => 20), ...Array.from({ length: 46 }, () => 20)];
    const last = 54;
    const pagesFill = signatureBreakAfter(heights, 8, last, 150, 600);
    expect(pagesFill).toBe(last - 3);
    // With room left under the last row, no break.
    expect(signatureBreakAfter(heights.slice(0, 30), 8, 30, 150, 800)).toBeNull();
  });
});
